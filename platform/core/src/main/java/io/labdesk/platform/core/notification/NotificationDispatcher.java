package io.labdesk.platform.core.notification;

import io.labdesk.platform.api.notification.SmsProvider;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantSweep;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, tenant by tenant. Each round claims a batch with {@code FOR UPDATE SKIP LOCKED}, so
 * several nodes never send the same message; a message is marked sent in the transaction that sent it, so a restart
 * resumes with what was not. A failing message is tried again on later rounds, up to {@link #MAX_ATTEMPTS}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/labdesk")
    Session mail;

    @Inject
    TenantSweep sweep;

    @Inject
    TenantData tenantData;

    @Inject
    Instance<SmsProvider> smsProviders;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void round() {
        sweep.run("Sending notifications", running, BATCH, this::sendBatch);
    }

    private int sendBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = tenantData.em().createNativeQuery("SELECT id FROM notification WHERE sent_at IS NULL "
                        + "AND attempts < ? ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter(1, MAX_ATTEMPTS).setParameter(2, BATCH).getResultList();
        for (UUID id : ids) {
            Notification n = tenantData.em().find(Notification.class, id);
            try {
                deliver(n);
                n.sent(Instant.now());
            } catch (Exception e) {
                LOG.warning("Could not send " + n.channel() + " " + n.topic() + " (attempt " + (n.attempts() + 1)
                        + " of " + MAX_ATTEMPTS + "): " + e);
                n.failed(String.valueOf(e.getMessage()));
            }
        }
        return ids.size();
    }

    private void deliver(Notification n) throws Exception {
        switch (n.channel()) {
            case EMAIL -> {
                MimeMessage message = n.messageId() == null ? new MimeMessage(mail) : new Threaded(mail, n.messageId());
                if (n.inReplyTo() != null) {
                    message.setHeader("In-Reply-To", n.inReplyTo());
                    message.setHeader("References", n.inReplyTo());
                }
                if (n.replyTo() != null) {
                    message.setReplyTo(new InternetAddress[] {new InternetAddress(n.replyTo())});
                }
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(n.recipient()));
                message.setSubject(n.subject(), StandardCharsets.UTF_8.name());
                List<Object[]> files = attachments(n.id());
                if (files.isEmpty()) {
                    message.setText(n.body(), StandardCharsets.UTF_8.name());
                } else {
                    MimeMultipart parts = new MimeMultipart();
                    MimeBodyPart text = new MimeBodyPart();
                    text.setText(n.body(), StandardCharsets.UTF_8.name());
                    parts.addBodyPart(text);
                    for (Object[] file : files) {
                        MimeBodyPart part = new MimeBodyPart();
                        part.setDataHandler(new DataHandler(new ByteArrayDataSource((byte[]) file[2],
                                (String) file[1])));
                        part.setFileName(MimeUtility.encodeText((String) file[0], StandardCharsets.UTF_8.name(),
                                "B"));
                        parts.addBodyPart(part);
                    }
                    message.setContent(parts);
                }
                message.setHeader("X-LabDesk-Topic", n.topic());
                Transport.send(message);
            }
            case SMS -> smsProvider().send(n.recipient(), n.body());
        }
    }

    /** A message that keeps the Message-ID LabDesk gave it, which replies will name. */
    private static final class Threaded extends MimeMessage {

        private final String messageId;

        Threaded(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> attachments(UUID notification) {
        return tenantData.em().createNativeQuery("SELECT file_name, content_type, content FROM "
                        + "notification_attachment WHERE notification_id = ? ORDER BY file_name", Object[].class)
                .setParameter(1, notification).getResultList();
    }

    private SmsProvider smsProvider() {
        String wanted = Setting.SMS_PROVIDER.value().orElse("log");
        return smsProviders.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No SMS provider '" + wanted + "'"));
    }
}
