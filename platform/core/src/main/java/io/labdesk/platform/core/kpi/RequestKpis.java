package io.labdesk.platform.core.kpi;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.tenant.TenantData;
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

    // One table: each request carries its first-response and delivery outcome (see RequestSlas).
    private static final String FROM = " FROM service_request r WHERE r.received_at >= ?1 AND r.received_at < ?2";
    private static final String RESPONSE_DECIDED = "(r.response_met_at IS NOT NULL OR r.response_due_at <= now())";
    private static final String RESPONSE_ON_TIME = "(r.response_met_at <= r.response_due_at)";
    private static final String DELIVERY_DECIDED = "(r.delivery_met_at IS NOT NULL OR r.delivery_due_at <= now())";
    private static final String DELIVERY_ON_TIME = "(r.delivery_met_at <= r.delivery_due_at)";

    /**
     * The statements of one dashboard: ?1 and ?2 the period's start and end, ?3 the time zone. Public so that the
     * benchmark measures exactly these.
     */
    public static final class Statements {
        public static final String TOTALS = "SELECT count(*),"
                + " count(*) FILTER (WHERE " + RESPONSE_DECIDED + "), count(*) FILTER (WHERE " + RESPONSE_ON_TIME + "),"
                + " count(*) FILTER (WHERE " + DELIVERY_DECIDED + "), count(*) FILTER (WHERE " + DELIVERY_ON_TIME + "),"
                + " percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM r.response_met_at"
                + " - r.received_at)),"
                + " percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM r.resolved_at"
                + " - r.received_at))"
                + FROM;
        /**
         * Weeks, types, channels and statuses in one pass: each row is one group of one of the four sets; the first
         * column says which (GROUPING bits: 7 week, 11 type, 13 channel, 14 status).
         */
        public static final String GROUPS = "SELECT GROUPING(w.week, r.type_code, r.channel, r.status),"
                + " w.week, r.type_code, r.channel, r.status, count(*),"
                + " count(*) FILTER (WHERE " + RESPONSE_DECIDED + "), count(*) FILTER (WHERE " + RESPONSE_ON_TIME + ")"
                + FROM.replace(" WHERE ", " CROSS JOIN LATERAL (SELECT date_trunc('week', r.received_at AT TIME ZONE ?3)"
                + "::date AS week) w WHERE ")
                + " GROUP BY GROUPING SETS ((w.week), (r.type_code), (r.channel), (r.status)) ORDER BY 1, 6 DESC, 2";
        public static final List<String> ALL = List.of(TOTALS, GROUPS);

        private Statements() {
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
        List<Object[]> groups = query(period, zone, Statements.GROUPS).setParameter(3, zone.getId()).getResultList();
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> byChannel = new LinkedHashMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        List<Week> weeks = new java.util.ArrayList<>();
        for (Object[] g : groups) {
            switch (((Number) g[0]).intValue()) {
                case 7 -> weeks.add(new Week(((java.sql.Date) g[1]).toLocalDate(), number(g[5]),
                        Rate.of(number(g[7]), number(g[6]), policy.responseGoalPercent())));
                case 11 -> byType.put((String) g[2], number(g[5]));
                case 13 -> byChannel.put((String) g[3], number(g[5]));
                case 14 -> byStatus.put((String) g[4], number(g[5]));
                default -> throw new IllegalStateException("Unexpected grouping " + g[0]);
            }
        }
        weeks.sort(java.util.Comparator.comparing(Week::start));
        return new Summary(period, number(totals[0]),
                Rate.of(number(totals[2]), number(totals[1]), policy.responseGoalPercent()),
                Rate.of(number(totals[4]), number(totals[3]), policy.deliveryGoalPercent()),
                hours(totals[5], 0), hours(totals[5], 1), hours(totals[6], 0), hours(totals[6], 1),
                byType, byChannel, byStatus, List.copyOf(weeks));
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

    private Query query(Period period, ZoneId zone, String sql) {
        return tenantData.em().createNativeQuery(sql).setParameter(1, Timestamp.from(period.start(zone)))
                .setParameter(2, Timestamp.from(period.end(zone)));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Element {@code i} of a percentile array (seconds) in hours; null when nothing was measured. */
    private static Double hours(Object seconds, int i) {
        if (seconds == null) {
            return null;
        }
        if (seconds instanceof double[] primitive) {
            return primitive[i] / 3600.0;
        }
        Object[] values = seconds instanceof java.sql.Array a ? array(a) : (Object[]) seconds;
        return values[i] == null ? null : ((Number) values[i]).doubleValue() / 3600.0;
    }

    private static Object[] array(java.sql.Array a) {
        try {
            return (Object[]) a.getArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
