package io.labdesk.platform.core.notification;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An outgoing message, kept from the moment it is decided until it was sent (or gave up after its attempts). */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

    public enum Channel { EMAIL, SMS }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, length = 40, updatable = false)
    private String topic;

    @Column(name = "request_id", updatable = false)
    private UUID requestId;

    /** What a module's message is about (a complaint); the platform's name their request instead. */
    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    /** Threading of an e-mail: its own Message-ID, the one it answers, and where the answer should go. */
    @Column(name = "message_id")
    private String messageId;

    @Column(name = "in_reply_to")
    private String inReplyTo;

    @Column(name = "reply_to")
    private String replyTo;

    protected Notification() {
    }

    Notification(Channel channel, String recipient, String topic, UUID requestId, String subject, String body) {
        this.id = UUID.randomUUID();
        this.channel = channel;
        this.recipient = recipient;
        this.topic = topic;
        this.requestId = requestId;
        String line = oneLine(subject);
        this.subject = line.length() > 300 ? line.substring(0, 300) : line;
        // A text message is one line; an e-mail's body keeps its paragraphs.
        this.body = channel == Channel.SMS ? oneLine(body) : body;
        this.createdAt = Instant.now();
    }

    /**
     * {@code text} on one line: line breaks and other control characters (which may come from what a customer typed)
     * become single spaces, so they can never start a new mail header or split a text message.
     */
    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** A module's message about one of its records. */
    static Notification about(UUID subjectId, Channel channel, String recipient, String topic, String subject,
                              String body) {
        Notification n = new Notification(channel, recipient, topic, null, subject, body);
        n.subjectId = subjectId;
        return n;
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String topic() {
        return topic;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String messageId() {
        return messageId;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public String replyTo() {
        return replyTo;
    }

    /** Makes the e-mail part of a conversation: the customer's answer then threads back to its request. */
    public void threaded(String messageId, String inReplyTo, String replyTo) {
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.replyTo = replyTo;
    }

    void sent(Instant at) {
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error;
    }
}
