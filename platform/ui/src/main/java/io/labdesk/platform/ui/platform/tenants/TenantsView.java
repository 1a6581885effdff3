package io.labdesk.platform.ui.platform.tenants;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.offboarding.TenantExport;
import io.labdesk.platform.core.offboarding.TenantExports;
import io.labdesk.platform.core.offboarding.TenantRemoval;
import io.labdesk.platform.core.onboarding.TenantTemplate;
import io.labdesk.platform.core.operator.PlatformTenants;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.OneTimePassword;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operators' list of institutions: status and size; create, suspend, resume; and the shipped calendars' years
 * with the institutions whose calendar runs out of holidays.
 */
@Route(value = "platform/tenants", layout = MainLayout.class)
public class TenantsView extends Div implements HasDynamicTitle {

    private final PlatformTenants tenants;
    private final TenantExports exports;
    private final TenantRemoval removal;
    private final InstalledModules modules;
    private final Grid<PlatformTenants.Usage> grid = new Grid<>();

    @Inject
    public TenantsView(PlatformTenants tenants, InstalledModules modules, TenantExports exports,
                       TenantRemoval removal, ShippedCalendars shippedCalendars) {
        this.tenants = tenants;
        this.exports = exports;
        this.removal = removal;
        this.modules = modules;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.tenants")));
        Button create = new Button(getTranslation("tenants.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("tenants-grid");
        grid.addColumn(u -> u.tenant().slug()).setHeader(getTranslation("tenants.slug")).setAutoWidth(true);
        grid.addColumn(u -> u.tenant().name(getLocale())).setHeader(getTranslation("tenants.name")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation("tenants.status." + u.tenant().status().name()))
                .setHeader(getTranslation("tenants.status")).setAutoWidth(true);
        grid.addColumn(PlatformTenants.Usage::members).setHeader(getTranslation("tenants.members")).setAutoWidth(true);
        grid.addColumn(PlatformTenants.Usage::requestsThisMonth).setHeader(getTranslation("tenants.requestsThisMonth"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button plan = new Button(u.tenant().allowedModules().map(m -> m.stream().sorted()
                    .collect(Collectors.joining(", "))).orElse(getTranslation("tenants.modules.all")),
                    VaadinIcon.PLUG.create(), e -> openPlan(u.tenant()));
            plan.setId("plan-" + u.tenant().slug());
            plan.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return plan;
        }).setHeader(getTranslation("tenants.modules")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            boolean suspended = u.tenant().suspended();
            Button toggle = new Button(getTranslation(suspended ? "tenants.resume" : "tenants.suspend"), e -> {
                if (Problems.attempt(getLocale(), Map.of(), () -> tenants.setStatus(u.tenant().slug(),
                        suspended ? Tenant.Status.ACTIVE : Tenant.Status.SUSPENDED))) {
                    refresh();
                    Feedback.done(getTranslation(suspended ? "tenants.resumed" : "tenants.suspended",
                            u.tenant().name(getLocale())));
                }
            });
            toggle.setId((suspended ? "resume-" : "suspend-") + u.tenant().slug());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button export = new Button(getTranslation("tenants.export"), VaadinIcon.DOWNLOAD.create(),
                    e -> openExport(u.tenant()));
            export.setId("export-" + u.tenant().slug());
            export.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("tenants.delete"), VaadinIcon.TRASH.create(),
                    e -> openDelete(u.tenant()));
            delete.setId("delete-" + u.tenant().slug());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(toggle, export, delete);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        EmptyState.in(grid, getTranslation("tenants.empty"), getTranslation("tenants.empty.next"));
        add(create, grid);
        Problems.attempt(getLocale(), Map.of(), this::refresh);
        Problems.attempt(getLocale(), Map.of(), () -> add(new ShippedCalendarsSection(shippedCalendars)));
    }

    private void refresh() {
        grid.setItems(tenants.list());
    }

    /** Exports all of the tenant's data, showing how far it got, then offers the archive. */
    private void openExport(Tenant tenant) {
        TenantExport[] export = new TenantExport[1];
        if (!Problems.attempt(getLocale(), Map.of(), () -> export[0] = exports.start(tenant.slug()))) {
            return;
        }
        TenantContext.Binding binding = TenantContext.current().orElseThrow();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.export") + " · " + tenant.name(getLocale()));
        ProgressBar progress = new ProgressBar(0, 100, 0);
        progress.setId("export-progress");
        Span state = new Span(getTranslation("tenants.export.running", 0, 0));
        state.setId("export-state");
        Div done = new Div();
        dialog.add(new Paragraph(getTranslation(tenant.suspended() ? "tenants.export.suspended"
                : "tenants.export.active")), progress, state, done);
        UI ui = UI.getCurrent();
        Registration[] polling = new Registration[1];
        polling[0] = ui.addPollListener(e -> {
            TenantExport now = export[0];
            progress.setValue(now.percent());
            state.setText(getTranslation("tenants.export.running", now.tablesDone(), now.tables()));
            if (now.status() == TenantExport.Status.RUNNING) {
                return;
            }
            polling[0].remove();
            ui.setPollInterval(-1);
            if (now.status() == TenantExport.Status.FAILED) {
                state.setText(getTranslation("tenants.export.failed", now.failure()));
                return;
            }
            state.setText(getTranslation("tenants.export.done", now.tables(), now.rows()));
            // Downloads reach the server outside the request filter: bind the platform admin's own session.
            Anchor download = new Anchor(DownloadHandler.fromInputStream(d -> {
                try (TenantContext.Scope ignored = TenantContext.bind(binding)) {
                    return new DownloadResponse(exports.archive(tenant.slug(), now.id()), now.fileName(),
                            "application/zip", -1);
                }
            }), getTranslation("tenants.export.download"));
            download.setId("export-download");
            done.add(download);
            refresh();
        });
        ui.setPollInterval(500);
        dialog.addDialogCloseActionListener(e -> {
            polling[0].remove();
            ui.setPollInterval(-1);
            dialog.close();
        });
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> {
            polling[0].remove();
            ui.setPollInterval(-1);
            dialog.close();
        }));
        dialog.open();
    }

