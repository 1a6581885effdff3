package io.labdesk.platform.core.brand;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The current tenant's brand: a primary colour and a logo, shown on its staff UI and its customers' pages. Logos are
 * PNG, JPEG or WebP (no SVG: it can carry script) up to {@value #MAX_LOGO_BYTES} bytes.
 */
@ApplicationScoped
public class Brands {

    public static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SettingsHistory history;

    /**
     * How the tenant looks: {@code primaryColour} null for LabDesk's own, {@code logoSha256} null without a logo;
     * {@code version} is what an edit must name (0: never set).
     */
    public record Look(String primaryColour, String logoSha256, long version) {

        public boolean hasLogo() {
            return logoSha256 != null;
        }
    }

    /** A logo's bytes and media type. */
    public record Logo(byte[] content, String type, String sha256) {
    }

    @Transactional
    public Look look() {
        return stored().map(b -> new Look(b.primaryColour(), b.logoSha256(), b.version() + 1))
                .orElseGet(() -> new Look(null, null, 0));
    }

    @Transactional
    public Optional<Logo> logo() {
        return stored().filter(b -> b.logoSha256() != null)
                .map(b -> new Logo(b.logo(), b.logoType(), b.logoSha256()));
    }

    /** Sets or clears (null or blank) the primary colour, {@code #RRGGBB}. */
    @Transactional
    public Look colour(String colour, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        String value = colour == null || colour.isBlank() ? null : colour.strip().toLowerCase();
        if (value != null && !COLOUR.matcher(value).matches()) {
            throw new InvalidInput(Map.of("primaryColour", "validation.brand.colour"));
        }
        return change(expectedVersion, b -> b.colour(value));
    }

    /** Replaces the logo; null content removes it. */
    @Transactional
    public Look logo(byte[] content, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        if (content == null) {
            return change(expectedVersion, b -> b.logo(null, null, null));
        }
        if (content.length == 0 || content.length > MAX_LOGO_BYTES) {
            throw new InvalidInput(Map.of("logo", "validation.brand.logoSize"));
        }
        String type = imageType(content)
                .orElseThrow(() -> new InvalidInput(Map.of("logo", "validation.brand.logoType")));
        return change(expectedVersion, b -> b.logo(content, type, sha256(content)));
    }

    private Look change(long expectedVersion, java.util.function.Consumer<Brand> edit) {
        Look before = look();
        if (before.version() != expectedVersion) {
            throw new ConcurrentEdit("The brand");
        }
        Brand brand = stored().orElseGet(() -> {
            Brand b = new Brand(UUID.randomUUID());
            tenantData.em().persist(b);
            return b;
        });
        edit.accept(brand);
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The brand");
        }
        Look after = new Look(brand.primaryColour(), brand.logoSha256(), brand.version() + 1);
        String b = describe(before);
        String a = describe(after);
        if (!a.equals(b)) {
            history.record("brand", b, a);
        }
        return after;
    }

    private static String describe(Look look) {
        return Json.createObjectBuilder()
                .add("primaryColour", look.primaryColour() == null ? "" : look.primaryColour())
                .add("logoSha256", look.logoSha256() == null ? "" : look.logoSha256())
                .build().toString();
    }

    /** The media type the content's first bytes declare, when it is one LabDesk shows. */
    static Optional<String> imageType(byte[] c) {
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return Optional.of("image/png");
        }
        if (c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (c.length > 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F' && c[8] == 'W' && c[9] == 'E'
                && c[10] == 'B' && c[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a tenant without a brand row LabDesk's own look, stored. */
    @Transactional
    public void addDefaults() {
        if (stored().isEmpty()) {
            tenantData.em().persist(new Brand(UUID.randomUUID()));
        }
    }

    private Optional<Brand> stored() {
        return tenantData.em().createQuery("SELECT b FROM Brand b", Brand.class).getResultStream().findFirst();
    }
}
