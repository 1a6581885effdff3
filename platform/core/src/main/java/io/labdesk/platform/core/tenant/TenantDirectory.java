package io.labdesk.platform.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Finds tenants (platform rows) and staff memberships (tenant rows, read under the tenant's security). */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Transactional
    public Optional<Tenant> findBySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Transactional
    public List<Tenant> findBySlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug IN :slugs ORDER BY t.slug", Tenant.class)
                .setParameter("slugs", slugs).getResultList();
    }

    /** The membership of {@code username} in {@code tenantId}, in a transaction of that tenant. */
    public Optional<TenantMember> membership(UUID tenantId, String username) {
        return transactions.inTenant(tenantId, () -> tenantData.em()
                .createQuery("SELECT m FROM TenantMember m WHERE m.username = :username", TenantMember.class)
                .setParameter("username", username)
                .getResultStream().findFirst());
    }

    /** The default language of the tenant {@code tenantId}, if there is one. */
    @Transactional
    public Optional<Locale> defaultLocale(UUID tenantId) {
        return Optional.ofNullable(em.find(Tenant.class, tenantId)).map(Tenant::defaultLocale);
    }

    /** The tenants that are not suspended: whose background work (messages, SLA watch) goes on. */
    @Transactional
    public List<UUID> activeTenantIds() {
        return em.createQuery("SELECT t.id FROM Tenant t WHERE t.status = :active ORDER BY t.slug", UUID.class)
                .setParameter("active", Tenant.Status.ACTIVE)
                .getResultList();
    }

    /** Every tenant, suspended ones too: platform-wide changes such as a shipped calendar's new year reach all. */
    @Transactional
    public List<Tenant> allTenants() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.slug", Tenant.class).getResultList();
    }
}
