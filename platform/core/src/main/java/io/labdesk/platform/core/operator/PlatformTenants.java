package io.labdesk.platform.core.operator;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.identity.KeycloakAdmin;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.onboarding.TenantDefinition;
import io.labdesk.platform.core.onboarding.TenantProvisioning;
import io.labdesk.platform.core.onboarding.TenantTemplate;
import io.labdesk.platform.core.onboarding.TenantTemplates;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The operators' view of all tenants: create one (its Keycloak organization, first tenant admin and LabDesk
 * rows), suspend and resume. Only for the realm role platform-admin.
 */
@ApplicationScoped
public class PlatformTenants {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");
    /** New institutions start from mainland China's working calendar (tenants/calendars/cn-mainland.yaml). */
    static final String DEFAULT_CALENDAR = "cn-mainland";

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    SecurityLog securityLog;

    @Inject
    PlatformTenants self;

    /** {@code template}: the id of a template in tenants/templates/ (null: LabDesk's defaults). */
    public record NewTenant(String slug, String name, String nameEn, String locale, String timeZone,
                            String adminUsername, String adminName, String adminEmail, String template) {
    }

    public record Created(Tenant tenant, KeycloakAdmin.Account admin) {
    }

    /** A tenant's size: active staff, and requests received since the first of this month in its time zone. */
    public record Usage(Tenant tenant, long members, long requestsThisMonth) {
    }

    public List<Usage> list() {
        requirePlatformAdmin();
        return self.allTenants().stream().map(t -> transactions.inTenant(t.id(), () -> {
            long members = tenantData.em().createQuery("SELECT count(m) FROM TenantMember m WHERE m.active = true",
                    Long.class).getSingleResult();
            Instant monthStart = ZonedDateTime.now(ZoneId.of(t.timeZone())).withDayOfMonth(1)
                    .truncatedTo(ChronoUnit.DAYS).toInstant();
            long requests = tenantData.em().createQuery("SELECT count(r) FROM ServiceRequest r "
                    + "WHERE r.receivedAt >= :start", Long.class).setParameter("start", monthStart).getSingleResult();
            return new Usage(t, members, requests);
        })).toList();
    }

