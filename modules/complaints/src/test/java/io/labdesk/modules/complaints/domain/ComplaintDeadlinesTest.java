package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.tenant.TenantRole;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ComplaintDeadlines.Targets TARGETS = new ComplaintDeadlines.Targets(Duration.ofHours(2),
            Duration.ofHours(24), Duration.ofHours(48), 2, true, 80);
    private static final Instant LAST_OF_DECEMBER = ZonedDateTime.of(2026, 12, 31, 10, 0, 0, 0, SHANGHAI).toInstant();

    @Test
    void aNormalComplaintIsAcknowledgedAndGetsAPreliminarySolutionOnTheCalendar() {
        List<DeadlinePlan> plans = ComplaintDeadlines.plans(complaint(ComplaintKinds.Channel.PHONE), "complaints",
                TARGETS, SHANGHAI);

        assertThat(plans).extracting(DeadlinePlan::name).containsExactly("ACKNOWLEDGE", "PRELIMINARY");
        assertThat(plans.get(0).length()).isEqualTo(Duration.ofHours(2));
        assertThat(plans.get(0).business()).isTrue();
        assertThat(plans.get(1).length()).isEqualTo(Duration.ofHours(24));
        assertThat(plans.get(0).reference()).isEqualTo("CP-2026-0001");
        assertThat(plans.get(0).about().zh()).isEqualTo("投诉 CP-2026-0001（周伟）");
        assertThat(plans.get(0).atRisk()).isEqualTo(Recipients.roles(TenantRole.CUSTOMER_SERVICE));
        assertThat(plans).allMatch(p -> p.onBreach().equals(Recipients.roles(TenantRole.QUALITY_MANAGER)));
    }

    @Test
    void aMajorTransferredComplaintAlsoNeedsADetailedSolutionAndAFinalAnswerInCalendarMonths() {
        Complaint c = complaint(ComplaintKinds.Channel.TRANSFERRED);
        c.classify(ComplaintKinds.Severity.MAJOR, ComplaintKinds.Nature.TECHNICAL);

        List<DeadlinePlan> plans = ComplaintDeadlines.plans(c, "complaints", TARGETS, SHANGHAI);

        assertThat(plans).extracting(DeadlinePlan::name).containsExactly("ACKNOWLEDGE", "PRELIMINARY", "DETAILED",
                "FINAL");
        assertThat(plans.get(2).length()).isEqualTo(Duration.ofHours(48));
        assertThat(plans.get(3).due()).as("two months from the last of December is the end of February")
                .isEqualTo(ZonedDateTime.of(2027, 2, 28, 10, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(plans.get(3).atRisk()).isEqualTo(Recipients.roles(TenantRole.QUALITY_MANAGER,
                TenantRole.DIRECTOR));
        assertThat(plans.get(1).atRisk()).as("no investigator yet: the technical managers")
                .isEqualTo(Recipients.roles(TenantRole.TECHNICAL_MANAGER));
    }

    @Test
    void onceThereIsAnInvestigatorTheSolutionsWarnThem() {
        Complaint c = complaint(ComplaintKinds.Channel.PHONE);
        c.classify(ComplaintKinds.Severity.NORMAL, ComplaintKinds.Nature.PROCEDURAL);
        assertThat(ComplaintDeadlines.warned(c, ComplaintDeadlines.Step.PRELIMINARY))
                .isEqualTo(Recipients.roles(TenantRole.QUALITY_MANAGER));

        c.investigateBy("zhao.min");

        assertThat(ComplaintDeadlines.warned(c, ComplaintDeadlines.Step.PRELIMINARY))
                .isEqualTo(Recipients.users("zhao.min"));
    }

    private static Complaint complaint(ComplaintKinds.Channel channel) {
        Complaint c = new Complaint("CP-2026-0001", channel, channel == ComplaintKinds.Channel.TRANSFERRED
                ? "市场监督管理局" : null, ComplaintKinds.Subject.OTHER, null, null, true, null, List.of(), List.of(),
                "周伟", null, "13900000000", null, "服务态度", LAST_OF_DECEMBER, "liu.yang");
        c.accept();
        return c;
    }
}
