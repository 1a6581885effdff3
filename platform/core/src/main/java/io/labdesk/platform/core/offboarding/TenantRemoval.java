package io.labdesk.platform.core.offboarding;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.identity.KeycloakAdmin;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.operator.PlatformTenants;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deletes a tenant for good: every row it owns (append-only histories included, as the schema owner), its tenant
 * row, its Keycloak organization and the accounts that served only it. Only a suspended tenant whose data was
 * exported since it was suspended, and only when the platform admin confirms by typing its slug.
 */
@ApplicationScoped
public class TenantRemoval {

    private static final Logger LOG = Logger.getLogger(TenantRemoval.class.getName());

    @Resource(lookup = "java:jboss/datasources/LabDeskOwnerDS")
    DataSource ownerDataSource;

    @Inject
    PlatformTenants tenants;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    ModuleStates moduleStates;

    /** What was removed: rows per table, and the accounts deleted with the organization. */
    public record Removed(String slug, Map<String, Integer> rows, int accounts) {
    }

    public Removed remove(String slug, String confirmation) {
        TenantExports.requirePlatformAdmin();
        Tenant tenant = tenants.findOrFail(slug);
        if (!slug.equals(confirmation == null ? null : confirmation.strip())) {
            throw new InvalidInput(Map.of("confirm", "validation.tenant.confirm"));
        }
        if (!tenant.suspended()) {
            throw new InvalidInput(Map.of("status", "validation.tenant.suspendFirst"));
        }
        if (tenant.exportedAt() == null) {
            throw new InvalidInput(Map.of("export", "validation.tenant.exportFirst"));
        }
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        try (Connection c = ownerDataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                TenantExports.bindTenant(c, tenant.id());
                List<String> tables = TenantTables.all(c);
                for (String table : TenantTables.deletionOrder(c, tables)) {
                    rows.put(table, delete(c, "DELETE FROM " + TenantExports.quote(table) + " WHERE tenant_id = ?",
                            tenant));
                }
                rows.put("tracking_link", delete(c, "DELETE FROM tracking_link WHERE tenant = ?", tenant));
                rows.put("tenant", delete(c, "DELETE FROM tenant WHERE id = ?", tenant));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting tenant " + slug + " failed: " + e.getMessage(), e);
        }
        moduleStates.forget(tenant.id());
        int accounts = removeOrganization(slug);
        LOG.info(() -> "Tenant " + slug + " deleted by " + TenantContext.actor() + ": " + rows + ", " + accounts
                + " accounts");
        return new Removed(slug, rows, accounts);
    }

    /** The organization goes; its members' accounts too unless another institution or the platform uses them. */
    private int removeOrganization(String slug) {
        Optional<String> organization = keycloak.findOrganization(slug);
        if (organization.isEmpty()) {
            return 0;
        }
        List<String> members = keycloak.organizationMembers(organization.get());
        keycloak.deleteOrganization(organization.get());
        int deleted = 0;
        for (String member : members) {
            if (!keycloak.accountInUse(member)) {
                keycloak.deleteUser(member);
                deleted++;
            }
        }
        return deleted;
    }

    private static int delete(Connection c, String sql, Tenant tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, tenant.id());
            return s.executeUpdate();
        }
    }
}
