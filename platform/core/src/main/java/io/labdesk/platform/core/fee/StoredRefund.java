package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.fee.Refunds.Status;
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
import java.time.LocalDate;
import java.util.UUID;

/** A refund owed for a module's record, and its payment once recorded. */
@Entity
@Table(name = "refund")
public class StoredRefund extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Embedded
    private RecordSource source;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "owed_since", nullable = false, updatable = false)
    private Instant owedSince;

    @Column(name = "owed_by", nullable = false, length = 100, updatable = false)
    private String owedBy;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference", length = 200)
    private String paymentReference;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected StoredRefund() {
    }

    StoredRefund(String number, Quotes.Source source, BigDecimal amount, String currency,
                 String reason, Instant owedSince, String owedBy) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.source = new RecordSource(source);
        this.amount = amount;
        this.currency = currency;
        this.reason = reason;
        this.status = Status.OWED;
        this.owedSince = owedSince;
        this.owedBy = owedBy;
    }

    void paid(LocalDate on, String reference, String by) {
        status = Status.PAID;
        paidOn = on;
        paymentReference = reference;
        recordedBy = by;
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

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public Instant owedSince() {
        return owedSince;
    }

    public String owedBy() {
        return owedBy;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }
}
