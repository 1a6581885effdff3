package io.labdesk.platform.core.mailbox;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.EmailAddress;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The institution's mailbox as its tenant admins set it up: where it is, how often it is looked at, what mail
 * becomes. The password goes in sealed and never comes out — not in answers, the settings history or the security
 * log. "Test connection" signs in and opens the folder with what the admin typed (or the stored password).
 */
@ApplicationScoped
public class MailboxSettings {

    public static final int MIN_POLL_MINUTES = 1;
    public static final int MAX_POLL_MINUTES = 1440;

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SettingsHistory history;

    @Inject
    SecurityLog securityLog;

    @Inject
    TenantSettings tenantSettings;

    @Inject
    RequestTypes types;

    /** What the admin sets; {@code password} blank keeps the stored one. */
    public record Values(String host, Integer port, String username, String password, String folder, String address,
                         Integer pollMinutes, boolean enabled, String requestType,
                         InstitutionMailbox.ClosedReply closedReply) {
    }

    /** A connection's parameters with the password opened, for the poll and the test only. */
    record Access(String host, int port, String username, String password, String folder) {
        @Override
        public String toString() {
            return username + "@" + host + ":" + port + "/" + folder; // never the password
        }
    }

    /** A mail that could not be imported, as the admin reads it. */
    public record Failure(UUID id, String sender, String subject, String reason, Instant firstSeenAt,
                          Instant lastSeenAt) {
    }

    /** What the test found: the number of messages in the folder. */
    public record TestResult(int messages) {
    }

    /** The connection failed: why, as the mail server or network said it. */
    public static class Unreachable extends RuntimeException {
        public Unreachable(String why) {
            super(why);
        }
    }

    @Transactional
    public Optional<InstitutionMailbox> current() {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return find();
    }

    Optional<InstitutionMailbox> find() {
        return tenantData.em().createQuery("SELECT m FROM InstitutionMailbox m", InstitutionMailbox.class)
                .getResultStream().findFirst();
    }

    /** Whether this server can keep passwords (it has a key); the page says so before anyone types one. */
    public boolean canSeal() {
        return SecretBox.configured();
    }

