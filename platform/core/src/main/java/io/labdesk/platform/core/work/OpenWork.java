package io.labdesk.platform.core.work;

import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.request.RequestQueue;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What waits for the signed-in staff member in the current institution, counted in the database for the home page
 * (never whole lists: it is read on every visit): the open requests assigned to them, how many of those have an SLA
 * target at risk or breached, the open corrective actions they own, and the tracked deadlines at risk or breached
 * whose warnings go to them by name or by one of their roles.
 */
@ApplicationScoped
public class OpenWork {

    /** How many of the deadlines that concern someone the home page names; the rest are counted. */
    public static final int DEADLINES_NAMED = 5;

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RequestQueue queue;

    /**
     * The counts: {@code deadlines} the first {@link #DEADLINES_NAMED} tracked deadlines that concern the staff
     * member, most urgent first, and {@code deadlinesTotal} how many there are.
     */
    public record Counts(long requests, long requestsAtRisk, long requestsBreached, long actions,
                         List<Deadline> deadlines, long deadlinesTotal) {

        public boolean nothing() {
            return requests == 0 && actions == 0 && deadlinesTotal == 0;
        }
    }

    /** A tracked deadline of a module's record: its name, the record's reference, whether breached, and its link. */
    public record Deadline(Text label, String reference, Instant due, boolean breached, String link) {
    }

    @Transactional
    public Counts ofCurrentStaff() {
        String me = currentTenant.actor();
        Instant now = Instant.now();
        long requests = queue.count(RequestQueue.Query.of(RequestQueue.Scope.MINE));
        long atRisk = requestSlas(me, now, false);
        long breached = requestSlas(me, now, true);
        long actions = tenantData.em().createQuery("SELECT count(a) FROM CorrectiveAction a WHERE a.owner = :me "
                        + "AND a.status <> :closed", Long.class).setParameter("me", me)
                .setParameter("closed", CorrectiveActions.Status.CLOSED).getSingleResult();
        String roles = currentTenant.roles().stream().map(Enum::name).collect(Collectors.joining(","));
        // Running (not met, cancelled or paused) and past its warning point; on a breach its breach recipients too.
        String concerning = " FROM tracked_deadline d WHERE d.met_at IS NULL AND d.cancelled_at IS NULL"
                + " AND d.paused_since IS NULL AND d.warn_at <= :now AND (:me = ANY(d.at_risk_users)"
                + " OR d.at_risk_roles && string_to_array(:roles, ',') OR (d.due_at <= :now AND (:me = ANY(d.breach_users)"
                + " OR d.breach_roles && string_to_array(:roles, ','))))";
        Timestamp at = Timestamp.from(now);
        long total = ((Number) tenantData.em().createNativeQuery("SELECT count(*)" + concerning)
                .setParameter("now", at).setParameter("me", me).setParameter("roles", roles)
                .getSingleResult()).longValue();
        List<Deadline> named = total == 0 ? List.of() : tenantData.em().createNativeQuery(
                        "SELECT d.label_zh, d.label_en, d.reference, d.due_at, d.link" + concerning
                                + " ORDER BY d.due_at, d.id", Object[].class)
                .setParameter("now", at).setParameter("me", me).setParameter("roles", roles)
                .setMaxResults(DEADLINES_NAMED).getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    Instant due = switch (r[3]) {
                        case Timestamp t -> t.toInstant();
                        case OffsetDateTime t -> t.toInstant();
                        default -> (Instant) r[3];
                    };
                    return new Deadline(Text.of((String) r[0], (String) r[1]), (String) r[2], due,
                            !due.isAfter(now), (String) r[4]);
                }).toList();
        return new Counts(requests, atRisk, breached, actions, named, total);
    }

    /** The open requests assigned to {@code me} with a target at risk (or, with {@code breached}, breached). */
    private long requestSlas(String me, Instant now, boolean breached) {
        return tenantData.em().createQuery("SELECT count(DISTINCT r) FROM ServiceRequest r, RequestSla s"
                        + " WHERE s.requestId = r.id AND r.assignee = :me AND r.status <> :closed"
                        + " AND s.metAt IS NULL" + (breached
                        ? " AND ((s.pausedSince IS NULL AND s.dueAt <= :now) OR s.pausedSince >= s.dueAt)"
                        : " AND s.pausedSince IS NULL AND s.warnAt <= :now AND s.dueAt > :now"),
                        Long.class).setParameter("me", me).setParameter("closed", RequestStatus.CLOSED)
                .setParameter("now", now).getSingleResult();
    }
}
