package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A complaint's deadlines (C2), each running from receipt: acknowledge (2 h), a preliminary solution (24 h), for a
 * major complaint a detailed solution (48 h), for a transferred one the final answer within N calendar months in
 * the institution's zone. Hours count on the institution's business calendar or the clock, as it sets. Who is
 * warned: customer service of receipt, the investigator (the managers of the complaint's kind until there is one) of
 * the solutions, the quality manager and the director of the final answer; the quality managers of every breach.
 */
public final class ComplaintDeadlines {

    /** The steps, in the order they fall due; each is met by what the complaint's file records. */
    public enum Step {
        ACKNOWLEDGE(Text.of("确认收到", "acknowledging receipt")),
        PRELIMINARY(Text.of("初步处理方案", "the preliminary solution")),
        DETAILED(Text.of("详细处理方案", "the detailed solution")),
        FINAL(Text.of("最终答复", "the final answer"));

        private final Text label;

        Step(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    /** The targets an institution sets. */
    public record Targets(Duration acknowledge, Duration preliminary, Duration detailed, int transferredMonths,
                          boolean business, int warningPercent) {
    }

    private ComplaintDeadlines() {
    }

    /** The steps a complaint of this severity and channel has. */
    public static List<Step> steps(Complaint c) {
        List<Step> steps = new ArrayList<>(List.of(Step.ACKNOWLEDGE, Step.PRELIMINARY));
        if (c.severity() == ComplaintKinds.Severity.MAJOR) {
            steps.add(Step.DETAILED);
        }
        if (c.transferred()) {
            steps.add(Step.FINAL);
        }
        return steps;
    }

    /** The plan of each of the complaint's steps, for the platform to track. */
    public static List<DeadlinePlan> plans(Complaint c, String module, Targets targets, ZoneId zone) {
        Text about = Text.of("投诉 " + c.number() + "（" + c.complainantName() + "）",
                "Complaint " + c.number() + " (" + c.complainantName() + ")");
        Instant received = c.receivedAt();
        List<DeadlinePlan> plans = new ArrayList<>();
        for (Step step : steps(c)) {
            DeadlinePlan.Builder plan = DeadlinePlan.of(module, c.id(), step.name())
                    .says(c.number(), step.label(), about).link("complaints/" + c.id())
                    .warningAt(targets.warningPercent()).warn(warned(c, step), Recipients.roles(TenantRole.QUALITY_MANAGER));
            switch (step) {
                case ACKNOWLEDGE -> plan.lasting(received, targets.acknowledge(), targets.business());
                case PRELIMINARY -> plan.lasting(received, targets.preliminary(), targets.business());
                case DETAILED -> plan.lasting(received, targets.detailed(), targets.business());
                case FINAL -> plan.until(received,
                        received.atZone(zone).plusMonths(targets.transferredMonths()).toInstant());
            }
            plans.add(plan.build());
        }
        return plans;
    }

    /** Who is warned when the step turns at risk (the quality managers are told of every breach besides). */
    public static Recipients warned(Complaint c, Step step) {
        return switch (step) {
            case ACKNOWLEDGE -> Recipients.roles(TenantRole.CUSTOMER_SERVICE);
            case PRELIMINARY, DETAILED -> c.investigator() != null ? Recipients.users(c.investigator())
                    : Recipients.roles(c.nature() == ComplaintKinds.Nature.TECHNICAL
                    ? TenantRole.TECHNICAL_MANAGER : TenantRole.QUALITY_MANAGER);
            case FINAL -> Recipients.roles(TenantRole.QUALITY_MANAGER, TenantRole.DIRECTOR);
        };
    }
}
