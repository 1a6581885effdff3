package io.labdesk.platform.api.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Base of every entity that belongs to one tenant. Hibernate fills {@code tenant_id} from the current tenant on
 * insert and adds it to every query; PostgreSQL's row-level security enforces the same boundary underneath, so a
 * forgotten filter still shows nothing of another tenant. Its table needs {@code tenant_id}, forced row-level
 * security and a policy; a test of the database catalogue fails for any table that lacks them.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    public UUID tenantId() {
        return tenantId;
    }
}
