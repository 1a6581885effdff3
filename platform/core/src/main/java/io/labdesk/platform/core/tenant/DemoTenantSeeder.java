package io.labdesk.platform.core.tenant;

import io.labdesk.platform.core.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * On start, creates the tenants defined in the configured tenants folder that do not exist yet (the demo
 * institutions in development). Existing tenants are left as their admins made them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoTenantSeeder {

    private static final Logger LOG = Logger.getLogger(DemoTenantSeeder.class.getName());

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope tenantScope;

    @PostConstruct
    void seed() {
        Path dir = Setting.TENANTS_DIR.value().map(Path::of).orElse(null);
        if (dir == null) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            LOG.warning("Tenants folder " + dir + " does not exist; no tenants loaded");
            return;
        }
        try {
            for (TenantDefinition definition : TenantDefinitions.readAll(dir)) {
                if (directory.findBySlug(definition.slug()).isEmpty()) {
                    create(definition);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read tenant definitions in " + dir, e);
        }
    }

    private void create(TenantDefinition definition) {
        Tenant tenant = new Tenant(definition.slug(), definition.name(), definition.nameEn(),
                definition.locale(), definition.timeZone());
        em.persist(tenant);
        em.flush();
        tenantScope.enter(tenant.id());
        for (TenantDefinition.Staff staff : definition.staff()) {
            em.persist(new TenantMember(tenant.id(), staff.username(), staff.name(), staff.email(), staff.roles()));
        }
        em.flush();
        LOG.info("Created tenant " + definition.slug() + " with " + definition.staff().size() + " staff");
    }
}
