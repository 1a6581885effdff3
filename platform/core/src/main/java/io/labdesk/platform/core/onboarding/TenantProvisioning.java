package io.labdesk.platform.core.onboarding;

import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.customer.Customers;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.module.ModuleAdministration;
import io.labdesk.platform.core.request.RequestIntake;
import io.labdesk.platform.core.request.RequestSlas;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Creates a tenant's LabDesk side in one transaction: the platform row and its first members. The new tenant's id
 * is bound before the transaction starts, so its members belong to it and row-level security admits them.
 */
@ApplicationScoped
public class TenantProvisioning {

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    SecurityLog securityLog;

    @Inject
    TenantCalendars calendars;

    @Inject
    ShippedCalendars shippedCalendars;

    @Inject
    RequestTypes requestTypes;

    @Inject
    RequestIntake intake;

    @Inject
    SlaPolicies slaPolicies;

    @Inject
    Customers customers;

    @Inject
    RequestSlas requestSlas;

    @Inject
    io.labdesk.platform.core.staff.StaffTraining training;

    @Inject
    ModuleAdministration modules;

    @Inject
    SettingsHistory settingsHistory;

    @Inject
    IntakeForms intakeForms;

    @Inject
    Brands brands;

    public Tenant create(TenantDefinition definition) {
        return create(definition, null);
    }

    /**
     * A new tenant as defined; with a template, its SLA policy, the request types it offers and its modules'
     * settings come from the template (calendar and modules are named in the definition).
     */
    public Tenant create(TenantDefinition definition, TenantTemplate template) {
        UUID id = UUID.randomUUID();
        return transactions.inTenant(id, () -> {
            Tenant tenant = new Tenant(id, definition.slug(), definition.name(), definition.nameEn(),
                    definition.locale(), definition.timeZone());
            tenantData.em().persist(tenant);
            tenantData.em().flush();
            for (TenantDefinition.Staff staff : definition.staff()) {
                tenantData.em().persist(new TenantMember(staff.username(), staff.name(), staff.email(), staff.roles()));
                securityLog.record(TenantContext.actor(), SecurityEvent.Kind.MEMBER_ADDED, staff.username(),
                        "roles=" + staff.roles().stream().sorted().toList());
            }
            tenantData.em().flush();
            addTraining(definition);
            addCalendar(definition);
            requestTypes.addDefaults();
            if (template != null) {
                requestTypes.offerOnly(template.requestTypes());
                slaPolicies.replace(template.sla());
            }
            slaPolicies.addDefaults();
            intakeForms.addDefaults(template == null ? IntakeForm.defaults() : template.intakeForm());
            brands.addDefaults();
            modules.addMissing(definition.modules());
            if (template != null) {
                modules.startWith(template.moduleSettings());
            }
            settingsHistory.record("tenant", null, template == null ? "created from " + definition.slug()
                    : "created from template " + template.id());
            addDemoRequests(definition);
            return tenant;
        });
    }

    /**
     * Gives an existing tenant what later versions of LabDesk add to new ones (its calendar, the default request
     * types and SLA policy, customers for older requests, the definition's sample requests), each only if missing.
     */
    public void complete(Tenant tenant, TenantDefinition definition) {
        transactions.inTenant(tenant.id(), () -> {
            if (calendars.findDefault().isEmpty()) {
                addCalendar(definition);
            }
            requestTypes.addDefaults();
            slaPolicies.addDefaults();
            intakeForms.addDefaults();
            brands.addDefaults();
            customers.linkUnlinked();
            requestSlas.reportMissing();
            modules.addMissing(List.of());
            if (settingsHistory.isEmpty()) {
                settingsHistory.record("tenant", null, "created from " + definition.slug());
            }
            addDemoRequests(definition);
            addTraining(definition);
            return null;
        });
    }

    private void addTraining(TenantDefinition definition) {
        for (TenantDefinition.Staff staff : definition.staff()) {
            for (io.labdesk.platform.core.staff.TrainingRules.Entry entry : staff.training()) {
                training.seed(staff.username(), entry);
            }
        }
    }

    private void addDemoRequests(TenantDefinition definition) {
        for (TenantDefinition.DemoRequest demo : definition.requests()) {
            intake.receive(demo.intake(), "demo:" + demo.key(), "system");
        }
    }

    private void addCalendar(TenantDefinition definition) {
        if (definition.calendar() != null) {
            // The shipped file with the years the operator added since.
            shippedCalendars.find(definition.calendar())
                    .ifPresent(shipped -> calendars.addFollowing(definition.calendar(), shipped.yaml()));
        }
    }
}
