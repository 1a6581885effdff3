package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.mailbox.OutgoingMail;
import io.labdesk.platform.core.request.EmailRequests;
import io.labdesk.platform.core.request.RequestAttachment;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.ui.shell.Problems;
import java.util.List;
import java.util.Map;

/**
 * Answers the request's customer by e-mail: the text and any of the request's files. The mail names the request in
 * its subject and headers, so the customer's answer comes back onto this request.
 */
class EmailAnswerDialog extends Dialog {

    EmailAnswerDialog(OutgoingMail mail, ServiceRequest r, List<RequestAttachment> files, Runnable done) {
        setHeaderTitle(getTranslation("request.email.title", r.contactEmail()));
        setWidth("40rem");
        TextArea text = new TextArea(getTranslation("request.email.text"));
        text.setId("email-text");
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxLength(EmailRequests.MAX_TEXT);
        CheckboxGroup<RequestAttachment> chosen = new CheckboxGroup<>(getTranslation("request.email.files"));
        chosen.setId("email-files");
        chosen.setItems(files);
        chosen.setItemLabelGenerator(RequestAttachment::fileName);
        chosen.setVisible(!files.isEmpty());
        Button send = new Button(getTranslation("request.email.send"), e -> {
            if (Problems.attempt(getLocale(), Map.of("text", text, "files", chosen), () -> mail.answer(r.id(),
                    text.getValue(), chosen.getValue().stream().map(RequestAttachment::id).toList()))) {
                Feedback.done(getTranslation("request.email.sent"));
                close();
                done.run();
            }
        });
        send.setId("email-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new Paragraph(getTranslation("request.email.help", "[" + r.number() + "] " + r.subject())), text, chosen);
        getFooter().add(cancel, send);
    }
}
