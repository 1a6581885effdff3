package io.labdesk.platform.ui.admin.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.module.ModuleAdministration;
import io.labdesk.platform.core.module.ModuleAdministration.ModuleState;
import io.labdesk.platform.core.module.ModuleTasks;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.NotAllowed;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tenant admin's modules: what each does, its permissions, on or off (within the plan), and its settings in a
 * form built from the module's settings schema.
 */
@Route(value = "admin/modules", layout = MainLayout.class)
public class ModulesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ModuleAdministration administration;
    private final ModuleTasks moduleTasks;
    private final Div cards = new Div();
    private static final String SWITCHED_ON = "on";
    private static final String SWITCHED_OFF = "off";

    @Inject
    public ModulesView(ModuleAdministration administration, ModuleTasks moduleTasks, CurrentTenant currentTenant) {
        this.administration = administration;
        this.moduleTasks = moduleTasks;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.modules")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(NotAllowed.adminsOnly(this, getTranslation("nav.modules")));
            return;
        }
        cards.setId("modules");
        add(new Paragraph(getTranslation("modules.intro")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var states = administration.list();
        if (states.isEmpty()) {
            cards.add(new Paragraph(getTranslation("modules.none")));
        }
        states.forEach(state -> cards.add(card(state)));
    }

    private Component card(ModuleState state) {
        LabDeskModule module = state.module();
        Div card = new Div();
        card.setId("module-" + module.id());
        card.addClassName("labdesk-card");
        Span status = new Span(getTranslation(!state.allowed() ? "modules.notInPlan"
                : state.enabled() ? "modules.enabled" : "modules.disabled"));
        status.setId("module-status-" + module.id());
        status.getElement().getThemeList().add(state.enabled() ? "badge success" : "badge contrast");
        card.add(new H3(module.name().in(getLocale())), status, new Paragraph(module.description().in(getLocale())));
        if (!module.permissions().isEmpty()) {
            Div permissions = new Div();
            permissions.addClassName("labdesk-muted");
            module.permissions().forEach(p -> permissions.add(new Div(p.name().in(getLocale()) + " — "
                    + p.defaultRoles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                    .collect(Collectors.joining("、")))));
            card.add(permissions);
        }
        Button toggle = new Button(getTranslation(state.enabled() ? "modules.disable" : "modules.enable"), e -> {
            if (Problems.attempt(getLocale(), Map.of(), () -> administration.enable(module.id(), !state.enabled(),
                    state.version()))) {
                // The navigation and this session's routes follow the change; the page loaded anew confirms it.
                getUI().ifPresent(ui -> ui.getPage().setLocation("admin/modules?" + (state.enabled() ? SWITCHED_OFF
                        : SWITCHED_ON) + "=" + module.id()));
            }
        });
        toggle.setId((state.enabled() ? "disable-" : "enable-") + module.id());
        toggle.setEnabled(state.allowed() || state.enabled());
        toggle.addThemeVariants(state.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        card.add(toggle);
        if (state.enabled()) {
            // What keeps the module from working here, shown from the moment it is switched on.
            card.add(new SetupWarnings(moduleTasks.setupWarnings(module.id())));
        }
        if (!module.settings().fields().isEmpty()) {
            Button settings = new Button(getTranslation("modules.settings"), e -> openSettings(state));
            settings.setId("settings-" + module.id());
            card.add(settings);
        }
        return card;
    }

    private void openSettings(ModuleState state) {
        LabDeskModule module = state.module();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(module.name().in(getLocale()));
        FormLayout form = new FormLayout();
        Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
        Map<String, HasValidation> validated = new LinkedHashMap<>();
        for (SettingField field : module.settings().fields()) {
            String value = state.settings().values().getOrDefault(field.key(), "");
            Component input = switch (field.kind()) {
                case FLAG -> {
                    Checkbox box = new Checkbox(field.label().in(getLocale()), Boolean.parseBoolean(value));
                    inputs.put(field.key(), box);
                    yield box;
                }
                case CHOICE -> {
                    Select<String> select = new Select<>();
                    select.setLabel(field.label().in(getLocale()));
                    select.setItems(field.choices().stream().map(SettingField.Choice::value).toList());
                    select.setItemLabelGenerator(v -> field.choices().stream().filter(c -> c.value().equals(v))
                            .findFirst().map(c -> c.label().in(getLocale())).orElse(v));
                    select.setValue(value);
                    inputs.put(field.key(), select);
                    validated.put(field.key(), select);
                    yield select;
                }
                default -> {
                    TextField text = new TextField(field.label().in(getLocale()));
                    text.setValue(value);
                    text.setRequiredIndicatorVisible(field.required());
                    if (field.kind() == SettingField.Kind.NUMBER) {
                        text.setHelperText(field.min() + " – " + field.max());
                    }
                    inputs.put(field.key(), text);
                    validated.put(field.key(), text);
                    yield text;
                }
            };
            input.setId("setting-" + field.key());
            if (field.help() != null && input instanceof TextField text) {
                text.setHelperText(field.help().in(getLocale()));
            }
            form.add(input);
        }
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, String> values = new LinkedHashMap<>();
            inputs.forEach((key, input) -> values.put(key, input.getValue() == null ? "" : input.getValue().toString()));
            if (Problems.attempt(getLocale(), validated, () -> administration.configure(module.id(), values,
                    state.version()))) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("modules.settings.saved", module.name().in(getLocale())));
            }
        });
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** {@code ?on=<module>} or {@code ?off=<module>}: the page after a switch confirms it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (cards.getParent().isEmpty()) {
            return; // not an admin here: no modules to speak of
        }
        Map<String, List<String>> asked = event.getLocation().getQueryParameters().getParameters();
        for (String switched : List.of(SWITCHED_ON, SWITCHED_OFF)) {
            asked.getOrDefault(switched, List.of()).stream().findFirst()
                    .flatMap(id -> administration.list().stream().filter(s -> s.module().id().equals(id)).findFirst())
                    .ifPresent(s -> {
                        Notification note = Notification.show(getTranslation("modules.switched." + switched,
                                s.module().name().in(getLocale())), 5000, Notification.Position.BOTTOM_START);
                        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        note.setId("modules-switched");
                    });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.modules") + " · LabDesk";
    }
}