    @Transactional
    public List<Tenant> allTenants() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.slug", Tenant.class).getResultList();
    }

    /**
     * Creates the organization and the first tenant admin in Keycloak, then the tenant in LabDesk. When a later
     * step fails, what the earlier ones created is removed again, so nothing half-made stays behind.
     */
    public Created create(NewTenant asked) {
        requirePlatformAdmin();
        NewTenant request = withTemplateDefaults(asked);
        TenantTemplate template = validate(request);
        String organization = keycloak.createOrganization(request.slug(), request.name(), request.nameEn());
        KeycloakAdmin.Account admin = null;
        try {
            admin = keycloak.findOrCreateUser(request.adminUsername().strip(), request.adminName().strip(),
                    request.adminEmail().strip());
            keycloak.addMember(organization, admin.id());
            Tenant tenant = provisioning.create(new TenantDefinition(request.slug(), request.name().strip(),
                    blankToNull(request.nameEn()), request.locale(), request.timeZone(),
                    template == null || template.calendar() == null ? DEFAULT_CALENDAR : template.calendar(),
                    List.of(new TenantDefinition.Staff(admin.username(), request.adminName().strip(),
                            request.adminEmail().strip(), Set.of(TenantRole.TENANT_ADMIN))), List.of(),
                    template == null ? List.of() : template.modules()), template);
            return new Created(tenant, admin);
        } catch (RuntimeException e) {
            if (admin != null && admin.created()) {
                keycloak.deleteUser(admin.id());
            }
            keycloak.deleteOrganization(organization);
            throw e;
        }
    }

    @Inject
    InstalledModules installedModules;

    @Inject
    ModuleStates moduleStates;

    @Inject
    SettingsHistory settingsHistory;

    public Tenant setStatus(String slug, Tenant.Status status) {
        requirePlatformAdmin();
        Tenant tenant = self.findOrFail(slug);
        return transactions.inTenant(tenant.id(), () -> {
            Tenant managed = tenantData.em().find(Tenant.class, tenant.id());
            if (managed.status() != status) {
                managed.setStatus(status);
                if (status == Tenant.Status.ACTIVE) {
                    // Data may change again: an earlier export no longer allows deleting the tenant.
                    tenantData.em().createNativeQuery("UPDATE tenant SET exported_at = NULL, exported_by = NULL "
                            + "WHERE id = ?").setParameter(1, managed.id()).executeUpdate();
                }
                securityLog.record(TenantContext.actor(), status == Tenant.Status.SUSPENDED
                        ? SecurityEvent.Kind.TENANT_SUSPENDED : SecurityEvent.Kind.TENANT_RESUMED, slug, null);
            }
            return managed;
        });
    }

    /**
     * Sets which modules the tenant may use at all ({@code moduleIds} null: every installed one). A module outside
     * the plan stops running for the tenant at once; its data and the tenant's choice stay for a wider plan.
     */
    public Tenant allowModules(String slug, Set<String> moduleIds) {
        requirePlatformAdmin();
        if (moduleIds != null && moduleIds.stream().anyMatch(id -> installedModules.find(id).isEmpty())) {
            throw new InvalidInput(Map.of("modules", "validation.module.unknown"));
        }
        Tenant tenant = self.findOrFail(slug);
        Tenant changed = transactions.inTenant(tenant.id(), () -> {
            Tenant managed = tenantData.em().find(Tenant.class, tenant.id());
            String before = plan(managed);
            managed.allowModules(moduleIds);
            String after = plan(managed);
            if (!before.equals(after)) {
                securityLog.record(TenantContext.actor(), SecurityEvent.Kind.TENANT_PLAN_CHANGED, slug,
                        "before=" + before + " after=" + after);
                settingsHistory.record("plan", before, after);
            }
            return managed;
        });
        moduleStates.forget(tenant.id());
        return changed;
    }

    private static String plan(Tenant tenant) {
        return tenant.allowedModules().map(m -> String.join(",", new TreeSet<>(m))).orElse("*");
    }

    @Transactional
    public Tenant findOrFail(String slug) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :s", Tenant.class).setParameter("s", slug)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("tenant", null));
    }

    /** Checks the request; answers its template, if it names one. */
    private TenantTemplate validate(NewTenant r) {
        Map<String, String> errors = new LinkedHashMap<>();
        TenantTemplate template = null;
        if (r.template() != null && !r.template().isBlank()) {
            template = TenantTemplates.find(r.template().strip()).orElse(null);
            if (template == null) {
                errors.put("template", "validation.tenant.template");
            }
        }
        if (r.slug() == null || !SLUG.matcher(r.slug()).matches()) {
            errors.put("slug", "validation.slug");
        } else if (!self.allTenants().stream().filter(t -> t.slug().equals(r.slug())).toList().isEmpty()) {
            errors.put("slug", "validation.slug.taken");
        }
        try {
            TenantSettings.validate(new TenantSettings.Values(r.name(), r.nameEn(), r.locale(), r.timeZone()));
        } catch (InvalidInput e) {
            errors.putAll(e.fieldMessageKeys());
        }
        try {
            StaffMembers.validateNewMember(r.adminUsername(), r.adminName(), r.adminEmail());
        } catch (InvalidInput e) {
            e.fieldMessageKeys().forEach((field, key) -> errors.put("admin" + Character.toUpperCase(field.charAt(0))
                    + field.substring(1), key));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return template;
    }

    /** Language and time zone left open are the template's. */
    private static NewTenant withTemplateDefaults(NewTenant r) {
        TenantTemplate t = r.template() == null ? null : TenantTemplates.find(r.template().strip()).orElse(null);
        if (t == null) {
            return r;
        }
        return new NewTenant(r.slug(), r.name(), r.nameEn(), blankToNull(r.locale()) == null ? t.locale() : r.locale(),
                blankToNull(r.timeZone()) == null ? t.timeZone() : r.timeZone(), r.adminUsername(), r.adminName(),
                r.adminEmail(), r.template());
    }

    /** The templates a new institution can start from. */
    public List<TenantTemplate> templates() {
        requirePlatformAdmin();
        return TenantTemplates.available();
    }

    private static void requirePlatformAdmin() {
        if (!TenantContext.current().map(TenantContext.Binding::platformAdmin).orElse(false)) {
            throw new AccessDenied(Set.of());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
