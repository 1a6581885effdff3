package io.labdesk.modules.audit.application;

import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/**
 * An audit's deadlines on the institution's calendar, watched by the platform: the report within the working days
 * set after the closing meeting, and each nonconformity's corrective action by its due date (met when the auditor
 * verified it effective).
 */
@ApplicationScoped
class AuditDeadlines {

    static final String REPORT = "REPORT";
    static final String ACTION = "ACTION";

    @Inject
    TrackedDeadlines deadlines;

    @Inject
    TenantModules modules;

    @Inject
    io.labdesk.platform.api.sla.WorkingTime workingTime;

    void reportDue(Audit a, Instant closingMeeting) {
        deadlines.start(DeadlinePlan.of(AuditModule.ID, a.id(), REPORT)
                .says(a.number(), Text.of("出具审核报告", "issuing the audit report"),
                        Text.of("内审 " + a.number(), "internal audit " + a.number()))
                .link("audits?id=" + a.id()).warningAt(warningPercent())
                .withinWorkingDays(closingMeeting, (int) modules.settings(AuditModule.ID).number("reportDays"))
                .warn(Recipients.users(a.leadAuditor()), Recipients.roles(TenantRole.QUALITY_MANAGER)).build());
    }

    void reported(Audit a, Instant at) {
        deadlines.meet(a.id(), REPORT, at);
    }

    void actionDue(Audit a, Finding f) {
        deadlines.start(DeadlinePlan.of(AuditModule.ID, f.id(), ACTION)
                .says(f.number(), Text.of("纠正不符合项", "correcting the nonconformity"),
                        Text.of("内审 " + a.number() + " 的发现 " + f.number(),
                                "finding " + f.number() + " of internal audit " + a.number()))
                .link("audits?id=" + a.id()).warningAt(warningPercent())
                .until(Instant.now(), f.dueOn().atTime(LocalTime.MAX).atZone(workingTime.zone()).toInstant())
                .warn(Recipients.users(f.owner()), Recipients.users(a.leadAuditor())
                        .and(Recipients.roles(TenantRole.QUALITY_MANAGER))).build());
    }

    void actionVerified(Finding f, Instant at) {
        deadlines.meet(f.id(), ACTION, at);
    }

    private int warningPercent() {
        return (int) modules.settings(AuditModule.ID).number("warningPercent");
    }
}
