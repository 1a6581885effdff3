package io.labdesk.platform.core.staff;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.identity.KeycloakAdmin;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A tenant admin adds a staff member: the account in Keycloak (created with a one-time password when new), its
 * membership of the tenant's organization, and the LabDesk membership with its roles.
 */
@ApplicationScoped
public class StaffAdministration {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    StaffMembers members;

    @Inject
    TenantSettings settings;

    @Inject
    KeycloakAdmin keycloak;

    public record Added(TenantMember member, KeycloakAdmin.Account account) {
    }

    public Added add(String username, String displayName, String email, Set<TenantRole> roles) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        StaffMembers.validateNewMember(username, displayName, email);
        String slug = settings.current().slug();
        String organization = keycloak.findOrganization(slug)
                .orElseThrow(() -> new KeycloakAdmin.IdentityProviderRefused("find the organization " + slug, 404, ""));
        KeycloakAdmin.Account account = keycloak.findOrCreateUser(username.strip(), displayName.strip(), email.strip());
        try {
            keycloak.addMember(organization, account.id());
            return new Added(members.add(username, displayName, email, roles), account);
        } catch (RuntimeException e) {
            if (account.created()) {
                keycloak.deleteUser(account.id());
            }
            throw e;
        }
    }
}
