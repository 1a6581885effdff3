package io.labdesk.platform.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Finds tenants and staff memberships. */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Transactional
    public Optional<Tenant> findBySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** The membership of {@code username} in {@code tenant}, read under that tenant's row-level security. */
    @Transactional
    public Optional<TenantMember> membership(Tenant tenant, String username) {
        tenantScope.enter(tenant.id());
        return em.createQuery("SELECT m FROM TenantMember m WHERE m.username = :username", TenantMember.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