    @Transactional
    public InstitutionMailbox save(Values v, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Optional<InstitutionMailbox> existing = find();
        validate(v, existing.map(InstitutionMailbox::hasPassword).orElse(false));
        if (existing.isPresent() && existing.get().version() != expectedVersion) {
            throw new ConcurrentEdit("The mailbox settings");
        }
        String before = existing.map(MailboxSettings::describe).orElse(null);
        boolean passwordChanged = v.password() != null && !v.password().isEmpty();
        String sealed = passwordChanged ? SecretBox.seal(v.password()) : null;
        InstitutionMailbox mailbox = existing.orElse(null);
        if (mailbox == null) {
            mailbox = new InstitutionMailbox(v);
            tenantData.em().persist(mailbox);
        } else {
            mailbox.change(v);
        }
        if (sealed != null) {
            mailbox.seal(sealed);
        }
        String after = describe(mailbox) + (passwordChanged ? " (password changed)" : "");
        history.record("mailbox", before, after);
        securityLog.record(currentTenant.actor(), SecurityEvent.Kind.TENANT_SETTINGS_CHANGED,
                tenantSettings.current().slug(), "mailbox " + after);
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The mailbox settings");
        }
        return mailbox;
    }

    /** Signs in and opens the folder with {@code v}; a blank password means the stored one. */
    @Transactional
    public TestResult test(Values v) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Optional<InstitutionMailbox> stored = find();
        Map<String, String> errors = connectionProblems(v, stored.map(InstitutionMailbox::hasPassword).orElse(false));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String password = v.password() != null && !v.password().isEmpty() ? v.password()
                : SecretBox.open(stored.orElseThrow().passwordSecret());
        Access access = new Access(v.host().strip(), v.port(), v.username().strip(), password,
                v.folder() == null || v.folder().isBlank() ? "INBOX" : v.folder().strip());
        try (Store store = Imap.connect(access)) {
            Folder folder = store.getFolder(access.folder());
            if (!folder.exists()) {
                throw new Unreachable("Folder " + access.folder() + " not found");
            }
            folder.open(Folder.READ_ONLY);
            try {
                return new TestResult(folder.getMessageCount());
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new Unreachable(Imap.why(e));
        }
    }

    /** Looks at the mailbox within seconds instead of at its next turn. */
    @Transactional
    public void pollNow() {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN, TenantRole.CUSTOMER_SERVICE);
        // Not a settings change: the admin's open page keeps its version (so do the poll's notes below).
        tenantData.em().createNativeQuery("UPDATE institution_mailbox SET next_poll_at = now() WHERE enabled")
                .executeUpdate();
    }

    /** Mail left in the mailbox because it could not be imported, newest first. */
    @Transactional
    public List<Failure> failures() {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN, TenantRole.CUSTOMER_SERVICE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tenantData.em().createNativeQuery("SELECT id, sender, subject, reason, first_seen_at, "
                + "last_seen_at FROM mail_failure ORDER BY last_seen_at DESC LIMIT 200", Object[].class)
                .getResultList();
        return rows.stream().map(r -> new Failure((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]), instant(r[5]))).toList();
    }

    /**
     * Claims the mailbox for one poll when it is due: its next turn moves on in the same statement, so another server
     * asking at the same moment finds it not due (the row lock makes it wait, then re-read). Empty: not due.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Claimed> claim() {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = tenantData.em().createNativeQuery("UPDATE institution_mailbox SET next_poll_at = now() "
                + "+ make_interval(mins => poll_minutes) WHERE enabled AND next_poll_at <= now() RETURNING id",
                UUID.class).getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        InstitutionMailbox m = tenantData.em().find(InstitutionMailbox.class, claimed.get(0));
        tenantData.em().refresh(m);
        if (!m.hasPassword()) {
            polled("No password");
            return Optional.empty();
        }
        String password;
        try {
            password = SecretBox.open(m.passwordSecret());
        } catch (RuntimeException e) {
            // The server's key changed (or is gone): said on the page, tried again at the next turn, not every round.
            polled(e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Claimed(new Access(m.host(), m.port(), m.username(), password, m.folder()),
                m.address(), m.requestType(), m.closedReply()));
    }

    /** A claimed mailbox: how to reach it, and what its mail becomes. */
    record Claimed(Access access, String address, String requestType, InstitutionMailbox.ClosedReply closedReply) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void polled(String error) {
        if (error == null) {
            tenantData.em().createNativeQuery("UPDATE institution_mailbox SET last_polled_at = now(), last_error = NULL")
                    .executeUpdate();
        } else {
            tenantData.em().createNativeQuery("UPDATE institution_mailbox SET last_polled_at = now(), last_error = ?")
                    .setParameter(1, cut(error, 1000)).executeUpdate();
        }
    }

    private void validate(Values v, boolean hasPassword) {
        Map<String, String> errors = connectionProblems(v, hasPassword);
        if (v.address() == null || !EmailAddress.valid(v.address())) {
            errors.put("address", "validation.email");
        }
        if (v.pollMinutes() == null || v.pollMinutes() < MIN_POLL_MINUTES || v.pollMinutes() > MAX_POLL_MINUTES) {
            errors.put("pollMinutes", "validation.mailbox.pollMinutes");
        }
        if (v.requestType() == null || types.active(v.requestType()).isEmpty()) {
            errors.put("requestType", "validation.requestType");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static Map<String, String> connectionProblems(Values v, boolean hasPassword) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (v.host() == null || !v.host().strip().matches("[A-Za-z0-9.:\\-\\[\\]]{1,255}")) {
            errors.put("host", "validation.mailbox.host");
        }
        if (v.port() == null || v.port() < 1 || v.port() > 65535) {
            errors.put("port", "validation.mailbox.port");
        }
        if (v.username() == null || v.username().isBlank() || v.username().strip().length() > 320) {
            errors.put("username", "validation.mailbox.username");
        }
        if ((v.password() == null || v.password().isEmpty()) && !hasPassword) {
            errors.put("password", "validation.mailbox.password");
        }
        if (v.password() != null && v.password().length() > 500) {
            errors.put("password", "validation.mailbox.password");
        }
        if (v.folder() != null && v.folder().strip().length() > 200) {
            errors.put("folder", "validation.mailbox.folder");
        }
        return errors;
    }

    /** The settings as the history keeps them: everything but the password. */
    private static String describe(InstitutionMailbox m) {
        return "{host=" + m.host() + ", port=" + m.port() + ", username=" + m.username() + ", folder=" + m.folder()
                + ", address=" + m.address() + ", pollMinutes=" + m.pollMinutes() + ", enabled=" + m.enabled()
                + ", requestType=" + m.requestType() + ", closedReply=" + m.closedReply() + "}";
    }

    private static Instant instant(Object o) {
        return o instanceof Timestamp t ? t.toInstant() : o instanceof Instant i ? i
                : o instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
    }

    /** For the poll: records (or refreshes) why a mail could not be imported; it stays in the mailbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    void failed(UUID tenant, String key, String sender, String subject, String reason) {
        tenantData.em().createNativeQuery("INSERT INTO mail_failure (id, tenant_id, message_key, sender, subject, "
                        + "reason, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, now(), now()) "
                        + "ON CONFLICT (tenant_id, message_key) DO UPDATE SET last_seen_at = now(), "
                        + "reason = EXCLUDED.reason")
                .setParameter(1, UUID.randomUUID()).setParameter(2, tenant).setParameter(3, cut(key, 1000))
                .setParameter(4, cut(sender, 320)).setParameter(5, cut(subject, 300))
                .setParameter(6, cut(reason, 1000)).executeUpdate();
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
