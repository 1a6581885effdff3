package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.fee.QuoteAnswered;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tracking.TrackingLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@link Quotes} on the tables {@code quote} and {@code quote_line}; the customer's side through a private link. */
@ApplicationScoped
public class QuoteBook implements Quotes {

    private static final String SUBJECT = "quote:";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MOST = new BigDecimal("999999999999.99");

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TrackingLinks links;

    @Inject
    TenantSettings settings;

    @Inject
    RecordNumbers numbers;

    @Inject
    WorkingTime workingTime;

    @Inject
    Event<QuoteAnswered> answered;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(Source source, String currency, List<Line> lines, String note) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            problems.put("currency", "validation.quote.currency");
        }
        if (lines == null || lines.isEmpty() || lines.size() > 50) {
            problems.put("lines", "validation.quote.lines");
        } else if (lines.stream().anyMatch(l -> !valid(l))) {
            problems.put("lines", "validation.quote.line");
        }
        if (note != null && note.strip().length() > 2000) {
            problems.put("note", "validation.quote.note");
        }
        BigDecimal total = problems.isEmpty() ? lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.ZERO;
        if (total.compareTo(MOST) > 0) {
            problems.put("lines", "validation.quote.line");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        stored(source.module(), source.subject()).stream().filter(q -> q.status() == Status.AWAITING_ANSWER)
                .forEach(q -> q.withdraw(now));
        StoredQuote quote = new StoredQuote(numbers.next("QT", now.atZone(workingTime.zone()).getYear()), source,
                currency, total, note == null || note.isBlank() ? null : note.strip(), now, currentTenant.actor());
        tenantData.em().persist(quote);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            tenantData.em().persist(new QuoteLine(quote.id(), i + 1, l.description().strip(), l.quantity(),
                    l.unitPrice()));
        }
        tenantData.em().flush();
        String token = links.issue(SUBJECT + quote.id());
        String link = Setting.link("/t/" + settings.current().slug() + "/quote?key=" + token);
        return new Issued(view(quote), link);
    }

    @Override
    @Transactional
    public List<Quote> of(String module, UUID subject) {
        List<StoredQuote> quotes = stored(module, subject);
        Map<UUID, List<Line>> lines = lines(quotes.stream().map(StoredQuote::id).toList());
        return quotes.stream().map(q -> view(q, lines.getOrDefault(q.id(), List.of()))).toList();
    }

    @Override
    @Transactional
    public Quote withdraw(UUID id, long version) {
        StoredQuote quote = locked(id);
        if (quote.version() != version) {
            throw new ConcurrentEdit("The quote " + quote.number());
        }
        if (quote.status() != Status.AWAITING_ANSWER) {
            throw new InvalidInput(Map.of("quote", "validation.quote.answered"));
        }
        quote.withdraw(Instant.now().truncatedTo(ChronoUnit.MICROS));
        tenantData.em().flush();
        return view(quote);
    }

    /** The quote a customer's link opens in the current institution, if it opens one. */
    @Transactional
    public Optional<Quote> opened(String token) {
        return quoteId(token).map(id -> tenantData.em().find(StoredQuote.class, id)).map(this::view);
    }

    /**
     * The customer's answer through the link: accepted or declined, with an optional note; refused when the quote
     * was answered or withdrawn already. The source module hears it as {@link QuoteAnswered}.
     */
    @Transactional
    public Quote answer(String token, boolean accept, String note) {
        UUID id = quoteId(token).orElseThrow(() -> new NotFound("quote"));
        StoredQuote quote = locked(id);
        Map<String, String> problems = new LinkedHashMap<>();
        if (quote.status() != Status.AWAITING_ANSWER) {
            problems.put("answer", "validation.quote.answered");
        }
        if (note != null && note.strip().length() > 2000) {
            problems.put("answerNote", "validation.quote.note");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        quote.answer(accept, note == null || note.isBlank() ? null : note.strip(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        tenantData.em().flush();
        answered.fire(new QuoteAnswered(quote.tenantId(), quote.source().module(), quote.source().subject(), quote.id(),
                quote.number(), accept));
        return view(quote);
    }

    private Optional<UUID> quoteId(String token) {
        UUID tenant = currentTenant.id().orElse(null);
        return links.resolve(token).filter(t -> t.tenantId().equals(tenant))
                .filter(t -> t.subject().startsWith(SUBJECT))
                .map(t -> UUID.fromString(t.subject().substring(SUBJECT.length())));
    }

    private static boolean valid(Line l) {
        return l != null && l.description() != null && !l.description().isBlank()
                && l.description().strip().length() <= 500 && l.quantity() != null && l.quantity().signum() > 0
                && l.quantity().scale() <= 3 && l.quantity().compareTo(new BigDecimal("999999")) <= 0
                && l.unitPrice() != null && l.unitPrice().signum() >= 0 && l.unitPrice().compareTo(MOST) <= 0;
    }

    private List<StoredQuote> stored(String module, UUID subject) {
        return tenantData.em().createQuery("SELECT q FROM StoredQuote q WHERE q.source.module = :m AND q.source.subject = :s "
                        + "ORDER BY q.issuedAt, q.number", StoredQuote.class)
                .setParameter("m", module).setParameter("s", subject).getResultList();
    }

    private StoredQuote locked(UUID id) {
        StoredQuote quote = tenantData.em().find(StoredQuote.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (quote == null) {
            throw new NotFound("quote", id);
        }
        return quote;
    }

    private Map<UUID, List<Line>> lines(Collection<UUID> quotes) {
        Map<UUID, List<Line>> lines = new LinkedHashMap<>();
        if (quotes.isEmpty()) {
            return lines;
        }
        tenantData.em().createQuery("SELECT l FROM QuoteLine l WHERE l.quoteId IN :q ORDER BY l.position",
                        QuoteLine.class).setParameter("q", quotes).getResultStream()
                .forEach(l -> lines.computeIfAbsent(l.quoteId(), k -> new ArrayList<>())
                        .add(new Line(l.description(), l.quantity(), l.unitPrice())));
        return lines;
    }

    private Quote view(StoredQuote q) {
        return view(q, lines(List.of(q.id())).getOrDefault(q.id(), List.of()));
    }

    private static Quote view(StoredQuote q, List<Line> lines) {
        return new Quote(q.id(), q.number(), q.source(),
                q.currency(), List.copyOf(lines), q.total(), q.note(), q.status(), q.issuedAt(), q.issuedBy(),
                q.answeredAt(), q.answerNote(), q.version());
    }
}
