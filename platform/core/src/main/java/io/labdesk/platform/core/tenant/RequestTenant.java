package io.labdesk.platform.core.tenant;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link CurrentTenant} as bound to the working thread by the request filter or by platform work. */
@ApplicationScoped
public class RequestTenant implements CurrentTenant {

    @Override
    public Optional<UUID> id() {
        return TenantContext.currentTenantId();
    }

    @Override
    public String actor() {
        return TenantContext.actor();
    }

    @Override
    public Set<TenantRole> roles() {
        return TenantContext.current().map(TenantContext.Binding::roles).orElse(Set.of());
    }
}
