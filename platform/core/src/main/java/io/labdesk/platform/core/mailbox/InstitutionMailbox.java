package io.labdesk.platform.core.mailbox;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An institution's IMAP mailbox (over TLS) and how its mail is taken in. The password is kept sealed only. */
@Entity
@Table(name = "institution_mailbox")
public class InstitutionMailbox extends TenantOwned {

    /** What a customer's reply to a closed request does. */
    public enum ClosedReply { REOPEN, NEW }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_secret")
    private String passwordSecret;

    @Column(nullable = false)
    private String folder;

    @Column(nullable = false)
    private String address;

    @Column(name = "poll_minutes", nullable = false)
    private int pollMinutes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "request_type", nullable = false)
    private String requestType;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reply", nullable = false)
    private ClosedReply closedReply;

    @Column(name = "next_poll_at")
    private Instant nextPollAt;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected InstitutionMailbox() {
    }

    InstitutionMailbox(MailboxSettings.Values v) {
        this.id = UUID.randomUUID();
        change(v);
    }

    void change(MailboxSettings.Values v) {
        host = v.host().strip();
        port = v.port();
        username = v.username().strip();
        folder = v.folder() == null || v.folder().isBlank() ? "INBOX" : v.folder().strip();
        address = v.address().strip();
        pollMinutes = v.pollMinutes();
        enabled = v.enabled();
        requestType = v.requestType();
        closedReply = v.closedReply() == null ? ClosedReply.REOPEN : v.closedReply();
        // A changed mailbox is looked at soon, not after the old interval.
        nextPollAt = enabled ? Instant.now() : null;
    }

    void seal(String sealedPassword) {
        passwordSecret = sealedPassword;
    }

    public UUID id() {
        return id;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    /** The sealed password (null: none yet); only the mailbox package opens it. */
    String passwordSecret() {
        return passwordSecret;
    }

    public boolean hasPassword() {
        return passwordSecret != null;
    }

    public String folder() {
        return folder;
    }

    public String address() {
        return address;
    }

    public int pollMinutes() {
        return pollMinutes;
    }

    public boolean enabled() {
        return enabled;
    }

    public String requestType() {
        return requestType;
    }

    public ClosedReply closedReply() {
        return closedReply;
    }

    public Instant nextPollAt() {
        return nextPollAt;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }

    public String lastError() {
        return lastError;
    }

    public long version() {
        return version;
    }
}
