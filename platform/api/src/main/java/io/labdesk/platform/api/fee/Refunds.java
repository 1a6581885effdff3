package io.labdesk.platform.api.fee;

import io.labdesk.platform.api.deadline.Recipients;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Refunds the institution owes (P9: within 5 working days unless it says otherwise): each tracked as a deadline on
 * the institution's calendar, warned to those the module names, until it is recorded as paid.
 */
public interface Refunds {

    /** P9's period, for modules without a setting of their own. */
    int DEFAULT_WORKING_DAYS = 5;

    enum Status { OWED, PAID }

    record Refund(UUID id, String number, Quotes.Source source, BigDecimal amount, String currency, String reason,
                  Status status, Instant owedSince, String owedBy, LocalDate paidOn, String paymentReference,
                  String recordedBy, long version) {
    }

    /**
     * Owes {@code amount} for {@code source} in the caller's transaction and starts its deadline of
     * {@code workingDays}; {@code link} opens the record in the module's view (relative to LabDesk's address).
     */
    Refund owe(Quotes.Source source, BigDecimal amount, String currency, String reason, int workingDays, String link,
               Recipients warn);

    /** Records the refund as paid on {@code paidOn} with the payment's reference; the deadline is met. */
    Refund recordPaid(UUID refund, LocalDate paidOn, String paymentReference, long version);

    /** The record's refunds, oldest first. */
    List<Refund> of(String module, UUID subject);
}
