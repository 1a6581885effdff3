package io.labdesk.platform.core.settings;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The current tenant's own settings: names, default language, time zone. Changed by its tenant admins only. */
@ApplicationScoped
public class TenantSettings {

    /** The languages LabDesk speaks, as an institution's default is stored. */
    public static final Set<String> LOCALES = Set.copyOf(Languages.TAGS);

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SecurityLog securityLog;

    @Inject
    SettingsHistory settingsHistory;

    public record Values(String name, String nameEn, String locale, String timeZone) {
    }

    @Transactional
    public Tenant current() {
        return tenantData.em().find(Tenant.class, currentTenant.id().orElseThrow(() -> new NotFound("tenant", null)));
    }

    @Transactional
    public Tenant update(Values values, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        validate(values);
        Tenant tenant = current();
        if (tenant.version() != expectedVersion) {
            throw new ConcurrentEdit("The institution's settings");
        }
        String before = describe(tenant);
        tenant.rename(values.name().strip(), values.nameEn() == null ? null : values.nameEn().strip());
        tenant.localise(values.locale(), values.timeZone());
        securityLog.record(currentTenant.actor(), SecurityEvent.Kind.TENANT_SETTINGS_CHANGED, tenant.slug(),
                "before=" + before + " after=" + describe(tenant));
        settingsHistory.record("tenant", before, describe(tenant));
        try {
            tenantData.em().flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEdit("The institution's settings");
        }
        return tenant;
    }

    public static void validate(Values v) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (v.name() == null || v.name().isBlank() || v.name().strip().length() > 200) {
            errors.put("name", "validation.name");
        }
        if (v.nameEn() != null && v.nameEn().strip().length() > 200) {
            errors.put("nameEn", "validation.name");
        }
        if (v.locale() == null || !LOCALES.contains(v.locale())) {
            errors.put("locale", "validation.locale");
        }
        try {
            if (v.timeZone() == null) {
                throw new DateTimeException("missing");
            }
            ZoneId.of(v.timeZone());
        } catch (DateTimeException e) {
            errors.put("timeZone", "validation.timeZone");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String describe(Tenant t) {
        return "{name=" + t.nameZh() + ", nameEn=" + t.nameEn() + ", locale=" + t.defaultLocale().toLanguageTag()
                + ", timeZone=" + t.timeZone() + "}";
    }
}
