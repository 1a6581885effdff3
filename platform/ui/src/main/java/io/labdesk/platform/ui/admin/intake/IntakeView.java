package io.labdesk.platform.ui.admin.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.NotAllowed;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant admin's intake: the request types offered, what the public form asks (and requires), how priorities
 * are named and which are offered, and the institution's words on the customers' tracking page.
 */
@Route(value = "admin/intake", layout = MainLayout.class)
public class IntakeView extends Div implements HasDynamicTitle {

    private final RequestTypes types;
    private final IntakeForms forms;
    private final Grid<RequestType> typeGrid = new Grid<>();
    private final Map<String, Select<IntakeForm.FieldRule>> rules = new LinkedHashMap<>();
    private final Map<Priority, Checkbox> offered = new EnumMap<>(Priority.class);
    private final Map<Priority, TextField> namesZh = new EnumMap<>(Priority.class);
    private final Map<Priority, TextField> namesEn = new EnumMap<>(Priority.class);
    private final Select<Priority> defaultPriority = new Select<>();
    private final TextArea introZh = wording("introZh");
    private final TextArea introEn = wording("introEn");
    private final TextArea contactZh = wording("contactZh");
    private final TextArea contactEn = wording("contactEn");
    private long version;

    @Inject
    public IntakeView(RequestTypes types, IntakeForms forms, CurrentTenant currentTenant, TenantSettings settings) {
        this.types = types;
        this.forms = forms;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.intake")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(NotAllowed.adminsOnly(this, getTranslation("nav.intake")));
            return;
        }
        Anchor publicForm = new Anchor("/t/" + settings.current().slug() + "/request",
                getTranslation("intake.openPublicForm"));
        publicForm.setTarget("_blank");
        publicForm.setId("open-public-form");
        add(new Paragraph(getTranslation("intake.intro")), publicForm, typesSection(), fieldsSection(),
                prioritiesSection(), trackingSection(), saveBar());
        refreshTypes();
        show(forms.edition());
    }

    private Component typesSection() {
        typeGrid.setId("request-types");
        typeGrid.addColumn(RequestType::sortOrder).setHeader(getTranslation("intake.type.order")).setAutoWidth(true)
                .setFlexGrow(0);
        typeGrid.addColumn(RequestType::code).setHeader(getTranslation("intake.type.code")).setAutoWidth(true);
        typeGrid.addColumn(RequestType::nameZh).setHeader(getTranslation("intake.type.nameZh"));
        typeGrid.addColumn(RequestType::nameEn).setHeader(getTranslation("intake.type.nameEn"));
        typeGrid.addComponentColumn(t -> {
            Span state = new Span(getTranslation(t.active() ? "intake.type.active" : "intake.type.inactive"));
            state.getElement().getThemeList().add(t.active() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("intake.type.state")).setAutoWidth(true);
        typeGrid.addComponentColumn(t -> {
            Button edit = new Button(getTranslation("action.edit"), e -> editType(t));
            edit.setId("edit-type-" + t.code());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        typeGrid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("intake.type.add"), e -> editType(null));
        add.setId("add-type");
        return new Div(new H3(getTranslation("intake.types")), new Span(getTranslation("intake.types.help")),
                typeGrid, add);
    }

    private void refreshTypes() {
        typeGrid.setItems(types.list());
    }

    private void editType(RequestType type) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(type == null ? "intake.type.add" : "intake.type.edit"));
        TextField code = new TextField(getTranslation("intake.type.code"));
        code.setId("type-code");
        code.setHelperText(getTranslation("intake.type.codeHelp"));
        TextField nameZh = new TextField(getTranslation("intake.type.nameZh"));
        nameZh.setId("type-name-zh");
        TextField nameEn = new TextField(getTranslation("intake.type.nameEn"));
        nameEn.setId("type-name-en");
        IntegerField order = new IntegerField(getTranslation("intake.type.order"));
        order.setId("type-order");
        Checkbox active = new Checkbox(getTranslation("intake.type.active"), true);
        active.setId("type-active");
        if (type != null) {
            code.setValue(type.code());
            code.setReadOnly(true);
            nameZh.setValue(type.nameZh());
            nameEn.setValue(type.nameEn());
            order.setValue(type.sortOrder());
            active.setValue(type.active());
        }
        Map<String, HasValidation> fields = Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn,
                "sortOrder", order);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Problems.attempt(getLocale(), fields, () -> types.define(new RequestTypes.Definition(
                    code.getValue().strip(), nameZh.getValue(), nameEn.getValue(), active.getValue(),
                    order.getValue(), type == null ? null : type.version())))) {
                dialog.close();
                refreshTypes();
                Feedback.done(getTranslation("action.saved"));
            }
        });
        save.setId("save-type");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, order, nameZh, nameEn, active));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component fieldsSection() {
        FormLayout layout = new FormLayout();
        for (String field : IntakeForm.FIELDS) {
            Select<IntakeForm.FieldRule> rule = new Select<>();
            rule.setId("rule-" + field);
            rule.setLabel(getTranslation("public.field." + field));
            rule.setItems("emergency".equals(field)
                    ? List.of(IntakeForm.FieldRule.OPTIONAL, IntakeForm.FieldRule.HIDDEN)
                    : List.of(IntakeForm.FieldRule.values()));
            rule.setItemLabelGenerator(r -> getTranslation("intake.rule." + r.name()));
            rules.put(field, rule);
            layout.add(rule);
        }
        return new Div(new H3(getTranslation("intake.fields")), new Span(getTranslation("intake.fields.help")),
                layout);
    }

    private Component prioritiesSection() {
        Div rows = new Div();
        for (Priority p : Priority.values()) {
            Checkbox box = new Checkbox(getTranslation("request.priority." + p.name()));
            box.setId("offer-" + p.name());
            box.setWidth("7em");
            TextField zh = new TextField(getTranslation("intake.priority.nameZh"));
            zh.setId("priority-zh-" + p.name());
            TextField en = new TextField(getTranslation("intake.priority.nameEn"));
            en.setId("priority-en-" + p.name());
            offered.put(p, box);
            namesZh.put(p, zh);
            namesEn.put(p, en);
            HorizontalLayout row = new HorizontalLayout(box, zh, en);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            rows.add(row);
        }
        defaultPriority.setId("default-priority");
        defaultPriority.setLabel(getTranslation("intake.priority.default"));
        defaultPriority.setItems(Priority.values());
        defaultPriority.setItemLabelGenerator(p -> getTranslation("request.priority." + p.name()));
        return new Div(new H3(getTranslation("intake.priorities")), new Span(getTranslation("intake.priorities.help")),
                rows, defaultPriority);
    }

    private Component trackingSection() {
        FormLayout layout = new FormLayout(introZh, introEn, contactZh, contactEn);
        return new Div(new H3(getTranslation("intake.tracking")), new Span(getTranslation("intake.tracking.help")),
                layout);
    }

    private TextArea wording(String key) {
        TextArea area = new TextArea(getTranslation("intake.tracking." + key));
        area.setId("tracking-" + key);
        area.setMaxLength(IntakeForm.MAX_WORDING);
        return area;
    }

    private Component saveBar() {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-intake");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(save);
    }

    private void show(IntakeForms.Edition edition) {
        version = edition.version();
        IntakeForm form = edition.form();
        rules.forEach((field, select) -> select.setValue(form.rule(field)));
        for (IntakeForm.PriorityChoice p : form.priorities()) {
            offered.get(p.priority()).setValue(p.offered());
            namesZh.get(p.priority()).setValue(p.nameZh());
            namesEn.get(p.priority()).setValue(p.nameEn());
        }
        defaultPriority.setValue(form.defaultPriority());
        introZh.setValue(form.tracking().introZh());
        introEn.setValue(form.tracking().introEn());
        contactZh.setValue(form.tracking().contactZh());
        contactEn.setValue(form.tracking().contactEn());
    }

    private void save() {
        Map<String, IntakeForm.FieldRule> fieldRules = new LinkedHashMap<>();
        rules.forEach((field, select) -> fieldRules.put(field, select.getValue()));
        List<IntakeForm.PriorityChoice> priorities = new ArrayList<>();
        for (Priority p : Priority.values()) {
            priorities.add(new IntakeForm.PriorityChoice(p, offered.get(p).getValue(), namesZh.get(p).getValue(),
                    namesEn.get(p).getValue()));
        }
        IntakeForm form = new IntakeForm(fieldRules, priorities, defaultPriority.getValue(),
                new IntakeForm.TrackingWording(introZh.getValue(), introEn.getValue(), contactZh.getValue(),
                        contactEn.getValue()));
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        rules.forEach((field, select) -> fields.put("fields." + field, select));
        for (Priority p : Priority.values()) {
            fields.put("priorities." + p.name() + ".nameZh", namesZh.get(p));
            fields.put("priorities." + p.name() + ".nameEn", namesEn.get(p));
        }
        fields.put("defaultPriority", defaultPriority);
        fields.put("tracking.introZh", introZh);
        fields.put("tracking.introEn", introEn);
        fields.put("tracking.contactZh", contactZh);
        fields.put("tracking.contactEn", contactEn);
        IntakeForms.Edition[] saved = new IntakeForms.Edition[1];
        if (Problems.attempt(getLocale(), fields, () -> saved[0] = forms.update(form, version))) {
            show(saved[0]);
            Feedback.done(getTranslation("action.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.intake") + " · LabDesk";
    }
}
