package io.labdesk.platform.api.notification;

import io.labdesk.platform.api.module.Text;
import java.util.List;
import java.util.UUID;

/**
 * Messages a module sends to an institution's customers. They are left in the platform's outbox in the caller's
 * transaction, so they exist exactly when what they announce committed, and are sent and retried by the platform.
 * The module writes subject and body in the customer's language.
 */
public interface CustomerMessages {

    /** A file sent with an e-mail (a reply letter as PDF). */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** {@code about}: the module's record the message belongs to, by which it is listed later. */
    void email(String recipient, String topic, UUID about, String subject, String body, List<Attachment> attachments);

    void sms(String phone, String topic, UUID about, String text);

    /** A customer as a letter reaches them: name, e-mail and/or phone, language ({@code zh-CN} or {@code en}). */
    record Addressee(String name, String email, String phone, String language) {
    }

    /**
     * Tells a customer in their language: by e-mail where they left an address — {@code body} between a greeting by
     * name and the institution's name, {@code subject} followed by it — else by text message ({@code sms}, headed
     * by the institution's name). False when they left neither.
     */
    boolean tell(Addressee to, String topic, UUID about, Text subject, Text body, Text sms, List<Attachment> files);

    /** What was sent or waits to be sent about a record (to customers, and to staff by {@link StaffMessages}). */
    List<Sent> about(UUID about);

    /** One message as the outbox keeps it; {@code sentAt} null while it waits. */
    record Sent(String channel, String recipient, String topic, String subject, java.time.Instant createdAt,
                java.time.Instant sentAt, List<String> attachments) {
    }
}
