package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * What the complainant is told (receipt, a refusal's explanation, the reply), in their language, signed with the
 * institution's name: by e-mail where they left an address, else by text message.
 */
@ApplicationScoped
public class ComplainantNotices {

    @Inject
    CustomerMessages messages;

    @Inject
    Institution institution;

    /** {@code body} is the letter between the greeting and the signature; {@code sms} the short form. */
    void tell(Complaint c, String topic, Text subject, Text body, Text sms, List<CustomerMessages.Attachment> files) {
        Locale locale = Languages.locale(c.complainantLanguage());
        String from = institution.name(locale);
        if (c.complainantEmail() != null) {
            messages.email(c.complainantEmail(), topic, c.id(), subject.in(locale) + " · " + from,
                    Text.of(c.complainantName() + "：\n\n" + body.zh() + "\n\n" + from,
                            "Dear " + c.complainantName() + ",\n\n" + body.en() + "\n\n" + from).in(locale), files);
        } else if (c.complainantPhone() != null) {
            messages.sms(c.complainantPhone(), topic, c.id(), Text.of("【" + from + "】" + sms.zh(),
                    from + ": " + sms.en()).in(locale));
        }
    }
}
