package io.labdesk.platform.core.kpi;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service KPIs of the current institution for a period (P6, P11): requests received (by type, channel, status
 * and week), response timeliness and on-time delivery against the policy's goals, and median and 90th-percentile
 * times to first response and to resolution. Computed in the database; every number can be listed as the requests
 * behind it. A target counts once decided: met, or past due.
 */
@ApplicationScoped
public class RequestKpis {

    /** What a number counts, to list the requests behind it; {@code value} narrows TYPE, CHANNEL, STATUS, WEEK. */
    public enum Facet { RECEIVED, TYPE, CHANNEL, STATUS, WEEK, RESPONSE_ON_TIME, RESPONSE_LATE, DELIVERY_ON_TIME,
        DELIVERY_LATE }

    /** Targets met on time among those decided; {@code percent} is null while none is decided. */
    public record Rate(long onTime, long decided, int goalPercent, Double percent, boolean meetsGoal) {
        static Rate of(long onTime, long decided, int goalPercent) {
            return new Rate(onTime, decided, goalPercent, decided == 0 ? null : 100.0 * onTime / decided,
                    decided == 0 || onTime * 100 >= (long) goalPercent * decided);
        }
    }

    public record Week(LocalDate start, long received, Rate response) {
    }

    public record Summary(Period period, long received, Rate response, Rate delivery, Double medianResponseHours,
                          Double p90ResponseHours, Double medianResolutionHours, Double p90ResolutionHours,
                          Map<String, Long> byType, Map<String, Long> byChannel, Map<String, Long> byStatus,
                          List<Week> weeks) {
    }

    private static final String FROM = " FROM service_request r"
            + " LEFT JOIN request_sla fr ON fr.request_id = r.id AND fr.kind = 'FIRST_RESPONSE'"
            + " LEFT JOIN request_sla d ON d.request_id = r.id AND d.kind = 'DELIVERY'"
            + " WHERE r.received_at >= ?1 AND r.received_at < ?2";
    private static final String RESPONSE_DECIDED = "(fr.met_at IS NOT NULL OR fr.due_at <= now())";
    private static final String RESPONSE_ON_TIME = "(fr.met_at IS NOT NULL AND fr.met_at <= fr.due_at)";
    private static final String DELIVERY_DECIDED = "(d.met_at IS NOT NULL OR d.due_at <= now())";
    private static final String DELIVERY_ON_TIME = "(d.met_at IS NOT NULL AND d.met_at <= d.due_at)";

    /**
     * The statements of one dashboard: ?1 and ?2 the period's start and end, ?3 the time zone. Public so that the
     * benchmark measures exactly these.
     */
    public static final class Statements {
        public static final String TOTALS = "SELECT count(*),"
                + " count(*) FILTER (WHERE " + RESPONSE_DECIDED + "), count(*) FILTER (WHERE " + RESPONSE_ON_TIME + "),"
                + " count(*) FILTER (WHERE " + DELIVERY_DECIDED + "), count(*) FILTER (WHERE " + DELIVERY_ON_TIME + "),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM fr.met_at - fr.started_at)),"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM fr.met_at - fr.started_at)),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.resolved_at - r.received_at)),"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r.resolved_at - r.received_at))"
                + FROM;
        public static final String WEEKS = "SELECT date_trunc('week', r.received_at AT TIME ZONE ?3)::date,"
                + " count(*), count(*) FILTER (WHERE " + RESPONSE_DECIDED + "),"
                + " count(*) FILTER (WHERE " + RESPONSE_ON_TIME + ")" + FROM + " GROUP BY 1 ORDER BY 1";
        public static final List<String> COUNT_COLUMNS = List.of("r.type_code", "r.channel", "r.status");

        private Statements() {
        }

        public static String counts(String column) {
            return "SELECT " + column + ", count(*)" + FROM + " GROUP BY 1 ORDER BY 2 DESC";
        }
    }

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantSettings settings;

    @Inject
    SlaPolicies policies;

    @Transactional
    public Summary summary(Period period) {
        currentTenant.requireAny(TenantRole.values());
        ZoneId zone = ZoneId.of(settings.current().timeZone());
        SlaPolicy policy = policies.current();
        Object[] totals = (Object[]) query(period, zone, Statements.TOTALS).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> weeks = query(period, zone, Statements.WEEKS).setParameter(3, zone.getId()).getResultList();
        return new Summary(period, number(totals[0]),
                Rate.of(number(totals[2]), number(totals[1]), policy.responseGoalPercent()),
                Rate.of(number(totals[4]), number(totals[3]), policy.deliveryGoalPercent()),
                hours(totals[5]), hours(totals[6]), hours(totals[7]), hours(totals[8]),
                counts(period, zone, Statements.COUNT_COLUMNS.get(0)),
                counts(period, zone, Statements.COUNT_COLUMNS.get(1)),
                counts(period, zone, Statements.COUNT_COLUMNS.get(2)),
                weeks.stream().map(w -> new Week(((java.sql.Date) w[0]).toLocalDate(), number(w[1]),
                        Rate.of(number(w[3]), number(w[2]), policy.responseGoalPercent()))).toList());
    }

    /** The requests a number of the summary counts, newest first (at most {@code limit}). */
    @Transactional
    public List<ServiceRequest> behind(Period period, Facet facet, String value, int limit) {
        currentTenant.requireAny(TenantRole.values());
        ZoneId zone = ZoneId.of(settings.current().timeZone());
        String condition = switch (facet) {
            case RECEIVED -> "";
            case TYPE -> " AND r.type_code = ?3";
            case CHANNEL -> " AND r.channel = ?3";
            case STATUS -> " AND r.status = ?3";
            case WEEK -> " AND date_trunc('week', r.received_at AT TIME ZONE ?4)::date = CAST(?3 AS date)";
            case RESPONSE_ON_TIME -> " AND " + RESPONSE_ON_TIME;
            case RESPONSE_LATE -> " AND " + RESPONSE_DECIDED + " AND NOT " + RESPONSE_ON_TIME;
            case DELIVERY_ON_TIME -> " AND " + DELIVERY_ON_TIME;
            case DELIVERY_LATE -> " AND " + DELIVERY_DECIDED + " AND NOT " + DELIVERY_ON_TIME;
        };
        Query ids = query(period, zone, "SELECT r.id" + FROM + condition + " ORDER BY r.received_at DESC LIMIT "
                + Math.max(1, Math.min(limit, 5000)));
        if (condition.contains("?3")) {
            ids.setParameter(3, value == null ? "" : value);
        }
        if (condition.contains("?4")) {
            ids.setParameter(4, zone.getId());
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.id IN :ids "
                + "ORDER BY r.receivedAt DESC", ServiceRequest.class).setParameter("ids", found).getResultList();
    }

    private Map<String, Long> counts(Period period, ZoneId zone, String column) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(period, zone, Statements.counts(column)).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], number(row[1])));
        return counts;
    }

    private Query query(Period period, ZoneId zone, String sql) {
        return tenantData.em().createNativeQuery(sql).setParameter(1, Timestamp.from(period.start(zone)))
                .setParameter(2, Timestamp.from(period.end(zone)));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Double hours(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / 3600.0;
    }
}
