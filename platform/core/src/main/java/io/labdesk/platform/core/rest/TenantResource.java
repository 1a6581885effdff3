package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/tenant}: the current institution's settings; changed by its tenant admins only. */
@Path("tenant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantSettings settings;

    @GET
    public Settings get() {
        return Settings.of(settings.current());
    }

    @PUT
    public Settings update(Settings change) {
        return Settings.of(settings.update(new TenantSettings.Values(change.name(), change.nameEn(), change.locale(),
                change.timeZone()), change.version()));
    }

    public record Settings(String slug, String name, String nameEn, String locale, String timeZone, String status,
                           long version) {
        static Settings of(Tenant t) {
            return new Settings(t.slug(), t.nameZh(), t.nameEn(), t.defaultLocale().toLanguageTag(), t.timeZone(),
                    t.status().name(), t.version());
        }
    }
}
