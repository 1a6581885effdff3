package io.labdesk.modules.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The reply letter (复函) as it went out: the director's approval where one is needed, when it was sent, in which
 * language, and its text as sent (the archive keeps it even when the template is reworded later).
 */
@Embeddable
public class Reply {

    @Column(name = "reply_approved_by", length = 100)
    private String approvedBy;

    @Column(name = "reply_approved_at")
    private Instant approvedAt;

    @Column(name = "reply_sent_at")
    private Instant sentAt;

    @Column(name = "reply_language", length = 8)
    private String language;

    @Column(name = "reply_text", length = 12000)
    private String text;

    void approved(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void sent(String language, String text, Instant at) {
        this.language = language;
        this.text = text;
        this.sentAt = at;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String language() {
        return language;
    }

    public String text() {
        return text;
    }
}
