package io.labdesk.platform.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.sla.CalendarTemplates;
import io.labdesk.platform.core.sla.SlaClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tracked deadline's course: when the watch must look at it, that each warning is owed once, pauses, outcomes. */
class StoredDeadlineTest {

    private static SlaClock clock;

    @BeforeAll
    static void chinaCalendar() throws IOException {
        clock = new SlaClock(CalendarTemplates.read(Path.of("../../tenants/calendars/cn-mainland.yaml")).calendar());
    }

    @Test
    void theWatchLooksAtItWhenItTurnsAtRiskThenWhenItIsDueAndEachWarningIsOwedOnce() {
        StoredDeadline d = started(sh("2026-03-16T09:00"), Duration.ofHours(10), false, 80);
        assertThat(next(d)).isEqualTo(sh("2026-03-16T17:00"));

        assertThat(d.markWarned(SlaState.AT_RISK)).isTrue();
        assertThat(d.markWarned(SlaState.AT_RISK)).as("at risk is told once").isFalse();
        assertThat(next(d)).isEqualTo(sh("2026-03-16T19:00"));

        assertThat(d.markWarned(SlaState.BREACHED)).isTrue();
        assertThat(d.markWarned(SlaState.BREACHED)).as("a breach is told once").isFalse();
        assertThat(next(d)).as("nothing left to say").isNull();
    }

    @Test
    void aDeadlineFoundPastDueIsToldOnlyOfTheBreach() {
        StoredDeadline d = started(sh("2026-03-16T09:00"), Duration.ofHours(1), false, 80);

        assertThat(d.markWarned(SlaState.BREACHED)).isTrue();
        assertThat(d.markWarned(SlaState.AT_RISK)).isFalse();
        assertThat(next(d)).isNull();
    }

    @Test
    void aPauseStopsTheClockOnTheCalendarAndResumingMovesTheDueTimeByTheWorkingTimeItTook() {
        // Four working hours from Monday 09:00 are due at 14:30 (12:00-13:30 is no working time).
        StoredDeadline d = started(sh("2026-03-16T09:00"), Duration.ofHours(4), true, 80);
        assertThat(d.dueAt()).isEqualTo(sh("2026-03-16T14:30"));

        d.pause(sh("2026-03-16T10:00"));
        assertThat(next(d)).as("nothing to watch while paused").isNull();
        assertThat(d.state(sh("2026-03-17T10:00"))).isEqualTo(SlaState.PAUSED);
        // Paused until Tuesday 10:00: a full working day passed.
        d.resume(clock, sh("2026-03-17T10:00"));

        assertThat(d.dueAt()).isEqualTo(sh("2026-03-17T14:30"));
        assertThat(d.state(sh("2026-03-17T11:00"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void metInTimeOrLateAndCancelledDeadlinesAreNotWatched() {
        StoredDeadline inTime = started(sh("2026-03-16T09:00"), Duration.ofHours(2), false, 80);
        inTime.meet(sh("2026-03-16T10:00"));
        StoredDeadline late = started(sh("2026-03-16T09:00"), Duration.ofHours(2), false, 80);
        late.meet(sh("2026-03-16T12:00"));
        StoredDeadline cancelled = started(sh("2026-03-16T09:00"), Duration.ofHours(2), false, 80);
        cancelled.cancel(sh("2026-03-16T10:00"));

        assertThat(inTime.state(sh("2026-03-17T09:00"))).isEqualTo(SlaState.MET);
        assertThat(late.state(sh("2026-03-17T09:00"))).isEqualTo(SlaState.MISSED);
        assertThat(next(inTime)).isNull();
        assertThat(next(late)).isNull();
        assertThat(next(cancelled)).isNull();
    }

    @Test
    void startingAgainOnTheSameCourseKeepsWhatWasToldButANewCourseOwesEveryWarningAnew() {
        Instant start = sh("2026-03-16T09:00");
        StoredDeadline d = started(start, Duration.ofHours(1), false, 80);
        d.markWarned(SlaState.BREACHED);
        DeadlinePlan same = plan(start, Duration.ofHours(1), false, 80);
        Instant due = start.plus(Duration.ofHours(1));
        assertThat(d.sameCourse(start, due, false)).isTrue();
        d.apply(same, start, due, start.plus(Duration.ofMinutes(48)), false);
        assertThat(next(d)).isNull();

        DeadlinePlan longer = plan(start, Duration.ofHours(3), false, 80);
        Instant laterDue = start.plus(Duration.ofHours(3));
        assertThat(d.sameCourse(start, laterDue, false)).isFalse();
        d.apply(longer, start, laterDue, start.plus(Duration.ofMinutes(144)), true);
        assertThat(next(d)).isEqualTo(start.plus(Duration.ofMinutes(144)));
    }

    private static StoredDeadline started(Instant start, Duration length, boolean business, int percent) {
        DeadlinePlan plan = plan(start, length, business, percent);
        StoredDeadline d = new StoredDeadline(plan);
        Instant due = clock.due(start, new SlaClock.Target(length, business));
        d.apply(plan, start, due, clock.warnAt(start, due, business, percent), true);
        return d;
    }

    private static DeadlinePlan plan(Instant start, Duration length, boolean business, int percent) {
        return DeadlinePlan.of("probe", UUID.randomUUID(), "REPLY")
                .says("P-1", Text.of("答复", "the reply"), Text.of("探针 P-1", "Probe P-1"))
                .lasting(start, length, business).warningAt(percent)
                .warn(Recipients.roles(TenantRole.CUSTOMER_SERVICE), Recipients.roles(TenantRole.QUALITY_MANAGER))
                .build();
    }

    private static Instant next(StoredDeadline d) {
        return d.nextAlertAt();
    }

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
