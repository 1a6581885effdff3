package io.labdesk.it.probe;

import io.labdesk.platform.api.event.DeadlineAlert;
import io.labdesk.platform.api.event.RequestMoved;
import io.labdesk.platform.api.event.RequestReceived;
import io.labdesk.platform.api.module.ModuleEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Observers of platform events and of the probe's own: each leaves a note. */
@ApplicationScoped
public class ProbeReactions {

    @Inject
    ProbeNotes notes;

    void received(@Observes RequestReceived event) {
        notes.add(event.tenantId(), "received", event.number());
    }

    void moved(@Observes RequestMoved event) {
        notes.add(event.tenantId(), "moved", event.number() + " " + event.action());
    }

    void deadline(@Observes DeadlineAlert alert) {
        if (alert.module().equals(ProbeModule.ID)) {
            notes.add(alert.tenantId(), "deadline", alert.reference() + " " + alert.name() + " " + alert.state());
        }
    }

    void echo(@Observes ModuleEvent event) {
        if (event.is(ProbeModule.ID, "note-added")) {
            notes.add(event.tenantId(), "echo", event.data().get("text"));
        }
    }
}
