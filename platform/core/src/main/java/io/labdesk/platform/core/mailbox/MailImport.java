package io.labdesk.platform.core.mailbox;

import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.request.Attachments;
import io.labdesk.platform.core.request.EmailRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes one read mail into the current institution, in one transaction: remembered by its Message-ID first (a
 * second sight of it does nothing), then set aside as noise, held back by the sender's hourly limit, joined to the
 * request it answers, or made a new request.
 */
@ApplicationScoped
public class MailImport {

    /** What became of a mail. */
    public enum Outcome { REQUEST, REPLY, SEEN_BEFORE, NOISE, LIMITED }

    @Inject
    EmailRequests requests;

    @Inject
    MailboxSettings mailboxes;

    @Transactional(Transactional.TxType.MANDATORY)
    Outcome take(IncomingMail mail, MailboxSettings.Claimed mailbox, UUID tenant) {
        Optional<String> noise = mail.noise(mailbox.address(), mailbox.access().username());
        if (!requests.firstSight(mail.messageId(), noise.isPresent() ? "NOISE" : "PENDING", mail.sender())) {
            return Outcome.SEEN_BEFORE;
        }
        if (noise.isPresent()) {
            return Outcome.NOISE;
        }
        long limit = Setting.MAIL_PER_SENDER_HOUR.value().map(Long::parseLong).orElse(20L);
        if (requests.takenInLastHour(mail.sender()) >= limit) {
            mailboxes.failed(tenant, mail.messageId(), mail.sender(), mail.subject(), "LIMIT");
            return Outcome.LIMITED;
        }
        EmailRequests.Mail m = new EmailRequests.Mail(mail.messageId(), mail.sender(), mail.senderName(),
                mail.subject(), mail.text(), mail.language(), mail.files().stream()
                        .map(f -> new Attachments.Upload(f.fileName(), null, f.content())).toList(), mail.raw());
        EmailRequests.Sender sender = new EmailRequests.Sender(mailbox.address());
        Optional<UUID> answered = requests.answered(mail.answers(), mail.subject(), mail.sender());
        if (answered.isPresent()) {
            requests.reply(answered.get(), m, mailbox.closedReply() == InstitutionMailbox.ClosedReply.REOPEN,
                    mailbox.requestType(), sender);
            return Outcome.REPLY;
        }
        requests.receive(m, mailbox.requestType(), sender);
        return Outcome.REQUEST;
    }
}
