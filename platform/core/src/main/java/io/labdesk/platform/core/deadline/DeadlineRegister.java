package io.labdesk.platform.core.deadline;

import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.Timeliness;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.core.sla.BusinessCalendar;
import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link TrackedDeadlines} on the table {@code tracked_deadline}, measured on the calendar the institution's SLA
 * targets use. Every change takes the deadline's row lock first, so it waits for (and never overwrites) the watch.
 */
@ApplicationScoped
public class DeadlineRegister implements TrackedDeadlines {

    @Inject
    TenantData tenantData;

    @Inject
    TenantCalendars calendars;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(DeadlinePlan plan) {
        BusinessCalendar calendar = calendars.measuringCalendar();
        SlaClock clock = new SlaClock(calendar);
        // Microseconds, as PostgreSQL keeps them: a course read back compares equal to the one planned.
        Instant start = plan.start().truncatedTo(ChronoUnit.MICROS);
        Instant due = (plan.due() != null ? plan.due()
                : plan.workingDays() > 0 ? calendar.endOfWorkingDays(start, plan.workingDays())
                : clock.due(start, new SlaClock.Target(plan.length(), plan.business()))).truncatedTo(ChronoUnit.MICROS);
        Instant warn = clock.warnAt(start, due, plan.business(), plan.warningPercent()).truncatedTo(ChronoUnit.MICROS);
        Optional<StoredDeadline> existing = locked(plan.subject(), plan.name());
        StoredDeadline d = existing.orElseGet(() -> new StoredDeadline(plan));
        d.apply(plan, start, due, warn, existing.isEmpty() || !d.sameCourse(start, due, plan.business()));
        if (existing.isEmpty()) {
            tenantData.em().persist(d);
        }
        tenantData.em().flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void meet(UUID subject, String name, Instant at) {
        locked(subject, name).ifPresent(d -> d.meet(at));
        tenantData.em().flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID subject, String name) {
        locked(subject, name).ifPresent(d -> d.cancel(Instant.now()));
        tenantData.em().flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(UUID subject, Instant at) {
        lockedAll(subject).forEach(d -> d.pause(at));
        tenantData.em().flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(UUID subject, Instant at) {
        SlaClock clock = new SlaClock(calendars.measuringCalendar());
        lockedAll(subject).forEach(d -> d.resume(clock, at));
        tenantData.em().flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void warn(UUID subject, String name, Recipients atRisk, Recipients alsoOnBreach) {
        locked(subject, name).ifPresent(d -> d.recipients(atRisk, alsoOnBreach));
        tenantData.em().flush();
    }

    @Override
    @Transactional
    public List<TrackedDeadline> of(UUID subject) {
        return of(List.of(subject)).getOrDefault(subject, List.of());
    }

    @Override
    @Transactional
    public Map<UUID, List<TrackedDeadline>> of(Collection<UUID> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now();
        Map<UUID, List<TrackedDeadline>> bySubject = new LinkedHashMap<>();
        tenantData.em().createQuery("SELECT d FROM StoredDeadline d WHERE d.subject IN :s AND d.cancelledAt IS NULL "
                        + "ORDER BY d.dueAt, d.name", StoredDeadline.class).setParameter("s", subjects)
                .getResultStream().forEach(d -> bySubject.computeIfAbsent(d.subject(), k -> new java.util.ArrayList<>())
                        .add(d.view(now)));
        return bySubject;
    }

    @Override
    @Transactional
    public List<Timeliness> timeliness(String module, Instant from, Instant until) {
        Instant now = Instant.now();
        Map<String, List<TrackedDeadline>> byName = tenantData.em().createQuery("SELECT d FROM StoredDeadline d "
                        + "WHERE d.module = :m AND d.startedAt >= :from AND d.startedAt < :until "
                        + "AND d.cancelledAt IS NULL", StoredDeadline.class).setParameter("m", module)
                .setParameter("from", from).setParameter("until", until).getResultStream()
                .map(d -> d.view(now)).collect(Collectors.groupingBy(TrackedDeadline::name, TreeMap::new,
                        Collectors.toList()));
        return byName.entrySet().stream().map(e -> new Timeliness(e.getKey(),
                e.getValue().stream().filter(TrackedDeadline::decided).count(),
                e.getValue().stream().filter(d -> d.decided() && !d.late()).count())).toList();
    }

    private Optional<StoredDeadline> locked(UUID subject, String name) {
        return tenantData.em().createQuery("SELECT d FROM StoredDeadline d WHERE d.subject = :s AND d.name = :n",
                        StoredDeadline.class).setParameter("s", subject).setParameter("n", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private List<StoredDeadline> lockedAll(UUID subject) {
        return tenantData.em().createQuery("SELECT d FROM StoredDeadline d WHERE d.subject = :s ORDER BY d.name",
                        StoredDeadline.class).setParameter("s", subject)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
