package io.labdesk.modules.surveys.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.modules.surveys.application.FollowUps;
import io.labdesk.modules.surveys.domain.FollowUp;
import io.labdesk.modules.surveys.domain.FollowUpStatus;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.DeadlineBadge;
import io.labdesk.platform.api.ui.Feedback;
import java.util.Map;
import java.util.UUID;

/**
 * One follow-up of an unhappy answer: why, by when; for follow-up staff what was done on the call, or passing it on
 * as a complaint or a corrective action.
 */
class FollowUpDialog extends Dialog {

    FollowUpDialog(FollowUps followUps, boolean mayAct, Words words, UUID id, Runnable changed) {
        FollowUp f = followUps.get(id);
        setId("survey-follow-up-dialog");
        setHeaderTitle(words.t("回访 ", "Follow-up ") + f.number());
        setWidth("40rem");
        Div deadlines = new Div();
        followUps.deadlines(id).forEach(d -> deadlines.add(new DeadlineBadge(d, words.zone())));
        Paragraph reason = new Paragraph(words.of(f.reason()));
        reason.setId("survey-follow-up-reason");
        add(new Paragraph(words.t("工单 ", "Request ") + (f.requestNumber() == null ? "—" : f.requestNumber())
                + " · " + (f.customerName() == null ? "" : f.customerName()) + " · " + words.of(f.status().text())),
                reason, deadlines);
        if (f.status() != FollowUpStatus.OPEN) {
            add(new Paragraph(words.t("处理：", "Done: ") + (f.outcome() == null ? "" : f.outcome())
                    + (f.actionNumber() == null ? "" : " (" + f.actionNumber() + ")")
                    + " · " + words.when(f.closedAt())));
        } else if (mayAct) {
            TextArea outcome = new TextArea(words.t("与客户沟通情况与处理结果", "What the customer said and what was done"));
            outcome.setId("survey-follow-up-outcome");
            outcome.setWidthFull();
            outcome.setMaxLength(4000);
            add(outcome);
            Map<String, TextArea> fields = Map.of("outcome", outcome);
            Button done = new Button(words.t("记录回访结果", "Record the follow-up"), e -> {
                if (Attempt.run(fields, () -> followUps.done(id, outcome.getValue(), f.version()))) {
                    finish(words.t("已记录回访结果。", "The follow-up is recorded."), changed);
                }
            });
            done.setId("survey-follow-up-done");
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button complaint = new Button(words.t("转为投诉", "Make it a complaint"), e -> {
                if (Attempt.run(fields, () -> followUps.complaint(id, outcome.getValue(), f.version()))) {
                    finish(words.t("已转为投诉。", "Passed on as a complaint."), changed);
                }
            });
            complaint.setId("survey-follow-up-complaint");
            Button action = new Button(words.t("转为纠正措施", "Raise a corrective action"), e -> {
                if (Attempt.run(fields, () -> followUps.action(id, outcome.getValue(), f.version()))) {
                    finish(words.t("已登记纠正措施。", "The corrective action is raised."), changed);
                }
            });
            action.setId("survey-follow-up-action");
            getFooter().add(action, complaint, done);
        }
        getFooter().add(new Button(words.t("关闭", "Close"), e -> close()));
    }

    private void finish(String message, Runnable changed) {
        Feedback.done(message);
        changed.run();
        close();
    }
}
