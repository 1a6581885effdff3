package io.labdesk.platform.core.sla;

import static io.labdesk.platform.core.sla.BusinessCalendarTest.sh;
import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.sla.SlaState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SLA targets on the shipped China calendar: due times, warnings, pauses, states; and which policy rule applies. */
class SlaClockTest {

    static SlaClock clock;

    @BeforeAll
    static void chinaCalendar() throws IOException {
        clock = new SlaClock(CalendarTemplates.read(Path.of("../../tenants/calendars/cn-mainland.yaml")).calendar());
    }

    @Test
    void twentyFourWorkingHoursFromFridayAfternoonEndTheFollowingWednesday() {
        Instant due = clock.due(sh("2026-03-13T16:30"), SlaClock.Target.businessMinutes(24 * 60));
        // 1 h Fri + 7.5 Mon + 7.5 Tue + 7.5 Wed = 23.5 h; the last half hour on Thursday morning.
        assertThat(due).isEqualTo(sh("2026-03-19T09:00"));
    }

    @Test
    void aReceiptOverTheNationalDayHolidayStartsCountingOnTheMakeUpWorkday() {
        // Received Wed 2026-09-30 17:00; 1-7 October off; Sat 10 October is a make-up working day (Monday's hours).
        Instant due = clock.due(sh("2026-09-30T17:00"), SlaClock.Target.businessMinutes(4 * 60));
        assertThat(due).isEqualTo(sh("2026-10-08T12:00"));
        Instant dueLater = clock.due(sh("2026-10-09T16:30"), SlaClock.Target.businessMinutes(2 * 60));
        assertThat(dueLater).isEqualTo(sh("2026-10-10T09:30"));
    }

    @Test
    void clockTimeTargetsIgnoreTheCalendar() {
        // An emergency (instrument down) on a Sunday night: two hours are two hours.
        assertThat(clock.due(sh("2026-03-15T23:00"), SlaClock.Target.clockMinutes(120)))
                .isEqualTo(sh("2026-03-16T01:00"));
    }

    @Test
    void theWarningComesAfterItsShareOfWorkingTime() {
        Instant start = sh("2026-03-16T08:30");
        Instant due = clock.due(start, SlaClock.Target.businessMinutes(10 * 60)); // Tue 11:00
        assertThat(due).isEqualTo(sh("2026-03-17T11:00"));
        // 80 % of 10 working hours = 8 h: Monday's 7.5 h and half an hour on Tuesday.
        assertThat(clock.warnAt(start, due, true, 80)).isEqualTo(sh("2026-03-17T09:00"));
        assertThat(clock.warnAt(start, start.plusSeconds(1000), false, 50)).isEqualTo(start.plusSeconds(500));
    }

    @Test
    void aPauseMovesDueTimesByTheWorkingTimeItTook() {
        Instant due = sh("2026-03-17T11:00");
        // Waiting for the customer from Mon 16:30 to Tue 09:30: 1 h Monday + 1 h Tuesday of working time.
        assertThat(clock.afterPause(due, true, sh("2026-03-16T16:30"), sh("2026-03-17T09:30")))
                .isEqualTo(sh("2026-03-17T14:30"));
        // A pause over a night only adds nothing.
        assertThat(clock.afterPause(due, true, sh("2026-03-16T18:00"), sh("2026-03-17T08:00"))).isEqualTo(due);
        // A target already due when the pause began stays breached.
        assertThat(clock.afterPause(due, true, sh("2026-03-17T12:00"), sh("2026-03-18T12:00"))).isEqualTo(due);
        // Clock time: the pause's length.
        assertThat(clock.afterPause(due, false, sh("2026-03-16T18:00"), sh("2026-03-17T08:00")))
                .isEqualTo(sh("2026-03-18T01:00"));
    }

