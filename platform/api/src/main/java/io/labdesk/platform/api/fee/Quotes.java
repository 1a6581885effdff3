package io.labdesk.platform.api.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Quotes the institution sends before chargeable work (P9): each line and the total told beforehand, accepted or
 * declined by the customer through a private link. Work that needs a quote does not start before the record's latest
 * quote is accepted ({@link #accepted}); the module hears the answer as a {@link QuoteAnswered} event.
 */
public interface Quotes {

    /** The record a quote is for: a module, its record and how people refer to it (a case number). */
    record Source(String module, UUID subject, String reference) {

        public Source {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** One line: what is charged, how many, at what unit price; its amount to the cent. */
    record Line(String description, BigDecimal quantity, BigDecimal unitPrice) {

        public BigDecimal amount() {
            return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        }
    }

    enum Status { AWAITING_ANSWER, ACCEPTED, DECLINED, WITHDRAWN }

    /** A quote as issued and answered; {@code answerNote} is what the customer wrote with the answer. */
    record Quote(UUID id, String number, Source source, String currency, List<Line> lines, BigDecimal total,
                 String note, Status status, Instant issuedAt, String issuedBy, Instant answeredAt, String answerNote,
                 long version) {
    }

    /** A quote just issued and the address that opens it to the customer (shown once: put it in the message). */
    record Issued(Quote quote, String link) {
    }

    /**
     * Issues a quote for {@code source} in the caller's transaction, in {@code currency} (ISO 4217, "CNY"), with a
     * note for the customer, or refuses it ({@link io.labdesk.platform.api.data.InvalidInput}) having stored nothing.
     * A quote of the record still awaiting an answer is withdrawn: the customer answers only the latest.
     */
    Issued issue(Source source, String currency, List<Line> lines, String note);

    /** The record's quotes, oldest first. */
    List<Quote> of(String module, UUID subject);

    /** Whether the record's latest quote was accepted (false when it has none). */
    default boolean accepted(String module, UUID subject) {
        List<Quote> quotes = of(module, subject);
        return !quotes.isEmpty() && quotes.get(quotes.size() - 1).status() == Status.ACCEPTED;
    }

    /** Withdraws a quote still awaiting its answer; its link then says so. */
    Quote withdraw(UUID quote, long version);
}
