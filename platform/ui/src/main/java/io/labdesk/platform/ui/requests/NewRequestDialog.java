package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.request.Intake;
import io.labdesk.platform.core.request.RequestIntake;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.ui.shell.Problems;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Staff record a request taken by phone, e-mail, chat or in person (P2); the channel is kept. */
final class NewRequestDialog extends Dialog {

    NewRequestDialog(RequestIntake intake, RequestTypes types, IntakeForm asked, Runnable afterSave) {
        setHeaderTitle(getTranslation("queue.new"));
        // One key per dialog: a second click on Save answers the first intake instead of recording it twice.
        String idempotencyKey = "ui:" + UUID.randomUUID();
        Select<RequestType> type = new Select<>();
        type.setId("new-type");
        type.setLabel(getTranslation("request.type"));
        List<RequestType> active = types.list().stream().filter(RequestType::active).toList();
        type.setItems(active);
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        Select<Channel> channel = new Select<>();
        channel.setId("new-channel");
        channel.setLabel(getTranslation("request.channel"));
        channel.setItems(Channel.PHONE, Channel.EMAIL, Channel.CHAT, Channel.WALK_IN);
        channel.setItemLabelGenerator(c -> getTranslation("request.channel." + c.name()));
        channel.setValue(Channel.PHONE);
        Select<Priority> priority = new Select<>();
        priority.setId("new-priority");
        priority.setLabel(getTranslation("request.priority"));
        priority.setItems(asked.offered().stream().map(IntakeForm.PriorityChoice::priority).toList());
        priority.setItemLabelGenerator(p -> asked.name(p, getLocale()));
        priority.setValue(asked.defaultPriority());
        Checkbox emergency = new Checkbox(getTranslation("request.emergency"));
        emergency.setId("new-emergency");
        TextField subject = new TextField(getTranslation("request.subject"));
        subject.setId("new-subject");
        TextArea description = new TextArea(getTranslation("request.description"));
        description.setId("new-description");
        TextField organisation = new TextField(getTranslation("request.organisation"));
        organisation.setId("new-organisation");
        TextField contactName = new TextField(getTranslation("request.contactName"));
        contactName.setId("new-contact-name");
        TextField phone = new TextField(getTranslation("request.contactPhone"));
        phone.setId("new-contact-phone");
        EmailField email = new EmailField(getTranslation("request.contactEmail"));
        email.setId("new-contact-email");
        Select<String> language = new Select<>();
        language.setId("new-language");
        language.setLabel(getTranslation("request.customerLanguage"));
        language.setItems(Languages.TAGS);
        language.setItemLabelGenerator(Languages::name);
        language.setValue(getLocale().getLanguage().equals("en") ? "en" : "zh-CN");
        FormLayout form = new FormLayout(type, channel, priority, emergency, subject, description, organisation,
                contactName, phone, email, language);
        form.setColspan(subject, 2);
        form.setColspan(description, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            RequestIntake.Received[] received = new RequestIntake.Received[1];
            boolean ok = Problems.attempt(getLocale(), Map.of("type", type, "channel", channel, "subject", subject,
                    "description", description, "organisation", organisation, "contactName", contactName,
                    "contactPhone", phone, "contactEmail", email), () -> received[0] = intake.record(new Intake(
                    type.getValue() == null ? null : type.getValue().code(), priority.getValue(), emergency.getValue(),
                    channel.getValue(), subject.getValue(), description.getValue(), organisation.getValue(),
                    contactName.getValue(), phone.getValue(), email.getValue(), language.getValue()), idempotencyKey));
            if (ok) {
                close();
                Feedback.done(getTranslation("request.recorded", received[0].request().number(),
                        RequestIntake.trackingUrl(received[0].trackingToken())));
                afterSave.run();
            }
        });
        save.setId("save-request");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
