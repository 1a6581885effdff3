package io.labdesk.platform.ui.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.capa.ActionRegister;
import io.labdesk.platform.core.capa.ActionStep;
import io.labdesk.platform.core.capa.CorrectiveAction;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of corrective and preventive actions: filter by status or overdue, raise a preventive action for a
 * tendency, and follow one through plan, steps, verification by someone else, closure.
 */
@Route(value = "actions", layout = MainLayout.class)
public class ActionsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ActionRegister register;
    private final CurrentTenant currentTenant;
    private final List<TenantMember> staff;
    /** People by name in lists and details; usernames only in the selects, beside the name. */
    private final ActorNames names;
    private final ZoneId zone;
    private final Grid<CorrectiveAction> grid = new Grid<>();
    private final Select<CorrectiveActions.Status> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox mine = new Checkbox();

    @Inject
    public ActionsView(ActionRegister register, CurrentTenant currentTenant, StaffMembers members,
                       TenantSettings settings) {
        this.register = register;
        this.currentTenant = currentTenant;
        this.staff = members.active();
        this.names = members.names();
        this.zone = ZoneId.of(settings.current().timeZone());
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.actions")), new Paragraph(getTranslation("actions.intro")));
        status.setId("actions-status");
        status.setLabel(getTranslation("actions.status"));
        status.setItems(CorrectiveActions.Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("queue.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("queue.any")
                : getTranslation("actions.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        overdue.setId("actions-overdue");
        overdue.setLabel(getTranslation("actions.overdueOnly"));
        overdue.addValueChangeListener(e -> refresh());
        mine.setId("actions-mine");
        mine.setLabel(getTranslation("actions.mineOnly"));
        mine.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(status, overdue, mine);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (currentTenant.hasAny(TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN)) {
            Button raise = new Button(getTranslation("actions.raise"), VaadinIcon.PLUS.create(), e -> openRaise());
            raise.setId("raise-action");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addComponentAsFirst(raise);
        }
        grid.setId("actions-grid");
        grid.addColumn(CorrectiveAction::number).setHeader(getTranslation("actions.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> getTranslation("actions.kind." + a.kind().name())).setHeader(getTranslation("actions.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("actions.status")).setAutoWidth(true);
        grid.addColumn(a -> a.sourceReference() == null ? "" : a.sourceReference())
                .setHeader(getTranslation("actions.source")).setAutoWidth(true);
        grid.addColumn(CorrectiveAction::problem).setHeader(getTranslation("actions.problem")).setFlexGrow(2);
        grid.addColumn(a -> a.owner() == null ? "" : names.staff(a.owner())).setHeader(getTranslation("actions.owner"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.dueOn() == null ? "" : a.dueOn().toString()).setHeader(getTranslation("actions.dueOn"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        EmptyState.in(grid, getTranslation("actions.empty"), getTranslation(
                currentTenant.hasAny(TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN) ? "actions.empty.next"
                        : "actions.empty.nextOthers"));
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        overdue.setValue(event.getLocation().getQueryParameters().getParameters().containsKey("overdue"));
        mine.setValue(event.getLocation().getQueryParameters().getParameters().containsKey("mine"));
        refresh();
    }

    private void refresh() {
        String me = currentTenant.actor();
        // Mine: the open actions I own, as the home page counts them.
        grid.setItems(register.list(status.getValue(), overdue.getValue()).stream().filter(a -> !mine.getValue()
                || me.equals(a.owner()) && a.status() != CorrectiveActions.Status.CLOSED).toList());
    }

    private Component statusBadge(CorrectiveAction a) {
        boolean late = a.overdue(LocalDate.now(zone));
        Span badge = new Span(getTranslation("actions.status." + a.status().name())
                + (late ? " · " + getTranslation("actions.overdue") : ""));
        badge.getElement().getThemeList().add(late ? "badge error" : a.status() == CorrectiveActions.Status.CLOSED
                ? "badge success" : "badge");
        return badge;
    }

    private void openRaise() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("actions.raise"));
        Select<CorrectiveActions.Kind> kind = new Select<>();
        kind.setId("raise-kind");
        kind.setLabel(getTranslation("actions.kind"));
        kind.setItems(CorrectiveActions.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("actions.kind." + k.name()));
        kind.setValue(CorrectiveActions.Kind.PREVENTIVE);
        TextArea problem = new TextArea(getTranslation("actions.problem"));
        problem.setId("raise-problem");
        problem.setWidthFull();
        TextField reference = new TextField(getTranslation("actions.reference"));
        reference.setId("raise-reference");
        Button save = new Button(getTranslation("action.save"), e -> {
            CorrectiveAction[] raised = new CorrectiveAction[1];
            if (Problems.attempt(getLocale(), Map.of("kind", kind, "problem", problem),
                    () -> raised[0] = register.raiseByHand(kind.getValue(), problem.getValue(), reference.getValue()))) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("actions.raised", raised[0].number()));
                open(raised[0]);
            }
        });
        save.setId("save-raise");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, reference, problem));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** One action: its facts, plan, steps and verification, each offered to whom it falls. */
    private void open(CorrectiveAction chosen) {
        Dialog dialog = new Dialog();
        dialog.setWidth("56rem");
        Div body = new Div();
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        show(dialog, body, register.detail(chosen.id()));
        dialog.open();
    }

    private void show(Dialog dialog, Div body, ActionRegister.Detail detail) {
        CorrectiveAction a = detail.action();
        dialog.setHeaderTitle(a.number() + " · " + getTranslation("actions.kind." + a.kind().name()));
        body.removeAll();
        Span state = new Span(getTranslation("actions.status." + a.status().name()));
        state.setId("action-status");
        body.add(state, new Paragraph(a.problem()));
        if (a.sourceReference() != null) {
            body.add(new Paragraph(getTranslation("actions.source") + ": " + a.sourceReference()));
        }
        boolean manager = currentTenant.hasAny(TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN);
        boolean open = a.status() == CorrectiveActions.Status.OPEN || a.status() == CorrectiveActions.Status.IN_PROGRESS;
        body.add(new H3(getTranslation("actions.plan")));
        if (manager && open) {
            TextArea rootCause = new TextArea(getTranslation("actions.rootCause"));
            rootCause.setId("plan-root-cause");
            rootCause.setWidthFull();
            rootCause.setValue(a.rootCause() == null ? "" : a.rootCause());
            Select<String> owner = staffSelect("plan-owner", a.owner());
            DatePicker due = new DatePicker(getTranslation("actions.dueOn"), a.dueOn());
            due.setId("plan-due");
            Button save = new Button(getTranslation("actions.savePlan"), e -> {
                ActionRegister.Detail[] saved = new ActionRegister.Detail[1];
                if (Problems.attempt(getLocale(), fields("rootCause", rootCause, "owner", owner, "dueOn", due),
                        () -> saved[0] = register.plan(a.id(), rootCause.getValue(), owner.getValue(), due.getValue(),
                                a.version()))) {
                    show(dialog, body, saved[0]);
                    Feedback.done(getTranslation("actions.planSaved", a.number()));
                }
            });
            save.setId("save-plan");
            body.add(rootCause, new HorizontalLayout(owner, due, save));
        } else {
            body.add(new Paragraph(getTranslation("actions.rootCause") + ": " + text(a.rootCause())),
                    new Paragraph(getTranslation("actions.owner") + ": " + text(names.staff(a.owner())) + " · "
                            + getTranslation("actions.dueOn") + ": " + (a.dueOn() == null ? "—" : a.dueOn())));
        }
        body.add(new H3(getTranslation("actions.steps")));
        Div steps = new Div();
        steps.setId("action-steps");
        for (ActionStep s : detail.steps()) {
            Div row = new Div(new Span((s.done() ? "✓ " : "○ ") + s.description() + " — " + names.staff(s.owner()) + " · "
                    + s.dueOn()));
            if (!s.done() && (manager || s.owner().equals(currentTenant.actor()))) {
                Button done = new Button(getTranslation("actions.stepDone"), e -> {
                    ActionRegister.Detail[] saved = new ActionRegister.Detail[1];
                    if (Problems.attempt(getLocale(), Map.of(),
                            () -> saved[0] = register.completeStep(a.id(), s.id(), null))) {
                        show(dialog, body, saved[0]);
                        Feedback.done(getTranslation("actions.stepDone.saved", s.description()));
                    }
                });
                done.setId("step-done-" + s.id());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(done);
            }
            steps.add(row);
        }
        body.add(steps);
        if (manager && open) {
            TextField description = new TextField(getTranslation("actions.step"));
            description.setId("step-description");
            Select<String> owner = staffSelect("step-owner", null);
            DatePicker due = new DatePicker(getTranslation("actions.dueOn"));
            due.setId("step-due");
            Button add = new Button(getTranslation("actions.addStep"), e -> {
                ActionRegister.Detail[] saved = new ActionRegister.Detail[1];
                if (Problems.attempt(getLocale(), fields("description", description, "owner", owner, "dueOn", due),
                        () -> saved[0] = register.addStep(a.id(), description.getValue(), owner.getValue(),
                                due.getValue(), a.version()))) {
                    show(dialog, body, saved[0]);
                    Feedback.done(getTranslation("actions.stepAdded", a.number()));
                }
            });
            add.setId("add-step");
            Button submit = new Button(getTranslation("actions.submit"), e -> {
                ActionRegister.Detail[] saved = new ActionRegister.Detail[1];
                if (Problems.attempt(getLocale(), Map.of(), () -> saved[0] = register.submit(a.id(), a.version()))) {
                    show(dialog, body, saved[0]);
                    Feedback.done(getTranslation("actions.submitted", a.number()));
                }
            });
            submit.setId("submit-action");
            HorizontalLayout stepForm = new HorizontalLayout(description, owner, due, add);
            stepForm.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            body.add(stepForm, submit);
        }
        body.add(new H3(getTranslation("actions.verification")));
        if (a.status() == CorrectiveActions.Status.VERIFYING && currentTenant.hasAny(TenantRole.QUALITY_MANAGER,
                TenantRole.SUPERVISOR, TenantRole.INTERNAL_AUDITOR, TenantRole.DIRECTOR, TenantRole.TENANT_ADMIN)) {
            Checkbox effective = new Checkbox(getTranslation("actions.effective"), true);
            effective.setId("verify-effective");
            TextArea note = new TextArea(getTranslation("actions.verificationNote"));
            note.setId("verify-note");
            note.setWidthFull();
            Button verify = new Button(getTranslation("actions.verify"), e -> {
                ActionRegister.Detail[] saved = new ActionRegister.Detail[1];
                if (Problems.attempt(getLocale(), Map.of("note", note), () -> saved[0] = register.verify(a.id(),
                        effective.getValue(), note.getValue(), a.version()))) {
                    show(dialog, body, saved[0]);
                    Feedback.done(getTranslation("actions.verified", a.number()));
                }
            });
            verify.setId("verify-action");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(effective, note, verify);
        } else if (a.verifiedBy() != null) {
            body.add(new Paragraph(names.staff(a.verifiedBy()) + " · " + text(a.verificationNote())));
        } else {
            body.add(new Paragraph(getTranslation("actions.notYetVerified")));
        }
    }

    private Select<String> staffSelect(String id, String value) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation("actions.owner"));
        select.setItems(staff.stream().map(TenantMember::username).toList());
        select.setItemLabelGenerator(u -> staff.stream().filter(m -> m.username().equals(u)).findFirst()
                .map(m -> m.displayName() + " (" + u + ")").orElse(u));
        if (value != null) {
            select.setValue(value);
        }
        return select;
    }

    private static Map<String, HasValidation> fields(Object... pairs) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put((String) pairs[i], (HasValidation) pairs[i + 1]);
        }
        return fields;
    }

    private static String text(String s) {
        return s == null ? "—" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.actions") + " · LabDesk";
    }
}
