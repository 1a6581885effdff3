package io.labdesk.platform.ui.admin.sla;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.sla.SlaPreview;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.NotAllowed;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tenant admin's SLA policy: the request type × priority matrix of targets (acknowledge, first response,
 * delivery; business or clock time), emergencies, warning threshold, goals and escalation, with a live preview of
 * what the policy being edited promises a request received at a chosen moment, on the institution's calendar.
 */
@Route(value = "admin/sla-policy", layout = MainLayout.class)
public class SlaPolicyView extends Div implements HasDynamicTitle {

    /** Matrix columns: any priority, then each priority. */
    private static final List<Priority> COLUMNS = Arrays.asList(null, Priority.LOW, Priority.NORMAL, Priority.HIGH,
            Priority.URGENT);

    private final SlaPolicies policies;
    private final SlaPreview preview;
    private final List<RequestType> types;
    private final ZoneId zone;
    private final List<SlaPolicy.Rule> rules = new ArrayList<>();
    private long version;

    private final Grid<Row> matrix = new Grid<>();
    private final Button emergency = new Button();
    private final IntegerField warning = percentField("sla.policy.warning", "warning-percent");
    private final IntegerField responseGoal = percentField("sla.policy.responseGoal", "response-goal");
    private final IntegerField deliveryGoal = percentField("sla.policy.deliveryGoal", "delivery-goal");
    private final TextField recipients = new TextField();
    private final Span unsaved = new Span();
    private final Select<String> previewType = new Select<>();
    private final Select<Priority> previewPriority = new Select<>();
    private final Checkbox previewEmergency = new Checkbox();
    private final DateTimePicker previewReceived = new DateTimePicker();
    private final Div previewResult = new Div();

    /** A row of the matrix: a request type, or null for the rules of every type. */
    record Row(String type, String label) {
    }

    @Inject
    public SlaPolicyView(SlaPolicies policies, SlaPreview preview, RequestTypes requestTypes,
                         CurrentTenant currentTenant) {
        this.policies = policies;
        this.preview = preview;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.slaPolicy")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            this.types = List.of();
            this.zone = ZoneId.systemDefault();
            add(NotAllowed.adminsOnly(this, getTranslation("nav.slaPolicy")));
            return;
        }
        this.types = requestTypes.list().stream().filter(RequestType::active).toList();
        this.zone = preview.zone();
        load(policies.edition());