    @Test
    void statesFollowWarningDueAndMeeting() {
        Instant warn = sh("2026-03-17T09:00");
        Instant due = sh("2026-03-17T11:00");
        assertThat(SlaClock.state(due, warn, null, null, sh("2026-03-17T08:59"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(SlaClock.state(due, warn, null, null, sh("2026-03-17T09:00"))).isEqualTo(SlaState.AT_RISK);
        assertThat(SlaClock.state(due, warn, null, null, sh("2026-03-17T11:00"))).isEqualTo(SlaState.BREACHED);
        assertThat(SlaClock.state(due, warn, sh("2026-03-17T10:59"), null, sh("2026-03-18T00:00")))
                .isEqualTo(SlaState.MET);
        assertThat(SlaClock.state(due, warn, sh("2026-03-17T11:01"), null, sh("2026-03-18T00:00")))
                .isEqualTo(SlaState.MISSED);
        assertThat(SlaClock.state(due, warn, null, sh("2026-03-17T10:00"), sh("2026-03-19T00:00")))
                .isEqualTo(SlaState.PAUSED);
        assertThat(SlaClock.state(due, warn, null, sh("2026-03-17T11:30"), sh("2026-03-19T00:00")))
                .isEqualTo(SlaState.BREACHED);
        assertThat(SlaState.MISSED.late()).isTrue();
        assertThat(SlaState.PAUSED.open()).isTrue();
    }

    @Test
    void theMostSpecificRuleWinsTargetByTarget() {
        SlaPolicy defaults = SlaPolicy.defaults();
        assertThat(defaults.targetsFor("DISPUTE", Priority.NORMAL, false).get(SlaPolicy.Kind.FIRST_RESPONSE))
                .isEqualTo(SlaClock.Target.businessMinutes(24 * 60));
        assertThat(defaults.targetsFor("DISPUTE", Priority.HIGH, false).get(SlaPolicy.Kind.FIRST_RESPONSE))
                .isEqualTo(SlaClock.Target.businessMinutes(12 * 60));
        assertThat(defaults.targetsFor("REPAIR", Priority.LOW, true).get(SlaPolicy.Kind.DELIVERY))
                .isEqualTo(SlaClock.Target.clockMinutes(24 * 60));

        // A type-specific rule that names only delivery leaves the other targets to the general rules.
        SlaPolicy.Rule repair = new SlaPolicy.Rule("REPAIR", null, false,
                Map.of(SlaPolicy.Kind.DELIVERY, SlaClock.Target.businessMinutes(20 * 8 * 60)));
        SlaPolicy policy = new SlaPolicy(List.of(defaults.rules().get(0), repair), 80, 95, 95, List.of());
        Map<SlaPolicy.Kind, SlaClock.Target> targets = policy.targetsFor("REPAIR", Priority.NORMAL, false);
        assertThat(targets.get(SlaPolicy.Kind.DELIVERY)).isEqualTo(SlaClock.Target.businessMinutes(160 * 60));
        assertThat(targets.get(SlaPolicy.Kind.ACKNOWLEDGE)).isEqualTo(SlaClock.Target.businessMinutes(4 * 60));
    }

    @Test
    void policiesSurviveTheirStoredForm() {
        StoredSlaPolicy stored = new StoredSlaPolicy(java.util.UUID.randomUUID());
        SlaPolicy defaults = new SlaPolicy(SlaPolicy.defaults().rules(), 75, 95, 90, List.of("qm@example.cn"));
        stored.set(SlaPolicies.rulesJson(defaults.rules()), 75, 95, 90, "qm@example.cn");
        SlaPolicy read = SlaPolicies.toPolicy(stored);
        assertThat(read.targetsFor("X", Priority.URGENT, false)).isEqualTo(defaults.targetsFor("X", Priority.URGENT, false));
        assertThat(read.targetsFor("X", Priority.LOW, true)).isEqualTo(defaults.targetsFor("X", Priority.LOW, true));
        assertThat(read.escalationRecipients()).containsExactly("qm@example.cn");
        assertThat(read.warningPercent()).isEqualTo(75);
    }
}
