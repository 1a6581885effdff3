package io.labdesk.platform.core.tenant;

import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate the tenant of the session it opens: the thread's bound tenant, or one that owns nothing. */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        UUID tenant = TenantContext.currentTenantId().orElse(null);
        return tenant == null ? TenantContext.NO_TENANT : tenant;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
