package io.labdesk.modules.surveys.interfaces;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.modules.surveys.application.Answers;
import io.labdesk.modules.surveys.domain.Answer;
import io.labdesk.modules.surveys.domain.AnswerItem;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.domain.RatingScale;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.Feedback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An invitation: its answer item by item with the channel it came by, or — for follow-up staff, while it has none —
 * the questions of its pinned version to record what the customer says on the phone (回访).
 */
class InvitationDialog extends Dialog {

    InvitationDialog(Answers answers, boolean mayRecord, Words words, Invitation invitation, Runnable changed) {
        setId("survey-invitation-dialog");
        setHeaderTitle(words.t("调查 ", "Survey ") + (invitation.requestNumber() == null ? ""
                : invitation.requestNumber()) + " · " + invitation.contactName());
        setWidth("44rem");
        List<Item> items = answers.questions(invitation.id());
        Optional<Answer> answer = answers.of(invitation.id());
        if (answer.isPresent()) {
            Answer a = answer.get();
            add(new Paragraph(words.of(a.channel().text()) + " · " + words.when(a.answeredAt())
                    + (a.recordedBy() == null ? "" : " · " + a.recordedBy())
                    + (a.unhappy() ? words.t(" · 不满意", " · unhappy") : "")));
            Map<String, AnswerItem> values = new LinkedHashMap<>();
            answers.items(a.id()).forEach(v -> values.put(v.itemCode(), v));
            for (Item item : items) {
                AnswerItem v = values.get(item.code());
                String shown = v == null ? "—" : v.score() != null ? switch (item.kind()) {
                    case RATING -> v.score() + " " + words.of(RatingScale.POINTS.get(v.score() - 1));
                    case YES_NO -> words.of(v.score() == 1 ? RatingScale.YES : RatingScale.NO);
                    default -> Integer.toString(v.score());
                } : v.text();
                add(new Paragraph(words.of(item.wording()) + "：" + shown));
            }
        } else if (mayRecord && invitation.status() != InvitationStatus.WITHDRAWN) {
            add(new Paragraph(words.t("电话回访时按客户的回答填写，答卷记为电话渠道。",
                    "Fill in what the customer says on the phone; the answer is recorded as given by phone.")));
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            Map<String, HasValue<?, String>> values = new LinkedHashMap<>();
            for (Item item : items) {
                switch (item.kind()) {
                    case TEXT -> {
                        TextArea text = new TextArea(words.of(item.wording()));
                        text.setWidthFull();
                        text.setMaxLength(4000);
                        text.setRequired(item.required());
                        text.setId("survey-phone-" + item.code());
                        fields.put(item.code(), text);
                        values.put(item.code(), text);
                        add(text);
                    }
                    default -> {
                        RadioButtonGroup<String> points = new RadioButtonGroup<>(words.of(item.wording()));
                        points.setId("survey-phone-" + item.code());
                        List<String> options = new ArrayList<>();
                        Map<String, String> labels = new LinkedHashMap<>();
                        switch (item.kind()) {
                            case RATING -> {
                                for (int p = 1; p <= 5; p++) {
                                    options.add(Integer.toString(p));
                                    labels.put(Integer.toString(p), p + " " + words.of(RatingScale.POINTS.get(p - 1)));
                                }
                            }
                            case RECOMMENDATION -> {
                                for (int p = 0; p <= 10; p++) {
                                    options.add(Integer.toString(p));
                                    labels.put(Integer.toString(p), Integer.toString(p));
                                }
                            }
                            case YES_NO -> {
                                options.add("yes");
                                options.add("no");
                                labels.put("yes", words.of(RatingScale.YES));
                                labels.put("no", words.of(RatingScale.NO));
                            }
                            default -> item.options().forEach(o -> {
                                options.add(o.value());
                                labels.put(o.value(), words.of(o.label()));
                            });
                        }
                        points.setItems(options);
                        points.setItemLabelGenerator(labels::get);
                        points.setRequired(item.required());
                        fields.put(item.code(), points);
                        values.put(item.code(), points);
                        add(points);
                    }
                }
            }
            Button save = new Button(words.t("保存电话答卷", "Save the answer given by phone"), e -> {
                Map<String, String> raw = new LinkedHashMap<>();
                values.forEach((code, field) -> {
                    if (field.getValue() != null && !field.getValue().isBlank()) {
                        raw.put(code, field.getValue());
                    }
                });
                if (Attempt.run(fields, () -> answers.byPhone(invitation.id(), raw))) {
                    Feedback.done(words.t("答卷已记录。", "The answer is recorded."));
                    changed.run();
                    close();
                }
            });
            save.setId("survey-phone-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
        } else {
            add(new Paragraph(words.t("尚无答卷。", "No answer yet.")));
        }
        getFooter().add(new Button(words.t("关闭", "Close"), e -> close()));
    }
}
