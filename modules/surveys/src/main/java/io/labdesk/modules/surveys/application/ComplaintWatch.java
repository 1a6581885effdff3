package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.domain.ComplaintHold;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.module.ModuleEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Which customers have a complaint open, from the complaint module's events (modules talk through events only):
 * invitations to them are held back until it is over.
 */
@ApplicationScoped
public class ComplaintWatch {

    static final String COMPLAINTS = "complaints";

    @Inject
    SurveyRegister register;

    @Transactional
    void onComplaint(@Observes ModuleEvent event) {
        if (event.is(COMPLAINTS, "complaint-opened") && event.data().get("customerId") != null
                && register.hold(event.subjectId()).isEmpty()) {
            register.add(new ComplaintHold(event.subjectId(), UUID.fromString(event.data().get("customerId")),
                    Invitations.now()));
        } else if (event.is(COMPLAINTS, "complaint-closed")) {
            register.hold(event.subjectId()).ifPresent(register::remove);
        }
    }
}
