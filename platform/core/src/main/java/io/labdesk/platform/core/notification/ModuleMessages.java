package io.labdesk.platform.core.notification;

import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.notification.StaffMessages;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * {@link CustomerMessages} and {@link StaffMessages} on the platform's outbox; attachments wait beside their message
 * until it is sent.
 */
@ApplicationScoped
public class ModuleMessages implements CustomerMessages, StaffMessages {

    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    @Inject
    TenantData tenantData;

    @Inject
    StaffMembers staff;

    @Inject
    TenantSettings settings;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void email(String recipient, String topic, UUID about, String subject, String body,
                      List<Attachment> attachments) {
        Notification n = Notification.about(about, Notification.Channel.EMAIL, recipient, topic, subject, body);
        tenantData.em().persist(n);
        tenantData.em().flush();
        for (Attachment a : attachments) {
            if (a.content().length > MAX_ATTACHMENT_BYTES) {
                throw new IllegalArgumentException("Attachment " + a.fileName() + " exceeds 10 MB");
            }
            tenantData.em().createNativeQuery("INSERT INTO notification_attachment (id, tenant_id, notification_id, "
                            + "file_name, content_type, content) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, n.tenantId()).setParameter(3, n.id())
                    .setParameter(4, a.fileName()).setParameter(5, a.contentType()).setParameter(6, a.content())
                    .executeUpdate();
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void sms(String phone, String topic, UUID about, String text) {
        tenantData.em().persist(Notification.about(about, Notification.Channel.SMS, phone, topic, topic, text));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tell(Addressee to, String topic, UUID about, Text subject, Text body, Text sms,
                        List<Attachment> files) {
        Locale locale = Languages.choose(Languages.spoken(to.language()).orElse(null),
                settings.current().defaultLocale());
        String from = settings.current().name(locale);
        if (to.email() != null && !to.email().isBlank()) {
            email(to.email(), topic, about, subject.in(locale) + " · " + from,
                    Text.of(to.name() + "：\n\n" + body.zh() + "\n\n" + from,
                            "Dear " + to.name() + ",\n\n" + body.en() + "\n\n" + from).in(locale), files);
            return true;
        }
        if (to.phone() != null && !to.phone().isBlank()) {
            sms(to.phone(), topic, about, Text.of("【" + from + "】" + sms.zh(), from + ": " + sms.en()).in(locale));
            return true;
        }
        return false;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void email(Collection<String> usernames, String topic, UUID about, Text subject, Text body) {
        Locale locale = settings.current().defaultLocale();
        staff.activeAmong(Set.copyOf(usernames)).stream().map(TenantMember::email)
                .filter(e -> e != null && !e.isBlank()).distinct().forEach(address -> tenantData.em().persist(Notification.about(about,
                        Notification.Channel.EMAIL, address, topic, subject.in(locale), body.in(locale))));
    }

    @Override
    @Transactional
    public List<Sent> about(UUID about) {
        return tenantData.em().createQuery("SELECT n FROM Notification n WHERE n.subjectId = :s ORDER BY n.createdAt",
                        Notification.class).setParameter("s", about).getResultStream()
                .map(n -> new Sent(n.channel().name(), n.recipient(), n.topic(), n.subject(), n.createdAt(),
                        n.sentAt(), attachmentNames(n.id()))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> attachmentNames(UUID notification) {
        return tenantData.em().createNativeQuery("SELECT file_name FROM notification_attachment WHERE "
                + "notification_id = ? ORDER BY file_name", String.class).setParameter(1, notification).getResultList();
    }
}
