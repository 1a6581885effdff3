package io.labdesk.modules.instruments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaintenancePlanTest {

    private static final LocalDate WARRANTY_ENDS = LocalDate.of(2027, 5, 31);

    @Test
    void aVisitIsAnnouncedTheLeadDaysAheadAndTheNextFollowsTheIntervalWithinTheWarranty() {
        MaintenancePlan plan = new MaintenancePlan(UUID.randomUUID(), 6, LocalDate.of(2026, 12, 10), WARRANTY_ENDS,
                "wang.fang", Instant.now());
        assertThat(plan.dueToAnnounce(LocalDate.of(2026, 12, 2), 7)).as("eight days ahead").isEmpty();
        assertThat(plan.dueToAnnounce(LocalDate.of(2026, 12, 3), 7)).contains(LocalDate.of(2026, 12, 10));
        plan.announced(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 3));
        assertThat(plan.nextDue()).as("June 2027 is past the warranty").isNull();
        assertThat(plan.dueToAnnounce(LocalDate.of(2027, 5, 30), 7)).isEmpty();
        assertThat(plan.lastAnnounced()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aQuarterlyPlanAnnouncesEachVisitOnce() {
        MaintenancePlan plan = new MaintenancePlan(UUID.randomUUID(), 3, LocalDate.of(2026, 12, 5), WARRANTY_ENDS,
                "wang.fang", Instant.now());
        plan.announced(plan.dueToAnnounce(LocalDate.of(2026, 12, 2), 7).orElseThrow(), LocalDate.of(2026, 12, 2));
        assertThat(plan.nextDue()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(plan.dueToAnnounce(LocalDate.of(2026, 12, 3), 7)).as("announced already").isEmpty();
    }
}
