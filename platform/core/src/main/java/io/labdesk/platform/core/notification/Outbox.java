package io.labdesk.platform.core.notification;

import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Where the platform leaves messages to send: in the transaction of what they announce, so a message exists exactly
 * when its cause committed. The {@link NotificationDispatcher} sends them. Texts come from the message bundle
 * ({@code mail.TOPIC.subject} and {@code mail.TOPIC.body}) in the recipient's language.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    TenantData tenantData;

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification email(String recipient, String topic, UUID requestId, Locale locale, Object... params) {
        Notification n = new Notification(Notification.Channel.EMAIL, recipient, topic, requestId,
                Messages.get("mail." + topic + ".subject", locale, params),
                Messages.get("mail." + topic + ".body", locale, params));
        tenantData.em().persist(n);
        return n;
    }

    /** An e-mail someone wrote (a member of staff answering a customer), not one from the bundle. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification written(String recipient, String topic, UUID requestId, String subject, String body) {
        Notification n = new Notification(Notification.Channel.EMAIL, recipient, topic, requestId, subject, body);
        tenantData.em().persist(n);
        return n;
    }

    /** A file sent with {@code n}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Notification n, String fileName, String contentType, byte[] content) {
        tenantData.em().flush();
        tenantData.em().createNativeQuery("INSERT INTO notification_attachment (id, tenant_id, notification_id, "
                        + "file_name, content_type, content) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, n.tenantId()).setParameter(3, n.id())
                .setParameter(4, fileName).setParameter(5, contentType).setParameter(6, content).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sms(String phone, String topic, UUID requestId, Locale locale, Object... params) {
        tenantData.em().persist(new Notification(Notification.Channel.SMS, phone, topic, requestId, topic,
                Messages.get("sms." + topic, locale, params)));
    }

    /** The current tenant's messages about a request, oldest first. */
    @Transactional
    public List<Notification> about(UUID requestId) {
        return tenantData.em().createQuery("SELECT n FROM Notification n WHERE n.requestId = :r ORDER BY n.createdAt",
                Notification.class).setParameter("r", requestId).getResultList();
    }
}
