package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.fee.Quotes.Status;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A quote as issued: for which record, the total of its lines, and the customer's answer once given. */
@Entity
@Table(name = "quote")
public class StoredQuote extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Embedded
    private RecordSource source;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal total;

    @Column(length = 2000, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_note", length = 2000)
    private String answerNote;

    @Version
    private long version;

    protected StoredQuote() {
    }

    StoredQuote(String number, Quotes.Source source, String currency, BigDecimal total,
                String note, Instant issuedAt, String issuedBy) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.source = new RecordSource(source);
        this.currency = currency;
        this.total = total;
        this.note = note;
        this.status = Status.AWAITING_ANSWER;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    void answer(boolean accepted, String note, Instant at) {
        status = accepted ? Status.ACCEPTED : Status.DECLINED;
        answerNote = note;
        answeredAt = at;
    }

    void withdraw(Instant at) {
        status = Status.WITHDRAWN;
        answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Quotes.Source source() {
        return source.view();
    }

    public String currency() {
        return currency;
    }

    public BigDecimal total() {
        return total;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answerNote() {
        return answerNote;
    }

    public long version() {
        return version;
    }
}