        add(new Paragraph(getTranslation("sla.policy.intro")));
        matrix.setId("sla-matrix");
        matrix.addColumn(Row::label).setHeader(getTranslation("request.type")).setAutoWidth(true).setFrozen(true);
        for (Priority priority : COLUMNS) {
            matrix.addComponentColumn(row -> cell(row.type(), priority, false))
                    .setHeader(priority == null ? getTranslation("sla.policy.anyPriority")
                            : getTranslation("request.priority." + priority.name())).setAutoWidth(true);
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null, getTranslation("sla.policy.anyType")));
        types.forEach(t -> rows.add(new Row(t.code(), t.name(getLocale()))));
        matrix.setItems(rows);
        matrix.setAllRowsVisible(true);
        emergency.setId("cell-EMERGENCY");
        emergency.addClickListener(e -> edit(null, null, true));

        recipients.setLabel(getTranslation("sla.policy.escalation"));
        recipients.setId("escalation-recipients");
        recipients.setHelperText(getTranslation("sla.policy.escalation.help"));
        recipients.setWidth("32em");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unsaved.setId("policy-unsaved");
        unsaved.addClassName("labdesk-muted");

        add(new Span(getTranslation("sla.policy.legend")), matrix,
                new HorizontalLayout(new Span(getTranslation("sla.policy.emergency")), emergency),
                new FormLayout(warning, responseGoal, deliveryGoal), recipients,
                new HorizontalLayout(save, unsaved), previewPanel());
        refresh();
    }

    private void load(SlaPolicies.Edition edition) {
        rules.clear();
        rules.addAll(edition.policy().rules());
        version = edition.version();
        warning.setValue(edition.policy().warningPercent());
        responseGoal.setValue(edition.policy().responseGoalPercent());
        deliveryGoal.setValue(edition.policy().deliveryGoalPercent());
        recipients.setValue(String.join(", ", edition.policy().escalationRecipients()));
    }

    /** The policy as edited so far (not yet saved). */
    private SlaPolicy editing() {
        return new SlaPolicy(rules, value(warning), value(responseGoal), value(deliveryGoal),
                Arrays.stream(recipients.getValue().split("[,;，\\s]+")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private Component cell(String type, Priority priority, boolean emergencyRule) {
        Button cell = new Button(summary(effective(type, priority, emergencyRule)),
                e -> edit(type, priority, emergencyRule));
        cell.setId("cell-" + (type == null ? "ANY" : type) + "-" + (priority == null ? "ANY" : priority.name()));
        cell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (rule(type, priority, emergencyRule).isPresent()) {
            cell.addClassName("labdesk-own-rule");
        }
        return cell;
    }

    /** What a request of this cell gets: its own rule's targets, the rest from broader rules. */
    private Map<SlaPolicy.Kind, SlaClock.Target> effective(String type, Priority priority, boolean emergencyRule) {
        return editing().targetsFor(type, priority, emergencyRule);
    }

    private Optional<SlaPolicy.Rule> rule(String type, Priority priority, boolean emergencyRule) {
        return rules.stream().filter(r -> Objects.equals(r.type(), type) && r.priority() == priority
                && r.emergency() == emergencyRule).findFirst();
    }

    private String summary(Map<SlaPolicy.Kind, SlaClock.Target> targets) {
        return Arrays.stream(SlaPolicy.Kind.values())
                .map(k -> targets.containsKey(k) ? length(targets.get(k)) : "–")
                .collect(Collectors.joining(" · "));
    }

    /** "4 h", "90 min"; clock time marked: "2 h (clock)". */
    private String length(SlaClock.Target target) {
        long minutes = target.length().toMinutes();
        String text = minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
        return target.business() ? text : text + " " + getTranslation("sla.policy.clock");
    }

    private void edit(String type, Priority priority, boolean emergencyRule) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(emergencyRule ? getTranslation("sla.policy.emergency")
                : (type == null ? getTranslation("sla.policy.anyType") : typeName(type)) + " × "
                + (priority == null ? getTranslation("sla.policy.anyPriority")
                : getTranslation("request.priority." + priority.name())));
        Optional<SlaPolicy.Rule> own = rule(type, priority, emergencyRule);
        Map<SlaPolicy.Kind, SlaClock.Target> inherited = effective(type, priority, emergencyRule);
        FormLayout form = new FormLayout();
        Map<SlaPolicy.Kind, NumberField> hours = new EnumMap<>(SlaPolicy.Kind.class);
        Map<SlaPolicy.Kind, Checkbox> business = new EnumMap<>(SlaPolicy.Kind.class);
        for (SlaPolicy.Kind kind : SlaPolicy.Kind.values()) {
            NumberField field = new NumberField(getTranslation("sla.target." + kind.name()));
            field.setId("target-" + kind.name());
            field.setSuffixComponent(new Span("h"));
            field.setStep(0.25);
            field.setMin(0);
            SlaClock.Target mine = own.map(r -> r.targets().get(kind)).orElse(null);
            if (mine != null) {
                field.setValue(mine.length().toMinutes() / 60.0);
            } else if (inherited.containsKey(kind)) {
                field.setPlaceholder(getTranslation("sla.policy.inherited", length(inherited.get(kind))));
            }
            Checkbox inBusinessTime = new Checkbox(getTranslation("sla.policy.businessTime"),
                    mine != null ? mine.business() : !emergencyRule);
            inBusinessTime.setId("business-" + kind.name());
            hours.put(kind, field);
            business.put(kind, inBusinessTime);
            form.add(field, inBusinessTime);
        }
        dialog.add(new Paragraph(getTranslation("sla.policy.cell.help")), form);
        Button apply = new Button(getTranslation("sla.policy.apply"), e -> {
            Map<SlaPolicy.Kind, SlaClock.Target> targets = new EnumMap<>(SlaPolicy.Kind.class);
            hours.forEach((kind, field) -> {
                if (field.getValue() != null) {
                    targets.put(kind, new SlaClock.Target(Duration.ofMinutes(Math.round(field.getValue() * 60)),
                            business.get(kind).getValue()));
                }
            });
            own.ifPresent(rules::remove);
            if (!targets.isEmpty()) {
                rules.add(new SlaPolicy.Rule(type, priority, emergencyRule, targets));
            }
            dialog.close();
            changed();
        });
        apply.setId("apply-cell");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("sla.policy.clear"), e -> {
            own.ifPresent(rules::remove);
            dialog.close();
            changed();
        });
        clear.setId("clear-cell");
        clear.setEnabled(own.isPresent());
        dialog.getFooter().add(clear, new Button(getTranslation("action.cancel"), e -> dialog.close()), apply);
        dialog.open();
    }

    private String typeName(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst().map(t -> t.name(getLocale()))
                .orElse(code);
    }

    private void changed() {
        unsaved.setText(getTranslation("sla.policy.unsaved"));
        refresh();
    }

    private void refresh() {
        matrix.getDataProvider().refreshAll();
        emergency.setText(summary(effective(null, null, true)));
        updatePreview();
    }

    private void save() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("warningPercent", warning);
        fields.put("responseGoalPercent", responseGoal);
        fields.put("deliveryGoalPercent", deliveryGoal);
        fields.put("escalationRecipients", recipients);
        SlaPolicies.Edition[] saved = new SlaPolicies.Edition[1];
        if (Problems.attempt(getLocale(), fields, () -> saved[0] = policies.update(editing(), version))) {
            load(saved[0]);
            unsaved.setText("");
            refresh();
            Feedback.done(getTranslation("action.saved"));
        }
    }

    private Component previewPanel() {
        previewType.setLabel(getTranslation("request.type"));
        previewType.setId("preview-type");
        previewType.setItems(types.stream().map(RequestType::code).toList());
        previewType.setItemLabelGenerator(this::typeName);
        types.stream().findFirst().ifPresent(t -> previewType.setValue(t.code()));
        previewPriority.setLabel(getTranslation("request.priority"));
        previewPriority.setId("preview-priority");
        previewPriority.setItems(Priority.values());
        previewPriority.setItemLabelGenerator(p -> getTranslation("request.priority." + p.name()));
        previewPriority.setValue(Priority.NORMAL);
        previewEmergency.setLabel(getTranslation("sla.policy.emergency"));
        previewEmergency.setId("preview-emergency");
        previewReceived.setLabel(getTranslation("sla.policy.receivedAt"));
        previewReceived.setId("preview-received");
        previewReceived.setValue(LocalDateTime.now(zone).withSecond(0).withNano(0));
        previewType.addValueChangeListener(e -> updatePreview());
        previewPriority.addValueChangeListener(e -> updatePreview());
        previewEmergency.addValueChangeListener(e -> updatePreview());
        previewReceived.addValueChangeListener(e -> updatePreview());
        previewResult.setId("sla-preview");
        Div panel = new Div(new H3(getTranslation("sla.policy.preview")),
                new HorizontalLayout(previewType, previewPriority, previewReceived, previewEmergency), previewResult);
        panel.addClassName("labdesk-card");
        return panel;
    }

    private void updatePreview() {
        previewResult.removeAll();
        LocalDateTime received = previewReceived.getValue();
        if (received == null || previewType.getValue() == null || previewPriority.getValue() == null) {
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", getLocale());
        for (SlaPreview.Due due : preview.preview(editing(), previewType.getValue(), previewPriority.getValue(),
                previewEmergency.getValue(), received.atZone(zone).toInstant())) {
            Div line = new Div(getTranslation("sla.policy.previewLine", format.format(received),
                    getTranslation("sla.target." + due.kind().name()), length(due.target()),
                    format.format(due.due().atZone(zone))));
            line.setId("preview-" + due.kind().name());
            previewResult.add(line);
        }
    }

    private IntegerField percentField(String label, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setSuffixComponent(new Span("%"));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.slaPolicy") + " · LabDesk";
    }
}
