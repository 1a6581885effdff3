package io.labdesk.modules.retest.application;

import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's two deadlines on the institution's calendar, in working days from the module's settings: the decision
 * (from opening to approval) and the retest (from its start to the result). The platform's watch warns.
 */
@ApplicationScoped
class RetestDeadlines {

    static final String DECISION = "DECISION";
    static final String RETEST = "RETEST";

    @Inject
    TrackedDeadlines deadlines;

    @Inject
    TenantModules modules;

    void decisionDue(RetestCase c) {
        deadlines.start(plan(c, DECISION, Text.of("作出复测决定", "deciding the retest"))
                .withinWorkingDays(c.openedAt(), (int) settings().number("decisionDays"))
                .warn(decisionMakers(), Recipients.roles(TenantRole.DIRECTOR)).build());
    }

    void decided(RetestCase c, Instant at) {
        deadlines.meet(c.id(), DECISION, at);
    }

    void retestDue(RetestCase c, Instant from) {
        deadlines.start(plan(c, RETEST, Text.of("完成复测", "completing the retest"))
                .withinWorkingDays(from, (int) settings().number("retestDays"))
                .warn(Recipients.roles(TenantRole.TECHNICAL_MANAGER).and(Recipients.users(c.decidedBy())),
                        Recipients.roles(TenantRole.DIRECTOR)).build());
    }

    void retested(RetestCase c, Instant at) {
        deadlines.meet(c.id(), RETEST, at);
    }

    /** Nothing more is due: whatever still runs is cancelled; what was met stays. */
    void stop(RetestCase c) {
        deadlines.of(c.id()).stream().filter(d -> d.state().open()).forEach(d -> deadlines.cancel(c.id(), d.name()));
    }

    List<TrackedDeadline> of(UUID id) {
        return deadlines.of(id);
    }

    List<io.labdesk.platform.api.deadline.Timeliness> timeliness(Instant from, Instant until) {
        return deadlines.timeliness(RetestModule.ID, from, until);
    }

    /** Who decides retests, warned of their deadlines (and of refunds owed). */
    Recipients decisionMakers() {
        return Recipients.roles(TenantRole.TECHNICAL_MANAGER, TenantRole.QUALITY_MANAGER);
    }

    private DeadlinePlan.Builder plan(RetestCase c, String name, Text step) {
        return DeadlinePlan.of(RetestModule.ID, c.id(), name)
                .says(c.number(), step, Text.of("复测 " + c.number() + "（报告 " + c.reportNumber() + "）",
                        "retest " + c.number() + " (report " + c.reportNumber() + ")"))
                .link("retests/" + c.id()).warningAt((int) settings().number("warningPercent"));
    }

    private ModuleSettings settings() {
        return modules.settings(RetestModule.ID);
    }
}
