package io.labdesk.platform.core.request;

import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's work queue: the current tenant's requests by scope (mine, unassigned, the team's open ones, all),
 * status, type and text, sorted, counted and read a page at a time — what a lazy grid needs over 100,000+ requests
 * (indexes by tenant with status, assignee and receipt time).
 */
@ApplicationScoped
public class RequestQueue {

    /** Whose requests: mine (open), nobody's (open), the team's open ones, or every one including closed. */
    public enum Scope { MINE, UNASSIGNED, TEAM, ALL }

    public enum Sort { RECEIVED, NUMBER, PRIORITY, STATUS }

    /** {@code status}, {@code type} and {@code text} may be null (any). */
    public record Query(Scope scope, RequestStatus status, String type, String text, Sort sort, boolean ascending) {
        public static Query of(Scope scope) {
            return new Query(scope, null, null, null, Sort.RECEIVED, false);
        }
    }

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Transactional
    public long count(Query query) {
        return build(query, "SELECT count(r) FROM ServiceRequest r", Long.class, false).getSingleResult();
    }

    @Transactional
    public List<ServiceRequest> page(Query query, int offset, int limit) {
        return build(query, "SELECT r FROM ServiceRequest r", ServiceRequest.class, true)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private <T> TypedQuery<T> build(Query q, String select, Class<T> type, boolean ordered) {
        currentTenant.requireAny(TenantRole.values());
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        switch (q.scope()) {
            case MINE -> {
                jpql.append(" AND r.assignee = :me AND r.status <> :closed");
                parameters.put("me", currentTenant.actor());
            }
            case UNASSIGNED -> jpql.append(" AND r.assignee IS NULL AND r.status <> :closed");
            case TEAM -> jpql.append(" AND r.status <> :closed");
            case ALL -> {
            }
        }
        if (q.scope() != Scope.ALL) {
            parameters.put("closed", RequestStatus.CLOSED);
        }
        if (q.status() != null) {
            jpql.append(" AND r.status = :status");
            parameters.put("status", q.status());
        }
        if (q.type() != null) {
            jpql.append(" AND r.typeCode = :type");
            parameters.put("type", q.type());
        }
        if (q.text() != null && !q.text().isBlank()) {
            jpql.append(" AND (lower(r.number) LIKE :text" + LikePattern.ESCAPE + " OR lower(r.subject) LIKE :text"
                    + LikePattern.ESCAPE + " OR lower(r.customerOrganisation) LIKE :text" + LikePattern.ESCAPE + ")");
            parameters.put("text", LikePattern.containing(q.text()));
        }
        if (ordered) {
            String direction = q.ascending() ? " ASC" : " DESC";
            jpql.append(" ORDER BY ").append(switch (q.sort()) {
                case RECEIVED -> "r.receivedAt" + direction;
                case NUMBER -> "r.number" + direction;
                case STATUS -> "r.status" + direction + ", r.receivedAt DESC";
                // Emergencies first, then by urgency: the enum's order is not its name's alphabetical order.
                case PRIORITY -> "r.emergency" + (q.ascending() ? " ASC" : " DESC") + ", CASE r.priority"
                        + " WHEN :urgent THEN 3 WHEN :high THEN 2 WHEN :normal THEN 1 ELSE 0 END" + direction
                        + ", r.receivedAt DESC";
            });
            if (q.sort() == Sort.PRIORITY) {
                parameters.put("urgent", Priority.URGENT);
                parameters.put("high", Priority.HIGH);
                parameters.put("normal", Priority.NORMAL);
            }
            jpql.append(", r.id");
        }
        TypedQuery<T> query = tenantData.em().createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
