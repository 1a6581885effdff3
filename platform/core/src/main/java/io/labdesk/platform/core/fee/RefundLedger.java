package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.fee.Refunds;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@link Refunds} on the table {@code refund}, each with its deadline {@value #DEADLINE} on the record's refund. */
@ApplicationScoped
public class RefundLedger implements Refunds {

    static final String DEADLINE = "refund";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantSettings settings;

    @Inject
    RecordNumbers numbers;

    @Inject
    WorkingTime workingTime;

    @Inject
    TrackedDeadlines deadlines;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund owe(Quotes.Source source, BigDecimal amount, String currency, String reason, int workingDays,
                      String link, Recipients warn) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2
                || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            problems.put("amount", "validation.refund.amount");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            problems.put("currency", "validation.quote.currency");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            problems.put("reason", "validation.refund.reason");
        }
        if (workingDays < 1 || workingDays > 60) {
            problems.put("workingDays", "validation.refund.workingDays");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredRefund refund = new StoredRefund(numbers.next("RF", now.atZone(workingTime.zone()).getYear()), source, amount, currency, reason.strip(), now, currentTenant.actor());
        tenantData.em().persist(refund);
        tenantData.em().flush();
        deadlines.start(DeadlinePlan.of(source.module(), refund.id(), DEADLINE)
                .says(refund.number(), Text.of("退款", "refund"),
                        Text.of("退还 " + amount.toPlainString() + " " + currency + "（" + source.reference() + "）",
                                "refund of " + amount.toPlainString() + " " + currency + " (" + source.reference() + ")"))
                .link(link).withinWorkingDays(now, workingDays).warn(warn, Recipients.none()).build());
        return view(refund);
    }

    @Override
    @Transactional
    public Refund recordPaid(UUID id, LocalDate paidOn, String paymentReference, long version) {
        StoredRefund refund = tenantData.em().find(StoredRefund.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (refund == null) {
            throw new NotFound("refund", id);
        }
        if (refund.version() != version) {
            throw new ConcurrentEdit("The refund " + refund.number());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (refund.status() == Status.PAID) {
            problems.put("refund", "validation.refund.paid");
        }
        ZoneId zone = ZoneId.of(settings.current().timeZone());
        if (paidOn == null || paidOn.isAfter(LocalDate.now(zone))
                || paidOn.isBefore(refund.owedSince().atZone(zone).toLocalDate())) {
            problems.put("paidOn", "validation.refund.paidOn");
        }
        if (paymentReference == null || paymentReference.isBlank() || paymentReference.strip().length() > 200) {
            problems.put("paymentReference", "validation.refund.paymentReference");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        refund.paid(paidOn, paymentReference.strip(), currentTenant.actor());
        tenantData.em().flush();
        deadlines.meet(refund.id(), DEADLINE, Instant.now());
        return view(refund);
    }

    @Override
    @Transactional
    public List<Refund> of(String module, UUID subject) {
        return tenantData.em().createQuery("SELECT r FROM StoredRefund r WHERE r.source.module = :m AND r.source.subject = :s "
                        + "ORDER BY r.owedSince, r.number", StoredRefund.class)
                .setParameter("m", module).setParameter("s", subject).getResultStream().map(RefundLedger::view).toList();
    }

    private static Refund view(StoredRefund r) {
        return new Refund(r.id(), r.number(), r.source(),
                r.amount(), r.currency(), r.reason(), r.status(), r.owedSince(), r.owedBy(), r.paidOn(),
                r.paymentReference(), r.recordedBy(), r.version());
    }
}
