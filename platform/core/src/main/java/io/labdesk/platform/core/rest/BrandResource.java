package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.brand.BrandTokens;
import io.labdesk.platform.core.brand.Brands;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code /api/v1/brand}: the institution's primary colour and logo, the theme tokens they give, and where its logo
 * is published ({@code /t/{slug}/logo}).
 */
@Path("brand")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

    @Inject
    Brands brands;

    @Inject
    CurrentTenant currentTenant;

    @GET
    public Brand get() {
        currentTenant.requireAny(TenantRole.values());
        return Brand.of(brands.look());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Brand colour(Brand change) {
        return Brand.of(brands.colour(change.primaryColour(), change.version() == null ? -1 : change.version()));
    }

    /** The logo's bytes as the body (PNG, JPEG or WebP). */
    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    public Brand logo(byte[] content, @QueryParam("version") Long version) {
        return Brand.of(brands.logo(content == null ? new byte[0] : content, version == null ? -1 : version));
    }

    @DELETE
    @Path("logo")
    public Brand removeLogo(@QueryParam("version") Long version) {
        return Brand.of(brands.logo(null, version == null ? -1 : version));
    }

    public record Brand(String primaryColour, boolean logo, Map<String, String> tokens, Long version) {

        static Brand of(Brands.Look look) {
            return new Brand(look.primaryColour(), look.hasLogo(), BrandTokens.of(look.primaryColour()),
                    look.version());
        }
    }
}
