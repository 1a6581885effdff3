package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of a quote, fixed once issued. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private UUID quoteId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = 500, updatable = false)
    private String description;

    @Column(nullable = false, precision = 12, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    protected QuoteLine() {
    }

    QuoteLine(UUID quoteId, int position, String description, BigDecimal quantity, BigDecimal unitPrice) {
        this.id = UUID.randomUUID();
        this.quoteId = quoteId;
        this.position = position;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public int position() {
        return position;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }
}
