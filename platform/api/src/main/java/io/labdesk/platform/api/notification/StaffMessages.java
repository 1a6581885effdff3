package io.labdesk.platform.api.notification;

import io.labdesk.platform.api.module.Text;
import java.util.Collection;
import java.util.UUID;

/**
 * E-mails to the institution's staff (a deadline at risk), left in the platform's outbox in the caller's
 * transaction and sent in the institution's language. Usernames without an active membership or an address are
 * passed over.
 */
public interface StaffMessages {

    /** {@code about}: the module's record the message concerns, by which it is listed later. */
    void email(Collection<String> usernames, String topic, UUID about, Text subject, Text body);
}
