package io.labdesk.platform.core.onboarding;

import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * On start, creates the tenants defined in the configured tenants folder that do not exist yet (the demo
 * institutions in development). Existing tenants are left as their admins made them, except that their calendars
 * take the new years of the shipped calendar they follow.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTenantSeeder {

    private static final Logger LOG = Logger.getLogger(DemoTenantSeeder.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    ShippedCalendars shippedCalendars;

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
                java.util.Optional<Tenant> existing = directory.findBySlug(definition.slug());
                if (existing.isEmpty()) {
                    provisioning.create(definition);
                    LOG.info("Created tenant " + definition.slug() + " with " + definition.staff().size() + " staff");
                } else {
                    provisioning.complete(existing.get(), definition);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read tenant definitions in " + dir, e);
        }
        // A year added to a shipped calendar's file reaches the institutions that follow it, the demo ones too.
        shippedCalendars.spreadAll();
    }
}
