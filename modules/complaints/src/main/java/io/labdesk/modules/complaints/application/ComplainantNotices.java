package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What the complainant is told (receipt, a refusal's explanation, the reply), in their language, signed with the
 * institution's name: by e-mail where they left an address, else by text message.
 */
@ApplicationScoped
public class ComplainantNotices {

    @Inject
    CustomerMessages messages;

    /** {@code body} is the letter between the greeting and the signature; {@code sms} the short form. */
    void tell(Complaint c, String topic, Text subject, Text body, Text sms, List<CustomerMessages.Attachment> files) {
        messages.tell(new CustomerMessages.Addressee(c.complainantName(), c.complainantEmail(), c.complainantPhone(),
                c.complainantLanguage()), topic, c.id(), subject, body, sms, files);
    }
}
