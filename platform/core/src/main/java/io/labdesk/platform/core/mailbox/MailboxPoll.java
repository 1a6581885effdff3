package io.labdesk.platform.core.mailbox;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at institutions' mailboxes, each on its own interval. Each round asks the platform table
 * {@code mailbox_alarm} (ids and instants only) which active institutions' mailboxes are due — one with nothing due
 * costs nothing — and claims each in its row, so one server at a time polls an institution. Unread mail is taken in
 * one mail per transaction and marked read only after that transaction committed; a crash in between leaves it
 * unread, and its remembered Message-ID keeps the next sight from taking it twice. Mail that cannot be read is
 * listed for the admin and stays unread in the mailbox.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoll {

    private static final Logger LOG = Logger.getLogger(MailboxPoll.class.getName());
    /** The most mails one poll takes in; the rest wait for the next. */
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    TenantTransactions transactions;

    @Inject
    MailboxSettings mailboxes;

    @Inject
    MailImport imports;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (UUID tenant : transactions.newTransaction(this::dueTenants)) {
                try {
                    poll(tenant);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Polling the mailbox of institution " + tenant + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mailbox poll failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> dueTenants() {
        return em.createNativeQuery("SELECT a.tenant FROM mailbox_alarm a JOIN tenant t ON t.id = a.tenant "
                + "WHERE a.poll_at <= now() AND t.status = 'ACTIVE' ORDER BY a.poll_at", UUID.class).getResultList();
    }

    private void poll(UUID tenant) {
        Optional<MailboxSettings.Claimed> claimed = transactions.inTenant(tenant, mailboxes::claim);
        if (claimed.isEmpty()) {
            return;
        }
        MailboxSettings.Claimed mailbox = claimed.get();
        String error = null;
        try (Store store = Imap.connect(mailbox.access())) {
            Folder folder = store.getFolder(mailbox.access().folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < Math.min(unread.length, BATCH); i++) {
                    take(tenant, mailbox, unread[i]);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            error = Imap.why(e);
            LOG.warning("Mailbox of institution " + tenant + " (" + mailbox.access() + "): " + error);
        }
        String outcome = error;
        transactions.inTenant(tenant, () -> {
            mailboxes.polled(outcome);
            return null;
        });
    }

    private void take(UUID tenant, MailboxSettings.Claimed mailbox, Message message) throws MessagingException {
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("Cannot fetch a message", e);
        }
        String key = "sha256:" + IncomingMail.sha256(raw);
        IncomingMail mail;
        try {
            mail = IncomingMail.read(raw);
        } catch (IncomingMail.Unreadable e) {
            recordFailure(tenant, key, message, "MIME " + e.getMessage());
            return;
        }
        try {
            transactions.inTenant(tenant, () -> imports.take(mail, mailbox, tenant));
        } catch (InvalidInput e) {
            recordFailure(tenant, mail.messageId(), message, "INVALID " + e.fieldMessageKeys());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not import " + mail, e);
            recordFailure(tenant, mail.messageId(), message, "ERROR " + e);
            return;
        }
        // Only now that the import committed: marked read, never before.
        message.setFlag(Flags.Flag.SEEN, true);
    }

    private void recordFailure(UUID tenant, String key, Message message, String reason) {
        String sender = null;
        String subject = null;
        try {
            var from = message.getFrom();
            sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : null;
            subject = message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            // the headers are as broken as the rest: the reason says enough
        }
        String s = sender;
        String t = subject;
        transactions.inTenant(tenant, () -> {
            mailboxes.failed(tenant, key, s, t, reason);
            return null;
        });
    }
}