    /** Deletes the tenant after it was suspended and exported, once its slug is typed to confirm. */
    private void openDelete(Tenant tenant) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.delete") + " · " + tenant.name(getLocale()));
        Paragraph warning = new Paragraph(getTranslation("tenants.delete.warning", tenant.slug()));
        Paragraph exported = new Paragraph(tenant.exportedAt() == null ? getTranslation("tenants.delete.notExported")
                : getTranslation("tenants.delete.exported", tenant.localTime(tenant.exportedAt())));
        exported.setId("delete-export-state");
        TextField confirm = new TextField(getTranslation("tenants.delete.confirm"));
        confirm.setId("delete-confirm");
        confirm.setWidthFull();
        Button delete = new Button(getTranslation("tenants.delete"), e -> {
            if (Problems.attempt(getLocale(), Map.of("confirm", confirm),
                    () -> removal.remove(tenant.slug(), confirm.getValue()))) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("tenants.delete.done", tenant.slug()));
            }
        });
        delete.setId("confirm-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        confirm.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        confirm.addValueChangeListener(e -> delete.setEnabled(tenant.slug().equals(e.getValue().strip())));
        dialog.add(warning, exported, confirm);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    /** The tenant's plan: every installed module, or the ones ticked. */
    private void openPlan(Tenant tenant) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.modules") + " · " + tenant.name(getLocale()));
        Checkbox all = new Checkbox(getTranslation("tenants.modules.all"), tenant.allowedModules().isEmpty());
        all.setId("plan-all");
        CheckboxGroup<String> chosen = new CheckboxGroup<>();
        chosen.setId("plan-modules");
        chosen.setItems(modules.all().stream().map(LabDeskModule::id).toList());
        chosen.setItemLabelGenerator(id -> modules.find(id).map(m -> m.name().in(getLocale())).orElse(id));
        chosen.setValue(tenant.allowedModules().orElse(Set.of()));
        chosen.setEnabled(!all.getValue());
        all.addValueChangeListener(e -> chosen.setEnabled(!e.getValue()));
        dialog.add(new Div(all), chosen);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Problems.attempt(getLocale(), Map.of(), () -> tenants.allowModules(tenant.slug(),
                    all.getValue() ? null : Set.copyOf(chosen.getValue())))) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("tenants.modules.saved", tenant.name(getLocale())));
            }
        });
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.create"));
        TextField slug = field("tenants.slug", "new-slug");
        TextField name = field("tenants.name", "new-name");
        TextField nameEn = field("tenants.nameEn", "new-name-en");
        Select<String> locale = new Select<>();
        locale.setLabel(getTranslation("tenants.locale"));
        locale.setItems(Languages.TAGS);
        locale.setItemLabelGenerator(Languages::name);
        locale.setValue("zh-CN");
        TextField timeZone = field("tenants.timeZone", "new-time-zone");
        timeZone.setValue("Asia/Shanghai");
        TextField adminUsername = field("tenants.adminUsername", "new-admin-username");
        TextField adminName = field("tenants.adminName", "new-admin-name");
        EmailField adminEmail = new EmailField(getTranslation("tenants.adminEmail"));
        adminEmail.setId("new-admin-email");
        Select<TenantTemplate> template = new Select<>();
        template.setId("new-template");
        template.setLabel(getTranslation("tenants.template"));
        template.setItems(tenants.templates());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("tenants.template.none"));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("tenants.template.none") : t.name(getLocale()));
        Paragraph templateText = new Paragraph();
        templateText.setId("template-description");
        templateText.addClassName("labdesk-muted");
        template.addValueChangeListener(e -> {
            templateText.setText(e.getValue() == null ? "" : e.getValue().description(getLocale()));
            if (e.getValue() != null) {
                locale.setValue(e.getValue().locale());
                timeZone.setValue(e.getValue().timeZone());
            }
        });
        FormLayout layout = new FormLayout(template, templateText, slug, name, nameEn, locale, timeZone,
                adminUsername, adminName, adminEmail);
        layout.setColspan(templateText, 2);
        dialog.add(layout);
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("template", template);
        fields.put("slug", slug);
        fields.put("name", name);
        fields.put("nameEn", nameEn);
        fields.put("timeZone", timeZone);
        fields.put("adminUsername", adminUsername);
        fields.put("adminName", adminName);
        fields.put("adminEmail", adminEmail);
        Button save = new Button(getTranslation("action.save"), e -> {
            PlatformTenants.Created[] created = new PlatformTenants.Created[1];
            if (Problems.attempt(getLocale(), fields, () -> created[0] = tenants.create(new PlatformTenants.NewTenant(
                    slug.getValue().strip(), name.getValue(), nameEn.getValue(), locale.getValue(),
                    timeZone.getValue().strip(), adminUsername.getValue(), adminName.getValue(),
                    adminEmail.getValue(), template.getValue() == null ? null : template.getValue().id())))) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("tenants.created", name.getValue()));
                OneTimePassword.showIfNew(created[0].admin());
            }
        });
        save.setId("save-tenant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private TextField field(String label, String id) {
        TextField f = new TextField(getTranslation(label));
        f.setId(id);
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tenants") + " · LabDesk";
    }
}
