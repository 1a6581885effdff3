package io.labdesk.platform.api.data;

import jakarta.persistence.EntityManager;

/**
 * The current tenant's data, for modules: an entity manager whose connection PostgreSQL's row-level security
 * binds to the current tenant (rows of other tenants are invisible and cannot be written). Use inside a
 * transaction ({@code @Transactional}).
 */
public interface TenantStore {

    EntityManager entityManager();
}
