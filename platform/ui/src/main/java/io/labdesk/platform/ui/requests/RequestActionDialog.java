package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.platform.core.request.RequestLifecycle.Action;
import io.labdesk.platform.core.request.RequestWorkflow;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.ui.shell.Problems;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One workflow move on a request, asking for what the move needs: the agreed follow-up and delivery times
 * (suggested from the SLA targets), the person to assign, the reply, the follow-up's method, outcome and verdict.
 */
final class RequestActionDialog extends Dialog {

    /** Suggested agreed times for acknowledging: the institution's own deadlines. */
    record Suggestion(Instant followUpAt, Instant deliveryAt) {
    }

    RequestActionDialog(RequestWorkflow workflow, ServiceRequest request, Action action, ZoneId zone,
                        List<TenantMember> colleagues, Suggestion suggestion, Runnable afterMove) {
        setHeaderTitle(getTranslation("request.action." + action.name()) + " · " + request.number());
        FormLayout form = new FormLayout();
        Map<String, HasValidation> fields = new HashMap<>();
        DateTimePicker followUp = new DateTimePicker(getTranslation("request.agreedFollowUpAt"));
        DateTimePicker delivery = new DateTimePicker(getTranslation("request.agreedDeliveryAt"));
        ComboBox<TenantMember> assignee = new ComboBox<>(getTranslation("request.assignee"));
        TextArea reply = new TextArea(getTranslation("request.reply"));
        Select<RequestWorkflow.FollowUpMethod> method = new Select<>();
        TextArea outcome = new TextArea(getTranslation("request.followUp.outcome"));
        Select<RequestWorkflow.Verdict> verdict = new Select<>();
        TextArea note = new TextArea(getTranslation(action == Action.WAIT_FOR_CUSTOMER ? "request.note.customer"
                : "request.note"));
        note.setId("action-note");
        switch (action) {
            case ACKNOWLEDGE -> {
                followUp.setId("action-follow-up");
                delivery.setId("action-delivery");
                followUp.setValue(local(suggestion.followUpAt(), zone));
                delivery.setValue(local(suggestion.deliveryAt(), zone));
                form.add(followUp, delivery);
                fields.put("agreedFollowUpAt", followUp);
                fields.put("agreedDeliveryAt", delivery);
            }
            case ASSIGN -> {
                assignee.setId("action-assignee");
                assignee.setItems(colleagues);
                assignee.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
                colleagues.stream().filter(m -> m.username().equals(request.assignee())).findFirst()
                        .ifPresent(assignee::setValue);
                form.add(assignee);
                fields.put("assignee", assignee);
            }
            case RESOLVE -> {
                reply.setId("action-reply");
                form.add(reply);
                fields.put("reply", reply);
            }
            case FOLLOW_UP -> {
                method.setId("action-method");
                method.setLabel(getTranslation("request.followUp.method"));
                method.setItems(RequestWorkflow.FollowUpMethod.values());
                method.setItemLabelGenerator(m -> getTranslation("request.method." + m.name()));
                outcome.setId("action-outcome");
                verdict.setId("action-verdict");
                verdict.setLabel(getTranslation("request.followUp.verdict"));
                verdict.setItems(RequestWorkflow.Verdict.values());
                verdict.setItemLabelGenerator(v -> getTranslation("request.verdict." + v.name()));
                form.add(method, outcome, verdict);
                fields.put("outcome", outcome);
            }
            default -> {
            }
        }
        form.add(note);
        form.setColspan(note, 2);
        add(form);

        Button confirm = new Button(getTranslation("request.action." + action.name()), e -> {
            boolean ok = Problems.attempt(getLocale(), fields, () -> workflow.act(request.id(), action,
                    request.version(), new RequestWorkflow.Input(instant(followUp.getValue(), zone),
                            instant(delivery.getValue(), zone),
                            assignee.getValue() == null ? null : assignee.getValue().username(), reply.getValue(),
                            method.getValue(), outcome.getValue(), verdict.getValue(), note.getValue())));
            if (ok) {
                close();
                Feedback.done(getTranslation("request.moved." + action.name(), request.number()));
            }
            // Moved or refused as stale: either way the page shows the request as it now stands.
            afterMove.run();
        });
        confirm.setId("action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    private static Instant instant(LocalDateTime at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toInstant();
    }
}
