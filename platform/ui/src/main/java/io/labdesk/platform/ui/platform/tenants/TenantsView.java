package io.labdesk.platform.ui.platform.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.tenant.PlatformTenants;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.OneTimePassword;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The operators' list of institutions: status and size; create, suspend, resume. */
@Route(value = "platform/tenants", layout = MainLayout.class)
public class TenantsView extends Div implements HasDynamicTitle {

    private final PlatformTenants tenants;
    private final InstalledModules modules;
    private final Grid<PlatformTenants.Usage> grid = new Grid<>();

    @Inject
    public TenantsView(PlatformTenants tenants, InstalledModules modules) {
        this.tenants = tenants;
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
                }
            });
            toggle.setId((suspended ? "resume-" : "suspend-") + u.tenant().slug());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return toggle;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(create, grid);
        Problems.attempt(getLocale(), Map.of(), this::refresh);
    }

    private void refresh() {
        grid.setItems(tenants.list());
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
        locale.setItems("zh-CN", "en");
        locale.setValue("zh-CN");
        TextField timeZone = field("tenants.timeZone", "new-time-zone");
        timeZone.setValue("Asia/Shanghai");
        TextField adminUsername = field("tenants.adminUsername", "new-admin-username");
        TextField adminName = field("tenants.adminName", "new-admin-name");
        EmailField adminEmail = new EmailField(getTranslation("tenants.adminEmail"));
        adminEmail.setId("new-admin-email");
        dialog.add(new FormLayout(slug, name, nameEn, locale, timeZone, adminUsername, adminName, adminEmail));
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
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
                    adminEmail.getValue())))) {
                dialog.close();
                refresh();
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
