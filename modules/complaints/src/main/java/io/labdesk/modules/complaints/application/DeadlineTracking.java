package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintDeadlines;
import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A complaint's deadlines on the platform's tracked deadlines: planned from the institution's settings when the
 * complaint is accepted and again when it is classified, met by what the file records, their warnings readdressed
 * when an investigator is named, stopped when the complaint is refused or closed. The platform's watch warns.
 */
@ApplicationScoped
class DeadlineTracking {

    @Inject
    TrackedDeadlines deadlines;

    @Inject
    TenantModules modules;

    @Inject
    WorkingTime workingTime;

    /** Starts (or re-measures) the complaint's deadlines; steps it no longer has are cancelled. */
    void plan(Complaint c) {
        List<DeadlinePlan> plans = ComplaintDeadlines.plans(c, ComplaintsModule.ID,
                targets(modules.settings(ComplaintsModule.ID)), workingTime.zone());
        plans.forEach(deadlines::start);
        List<ComplaintDeadlines.Step> steps = ComplaintDeadlines.steps(c);
        for (ComplaintDeadlines.Step step : ComplaintDeadlines.Step.values()) {
            if (!steps.contains(step)) {
                deadlines.cancel(c.id(), step.name());
            }
        }
        // A step already done stays done when the complaint is measured again.
        if (c.acknowledgedAt() != null) {
            met(c, ComplaintDeadlines.Step.ACKNOWLEDGE, c.acknowledgedAt());
        }
    }

    void met(Complaint c, ComplaintDeadlines.Step step, Instant at) {
        deadlines.meet(c.id(), step.name(), at);
    }

    /** The solutions' warnings go to the investigator once there is one. */
    void readdress(Complaint c) {
        for (ComplaintDeadlines.Step step : List.of(ComplaintDeadlines.Step.PRELIMINARY,
                ComplaintDeadlines.Step.DETAILED)) {
            deadlines.warn(c.id(), step.name(), ComplaintDeadlines.warned(c, step),
                    Recipients.roles(TenantRole.QUALITY_MANAGER));
        }
    }

    /** Nothing more is due (refused, or closed): whatever still runs is cancelled; what was met stays. */
    void stop(Complaint c) {
        deadlines.of(c.id()).stream().filter(d -> d.state().open())
                .forEach(d -> deadlines.cancel(c.id(), d.name()));
    }

    List<TrackedDeadline> of(UUID complaint) {
        return deadlines.of(complaint);
    }

    Map<UUID, List<TrackedDeadline>> of(Collection<UUID> complaints) {
        return deadlines.of(complaints);
    }

    private static ComplaintDeadlines.Targets targets(ModuleSettings s) {
        return new ComplaintDeadlines.Targets(Duration.ofHours(s.number("acknowledgeHours")),
                Duration.ofHours(s.number("preliminaryHours")), Duration.ofHours(s.number("detailedHours")),
                (int) s.number("transferredMonths"), s.flag("businessTime"), (int) s.number("warningPercent"));
    }
}
