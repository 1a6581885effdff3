package io.labdesk.platform.core.security;

import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The current tenant's security log: written by the platform as things happen, read by tenant admins. */
@ApplicationScoped
public class SecurityLog {

    @Inject
    TenantData tenantData;

    @Inject
    io.labdesk.platform.api.tenant.CurrentTenant currentTenant;

    /** Joins the caller's transaction, so an event is stored exactly when the change it records is. */
    @Transactional
    public void record(String actor, SecurityEvent.Kind kind, String subject, String detail) {
        tenantData.em().persist(new SecurityEvent(actor, kind, subject, detail));
    }

    @Transactional
    public List<SecurityEvent> latest(int limit) {
        return page(Filter.ALL, 0, limit);
    }

    /** Which entries to show: by whom, of what kind, from and until when; null for any. */
    public record Filter(String actor, SecurityEvent.Kind kind, Instant from, Instant until) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** One page of the entries {@code filter} lets through, newest first. */
    @Transactional
    public List<SecurityEvent> page(Filter filter, int offset, int limit) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return query(filter, "SELECT e FROM SecurityEvent e", " ORDER BY e.occurredAt DESC, e.id", SecurityEvent.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Transactional
    public long count(Filter filter) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return query(filter, "SELECT count(e) FROM SecurityEvent e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("e.actor = :actor");
        }
        if (filter.kind() != null) {
            conditions.add("e.kind = :kind");
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (filter.until() != null) {
            conditions.add("e.occurredAt < :until");
        }
        TypedQuery<T> query = tenantData.em().createQuery(select
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + order, type);
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query;
    }
}
