package io.labdesk.modules.audit.application;

import io.labdesk.modules.audit.AuditModule;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What other modules' events tell the audit module: a complaint that questions the quality system asks for an
 * additional audit; and whoever moved a complaint or a retest (or whom the event names as its investigator or
 * decider) handled that record, which bars them from auditing it.
 */
@ApplicationScoped
class OtherModules {

    /** Modules whose records an audit covers by a clause (see {@code Independence}). */
    private static final Set<String> AUDITED = Set.of("complaints", "retest");
    private static final List<String> PEOPLE = List.of("investigator", "decidedBy", "decider", "handledBy",
            "approvedBy");

    @Inject
    Audits audits;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    StaffDirectory staff;

    void heard(@Observes ModuleEvent event) {
        if (event.module().equals(AuditModule.ID)) {
            return;
        }
        if (event.is("complaints", "internal-audit-requested")) {
            audits.propose(event.module(), event.subjectId(), event.data().getOrDefault("number", ""),
                    List.of("7.9", "8.7"));
        }
        if (!AUDITED.contains(event.module()) || event.subjectId() == null) {
            return;
        }
        Set<String> people = new LinkedHashSet<>();
        PEOPLE.stream().map(event.data()::get).filter(p -> p != null && !p.isBlank()).forEach(people::add);
        String actor = currentTenant.actor();
        if (actor != null && staff.find(actor).isPresent()) {
            people.add(actor);
        }
        String reference = event.data().getOrDefault("number", null);
        Instant now = Instant.now();
        people.forEach(p -> audits.noteHandled(event.module(), event.subjectId(), reference, p, now));
    }
}
