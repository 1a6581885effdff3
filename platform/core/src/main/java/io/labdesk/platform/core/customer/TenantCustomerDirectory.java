package io.labdesk.platform.core.customer;

import io.labdesk.platform.api.customer.CustomerDirectory;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link CustomerDirectory} over the current tenant's customers, matched the way intake matches them. */
@ApplicationScoped
public class TenantCustomerDirectory implements CustomerDirectory {

    @Inject
    TenantData tenantData;

    @Override
    @Transactional
    public Optional<UUID> match(String email, String phone) {
        Optional<UUID> known = Optional.empty();
        if (email != null && !email.isBlank()) {
            known = tenantData.em().createQuery("SELECT c.id FROM Customer c WHERE lower(c.email) = :e "
                            + "ORDER BY c.createdAt", UUID.class)
                    .setParameter("e", email.strip().toLowerCase(Locale.ROOT)).setMaxResults(1)
                    .getResultStream().findFirst();
        }
        if (known.isEmpty() && phone != null && !phone.isBlank()) {
            known = tenantData.em().createQuery("SELECT c.id FROM Customer c WHERE c.phone = :p ORDER BY c.createdAt",
                    UUID.class).setParameter("p", phone.strip()).setMaxResults(1).getResultStream().findFirst();
        }
        return known;
    }
}
