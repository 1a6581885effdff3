package io.labdesk.modules.retest.application;

import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.domain.Cause;
import io.labdesk.modules.retest.domain.CauseCatalogue;
import io.labdesk.modules.retest.domain.CauseClass;
import io.labdesk.modules.retest.domain.Classification;
import io.labdesk.modules.retest.domain.Comparison;
import io.labdesk.modules.retest.domain.Eligibility;
import io.labdesk.modules.retest.domain.Fee;
import io.labdesk.modules.retest.domain.Independence;
import io.labdesk.modules.retest.domain.Measurement;
import io.labdesk.modules.retest.domain.Origin;
import io.labdesk.modules.retest.domain.RetestFigures;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestItem;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.modules.retest.domain.SampleKeeping;
import io.labdesk.modules.retest.domain.Tolerance;
import io.labdesk.modules.retest.infrastructure.persistence.RetestRegister;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.EmailAddress;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.deadline.Timeliness;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.fee.QuoteAnswered;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.fee.Refunds;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The life of a retest case: opened by the customer, by staff on a dispute or technical question, or by a complaint's
 * investigator (through the complaint module's event); checked for eligibility at once; decided by someone
 * independent of the original test and approved by a technical manager; quoted when charged; retested and compared;
 * concluded, with a corrective action and an amended report when the institution was at fault, and a refund when
 * the customer had paid. The complaint module hears the case's answers as module events.
 */
@ApplicationScoped
public class RetestCases {

    /** Request types a retest may be opened on from the request page. */
    public static final Set<String> REQUEST_TYPES = Set.of("DISPUTE", "TECHNICAL_QUESTION");

    @Inject
    RetestRegister register;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantModules modules;

    @Inject
    WorkingTime workingTime;

    @Inject
    StaffDirectory staff;

    @Inject
    RequestDirectory requests;

    @Inject
    Event<ModuleEvent> events;

    @Inject
    CorrectiveActions actions;

    @Inject
    Quotes quotes;

    @Inject
    Refunds refunds;

    @Inject
    Institution institution;

    @Inject
    RetestDeadlines deadlines;

    @Inject
    RecordNumbers numbers;

    @Inject
    CustomerNotices notices;

    /** One test item as filed: the original result with its unit and expanded uncertainty, a tolerance if set. */
    public record NewItem(String testItem, String method, String unit, BigDecimal value, BigDecimal uncertainty,
                          Tolerance tolerance) {
    }

    /** What a new case records of the customer, the original test and the claim. */
    public record NewCase(String customerName, String organisation, String email, String phone, String reportNumber,
                          LocalDate reportDate, String sample, String testedBy, String instrument,
                          String reportApprovedBy, String claim, List<NewItem> items) {
    }

    /** A case as its page shows it: items, quotes, refunds, deadlines and the actions it raised. */
    public record Detail(RetestCase retest, List<RetestItem> items, List<Quotes.Quote> quotes,
                         List<Refunds.Refund> refunds, List<TrackedDeadline> deadlines,
                         List<CorrectiveActions.Summary> actions) {
    }

    /**
     * Staff open a case: on the request {@code requestNumber} when given (a dispute or a technical question), else
     * for a customer who asked by phone or letter.
     */
    @Transactional
    public RetestCase open(NewCase n, String requestNumber) {
        modules.require(RetestModule.RECORD);
        Optional<RequestDirectory.Request> request = Optional.empty();
        if (requestNumber != null && !requestNumber.isBlank()) {
            request = requests.byNumber(requestNumber);
            if (request.isEmpty()) {
                throw InvalidModuleInput.of("request", Text.of("找不到服务请求 " + requestNumber.strip() + "。",
                        "There is no request " + requestNumber.strip() + "."));
            }
            if (!REQUEST_TYPES.contains(request.get().typeCode())) {
                throw InvalidModuleInput.of("request", Text.of("只有异议或技术问题类请求可以发起复测。",
                        "A retest is opened only on a dispute or a technical question."));
            }
        }
        String language = Languages.choose(request.map(r -> r.contact().language()).orElse(null),
                institution.defaultLocale()).toLanguageTag();
        RetestCase c = create(request.isPresent() ? Origin.REQUEST : Origin.CUSTOMER, n, language);
        request.ifPresent(r -> c.onRequest(r.id(), r.number()));
        return c;
    }

    /** A customer asks on the public form (from their request's tracking page, or with a report number alone). */
    @Transactional
    public RetestCase openOnline(NewCase n, String language, String requestNumber) {
        RetestCase c = create(Origin.CUSTOMER, n, Languages.choose(Languages.spoken(language).orElse(null),
                institution.defaultLocale()).toLanguageTag());
        if (requestNumber != null) {
            requests.byNumber(requestNumber).ifPresent(r -> c.onRequest(r.id(), r.number()));
        }
        return c;
    }

    /**
     * The complaint module's investigator ordered a retest: a case for that complaint, with what the complaint knows
     * of the report and the complainant. The case answers with module events the complaint module observes.
     */
    @Transactional
    void onRetestOrdered(@Observes ModuleEvent event) {
        if (!event.is("complaints", "retest-ordered")) {
            return;
        }
        Map<String, String> d = event.data();
        LocalDate reportDate = d.containsKey("reportDate") && !d.get("reportDate").isBlank()
                ? LocalDate.parse(d.get("reportDate")) : LocalDate.now(workingTime.zone());
        String report = d.getOrDefault("report", "");
        NewCase n = new NewCase(d.getOrDefault("customerName", d.getOrDefault("number", "")),
                d.get("customerOrganisation"), d.get("customerEmail"), d.get("customerPhone"),
                report.isBlank() ? d.getOrDefault("number", "") : report, reportDate, null, null, null, null,
                d.getOrDefault("note", ""), List.of());
        RetestCase c = createUnchecked(Origin.COMPLAINT, n, d.getOrDefault("customerLanguage",
                Languages.choose(institution.defaultLocale(), null).toLanguageTag()));
        c.forComplaint(event.subjectId(), d.get("number"));
        register.written(c);
        answerComplaint(c, c.status() == RetestStatus.NOT_ELIGIBLE ? "retest-refused" : "retest-accepted");
    }

    private RetestCase create(Origin origin, NewCase n, String language) {
        Map<String, Text> problems = check(n);
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        return createUnchecked(origin, n, language);
    }

    private RetestCase createUnchecked(Origin origin, NewCase n, String language) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = now.atZone(workingTime.zone()).toLocalDate();
        Eligibility.Verdict verdict = Eligibility.check(policy(), n.reportDate(), today,
                register.earlierRetests(n.reportNumber()), null);
        RetestCase c = new RetestCase(numbers.next("RT", today.getYear()),
                new RetestCase.Opening(origin, n.customerName().strip(), blankToNull(n.organisation()),
                        blankToNull(n.email()), blankToNull(n.phone()), language, n.reportNumber().strip(),
                        n.reportDate(), blankToNull(n.sample()), n.claim().strip()), verdict, now,
                currentTenant.actor());
        c.originalTest(blankToNull(n.testedBy()), blankToNull(n.instrument()), blankToNull(n.reportApprovedBy()));
        List<RetestItem> items = new ArrayList<>();
        for (int i = 0; i < n.items().size(); i++) {
            NewItem item = n.items().get(i);
            items.add(new RetestItem(c.id(), i + 1, item.testItem().strip(), blankToNull(item.method()),
                    new Measurement(item.value(), item.unit(), item.uncertainty()), item.tolerance()));
        }
        register.add(c, items);
        register.written(c);
        if (verdict.mayGoAhead()) {
            deadlines.decisionDue(c);
            notices.received(c);
        } else {
            notices.notEligible(c);
        }
        events.fire(new ModuleEvent(c.tenantId(), RetestModule.ID, verdict.mayGoAhead() ? "retest-opened"
                : "retest-not-eligible", c.id(), Map.of("number", c.number())));
        return c;
    }

    /** What staff recorded of the sample; the eligibility follows (a new sample is asked for where it is gone). */
    @Transactional
    public RetestCase recordSample(UUID id, SampleKeeping keeping, long version) {
        modules.require(RetestModule.RECORD);
        RetestCase c = register.atVersion(id, version);
        open(c);
        if (keeping == null || keeping.state() == SampleKeeping.State.RETAINED && keeping.keptUntil() == null) {
            throw InvalidModuleInput.of("sample", Text.of("请选择样品状态；留样中的样品须填写保留至哪天。",
                    "Choose what became of the sample; a retained sample needs the date it is kept until."));
        }
        if (keeping.state() == SampleKeeping.State.RETAINED
                && keeping.keptUntil().isBefore(LocalDate.now(workingTime.zone()))) {
            throw InvalidModuleInput.of("sampleKeptUntil", Text.of("保留期不能早于今天；样品已不在，请选择“已处置”。",
                    "The sample cannot be kept until a past day; if it is gone, choose \"disposed of\"."));
        }
        // Checked as when the case opened: the retests of the report before this one.
        c.sampleKept(keeping, Eligibility.check(policy(), c.reportDate(), c.openedAt().atZone(workingTime.zone())
                .toLocalDate(), register.earlierRetests(c.reportNumber()) - 1, keeping));
        return register.written(c);
    }

    /**
     * The original test as staff find it in their records: who tested on which instrument, who approved the report,
     * and its test items with their results; until the retest's results are in.
     */
    @Transactional
    public RetestCase recordOriginalTest(UUID id, String testedBy, String instrument, String reportApprovedBy,
                                         List<NewItem> items, long version) {
        modules.require(RetestModule.RECORD);
        RetestCase c = register.atVersion(id, version);
        open(c);
        if (c.status() == RetestStatus.RESULT_RECORDED) {
            throw InvalidModuleInput.of("items", Text.of("复测结果已录入，原测试不能再改。",
                    "The retest's results are in: the original test can no longer change."));
        }
        Map<String, Text> problems = check(new NewCase(c.customerName(), null, c.customerEmail(), c.customerPhone(),
                c.reportNumber(), c.reportDate(), null, testedBy, instrument, reportApprovedBy, c.claim(), items));
        if (items.isEmpty()) {
            problems.put("items", Text.of("请至少录入一个检测项目及其原结果。",
                    "Enter at least one test item with its original result."));
        }
        for (String name : List.of(testedBy, instrument, reportApprovedBy)) {
            if (name != null && name.strip().length() > 200) {
                problems.put("originalTest", Text.of("检测人员、仪器和批准人各不超过 200 字。",
                        "Tester, instrument and approver take at most 200 characters each."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        c.originalTest(blankToNull(testedBy), blankToNull(instrument), blankToNull(reportApprovedBy));
        register.replaceItems(c.id(), items.stream().map(item -> new RetestItem(c.id(), 0, item.testItem().strip(),
                blankToNull(item.method()), new Measurement(item.value(), item.unit(), item.uncertainty()),
                item.tolerance())).toList());
        return register.written(c);
    }

    /** The decision: investigation, cause, class (the cause's own unless a reason is written) and fee. */
    public record DecisionInput(String investigation, String causeCode, CauseClass chosenClass, String classReason,
                                BigDecimal price, BigDecimal chargedPercent, BigDecimal agreedAmount,
                                String agreement) {
    }

    @Transactional
    public RetestCase decide(UUID id, DecisionInput d, long version) {
        modules.require(RetestModule.DECIDE);
        RetestCase c = register.atVersion(id, version);
        if (c.status() != RetestStatus.RECEIVED && c.status() != RetestStatus.DECIDED) {
            throw InvalidModuleInput.of("status", Text.of("该复测已" + c.status().label().zh() + "，不能再作决定。",
                    "This retest is " + c.status().label().en().toLowerCase() + ": it cannot be decided now."));
        }
        StaffDirectory.StaffMember me = staff.find(currentTenant.actor()).orElseThrow();
        Independence.barToDecide(me, c.testedBy(), c.reportApprovedBy()).ifPresent(bar -> {
            throw InvalidModuleInput.of("decider", bar);
        });
        Map<String, Text> problems = new LinkedHashMap<>();
        if (blank(d.investigation()) || d.investigation().strip().length() > 10_000) {
            problems.put("investigation", Text.of("请填写调查情况（不超过 10000 字）。",
                    "Describe the investigation (at most 10,000 characters)."));
        }
        Optional<Cause> cause = d.causeCode() == null ? Optional.empty() : register.catalogue().find(d.causeCode());
        if (cause.isEmpty()) {
            problems.put("cause", Text.of("请从原因目录中选择原因。", "Choose the cause from the catalogue."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        CauseClass decided = Classification.decide(cause.get(), d.chosenClass(), d.classReason());
        BigDecimal share = d.chargedPercent() != null ? d.chargedPercent() : cause.get().chargedPercent();
        Fee fee = Fee.of(decided, d.price(), share, d.agreedAmount(), d.agreement());
        c.decide(d.investigation().strip(), cause.get(), decided,
                decided == cause.get().causeClass() ? null : d.classReason().strip(), fee,
                decided == CauseClass.NEGOTIATED ? d.agreement().strip() : null, currentTenant.actor(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        return register.written(c);
    }

    /**
     * A technical manager other than the decider approves: the retest starts, or the customer is sent the quote to
     * accept first.
     */
    @Transactional
    public RetestCase approve(UUID id, long version) {
        modules.require(RetestModule.APPROVE);
        RetestCase c = register.atVersion(id, version);
        if (c.status() != RetestStatus.DECIDED) {
            throw InvalidModuleInput.of("status", Text.of("只有已决定的复测可以批准。",
                    "Only a decided retest can be approved."));
        }
        StaffDirectory.StaffMember me = staff.find(currentTenant.actor()).orElseThrow();
        Independence.barToApprove(me, c.decidedBy(), c.testedBy()).ifPresent(bar -> {
            throw InvalidModuleInput.of("approver", bar);
        });
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean quoteNeeded = c.feeKind() == Fee.Kind.CHARGED && c.feeAmount().signum() > 0;
        c.approve(currentTenant.actor(), now, quoteNeeded);
        deadlines.decided(c, now);
        if (quoteNeeded) {
            Quotes.Issued issued = quotes.issue(new Quotes.Source(RetestModule.ID, c.id(), c.number()), currency(),
                    List.of(new Quotes.Line(Text.of("复测：报告 " + c.reportNumber(), "Retest: report "
                            + c.reportNumber()).in(Languages.choose(Languages.spoken(c.customerLanguage())
                            .orElse(null), null)), BigDecimal.ONE, c.feeAmount())), null);
            c.quoted(issued.quote().id());
            notices.quote(c, issued);
        } else {
            deadlines.retestDue(c, now);
            notices.retestStarts(c);
        }
        answerComplaint(c, "retest-accepted");
        return register.written(c);
    }

    /** The customer answered the case's quote: the retest starts, or the case ends as declined. */
    @Transactional
    void onQuoteAnswered(@Observes QuoteAnswered answer) {
        if (!answer.module().equals(RetestModule.ID)) {
            return;
        }
        register.find(answer.subject()).filter(c -> c.status() == RetestStatus.AWAITING_ACCEPTANCE)
                .filter(c -> answer.quote().equals(c.quoteId())).ifPresent(c -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    c.quoteAnswered(answer.accepted(), now);
                    if (answer.accepted()) {
                        deadlines.retestDue(c, now);
                    } else {
                        answerComplaint(c, "retest-refused");
                    }
                    register.written(c);
                });
    }

    /**
     * The retest's results, one per item, compared with the originals at once; the overall verdict and any review
     * it calls for are recorded, and the complaint module hears the result.
     */
    @Transactional
    public RetestCase recordResults(UUID id, Map<UUID, Measurement> results, long version) {
        modules.require(RetestModule.TEST);
        RetestCase c = register.atVersion(id, version);
        if (c.status() != RetestStatus.RETESTING && c.status() != RetestStatus.RESULT_RECORDED) {
            throw InvalidModuleInput.of("status", Text.of("复测尚未开始，不能录入结果。",
                    "The retest has not started: no results yet."));
        }
        List<RetestItem> items = register.items(c.id());
        if (items.isEmpty() || items.stream().anyMatch(i -> !results.containsKey(i.id()))) {
            throw InvalidModuleInput.of("results", Text.of("请为每个检测项目录入复测结果。",
                    "Enter the retest's result for every test item."));
        }
        List<Comparison> comparisons = items.stream().map(i -> i.retested(
                new Measurement(results.get(i.id()).value(), i.unit(), results.get(i.id()).expandedUncertainty())))
                .toList();
        Comparison.Verdict overall = comparisons.stream().anyMatch(x -> x.verdict() == Comparison.Verdict.DIFFERS)
                ? Comparison.Verdict.DIFFERS
                : comparisons.stream().anyMatch(x -> x.verdict() == Comparison.Verdict.NOT_COMPARABLE)
                ? Comparison.Verdict.NOT_COMPARABLE : Comparison.Verdict.AGREES;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        c.resultRecorded(overall, Classification.reviewAfter(c.causeClass(), overall).orElse(null),
                currentTenant.actor(), now);
        deadlines.retested(c, now);
        answerComplaint(c, "retest-result");
        return register.written(c);
    }

    /**
     * Concluded in {@code finalClass} (the decided one, or another after the review): when the institution was at
     * fault, a corrective action and the amended report's number, and a refund of what the customer paid; the
     * customer gets the result letter.
     */
    @Transactional
    public RetestCase conclude(UUID id, CauseClass finalClass, String conclusion, String amendedReport, long version) {
        modules.require(RetestModule.DECIDE);
        RetestCase c = register.atVersion(id, version);
        if (c.status() != RetestStatus.RESULT_RECORDED) {
            throw InvalidModuleInput.of("status", Text.of("请先录入复测结果。", "Record the retest's result first."));
        }
        Map<String, Text> problems = new LinkedHashMap<>();
        if (finalClass == null) {
            problems.put("finalClass", Text.of("请确认最终类别。", "Confirm the final class."));
        }
        if (blank(conclusion) || conclusion.strip().length() > 4000) {
            problems.put("conclusion", Text.of("请填写结论（不超过 4000 字）。", "Write the conclusion (at most 4,000 characters)."));
        }
        if (finalClass == CauseClass.INSTITUTION_AT_FAULT && (blank(amendedReport)
                || amendedReport.strip().length() > 100)) {
            problems.put("amendedReport", Text.of("本机构原因须更正报告：请填写更正或重新签发的报告编号。",
                    "The institution at fault corrects the report: give the number of the amended or reissued report."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        c.conclude(finalClass, conclusion.strip(), blankToNull(amendedReport), currentTenant.actor(), now);
        if (finalClass == CauseClass.INSTITUTION_AT_FAULT) {
            actions.raise(new CorrectiveActions.Source(RetestModule.ID, c.id(), c.number()),
                    CorrectiveActions.Kind.CORRECTIVE, Text.of("复测 " + c.number() + "：报告 " + c.reportNumber()
                            + " 结果有误（本机构原因）。" + conclusion.strip(), "Retest " + c.number() + ": report "
                            + c.reportNumber() + " was wrong (the institution's fault). " + conclusion.strip())
                            .in(institution.defaultLocale()));
            BigDecimal paid = c.quoteId() == null ? BigDecimal.ZERO : quotes.of(RetestModule.ID, c.id()).stream()
                    .filter(q -> q.id().equals(c.quoteId()) && q.status() == Quotes.Status.ACCEPTED)
                    .map(Quotes.Quote::total).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal owed = Fee.refundOwed(finalClass, paid);
            if (owed.signum() > 0) {
                refunds.owe(new Quotes.Source(RetestModule.ID, c.id(), c.number()), owed, currency(),
                        Text.of("复测判定为本机构原因，退还已收复测费。",
                                "The retest found the institution at fault: the retest fee is refunded.")
                                .in(institution.defaultLocale()),
                        (int) settings().number("refundDays"), "retests/" + c.id(), deadlines.decisionMakers());
            }
        }
        notices.result(c, register.items(c.id()));
        // The complaint hears the conclusion too: its class and the amended report are part of the outcome.
        answerComplaint(c, "retest-result");
        return register.written(c);
    }

    /** The refund the case owes was paid: recorded with the payment's date and reference, its deadline met. */
    @Transactional
    public Refunds.Refund recordRefundPaid(UUID id, UUID refund, LocalDate paidOn, String reference, long version) {
        modules.require(RetestModule.DECIDE);
        RetestCase c = register.get(id);
        if (refunds.of(RetestModule.ID, c.id()).stream().noneMatch(r -> r.id().equals(refund))) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return refunds.recordPaid(refund, paidOn, reference, version);
    }

    /** Refused by staff (the customer cannot provide a new sample, say), with the reason the customer is told. */
    @Transactional
    public RetestCase refuse(UUID id, String reason, long version) {
        modules.require(RetestModule.DECIDE);
        RetestCase c = register.atVersion(id, version);
        open(c);
        if (blank(reason) || reason.strip().length() > 2000) {
            throw InvalidModuleInput.of("refusal", Text.of("请说明不予复测的理由（不超过 2000 字）。",
                    "Give the reason for refusing (at most 2,000 characters)."));
        }
        c.refuse(reason.strip(), currentTenant.actor(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        deadlines.stop(c);
        notices.refused(c);
        answerComplaint(c, "retest-refused");
        return register.written(c);
    }

    @Transactional
    public Detail detail(UUID id) {
        modules.require(RetestModule.READ);
        RetestCase c = register.get(id);
        return new Detail(c, register.items(id), quotes.of(RetestModule.ID, id), refunds.of(RetestModule.ID, id),
                deadlines.of(id), actions.raisedBy(RetestModule.ID, id));
    }

    @Transactional
    public List<RetestCase> search(String text, RetestStatus status, int limit) {
        modules.require(RetestModule.READ);
        return register.search(text, status, limit);
    }

    /** The dashboard's figures of the period, with the timeliness of its deadlines and the catalogue to name causes. */
    public record Figures(RetestFigures.Summary summary, Timeliness decisions, Timeliness retests,
                         List<Cause> catalogue) {
    }

    @Transactional
    public Figures figures(LocalDate from, LocalDate until) {
        modules.require(RetestModule.READ);
        Instant start = from.atStartOfDay(workingTime.zone()).toInstant();
        Instant end = until.atStartOfDay(workingTime.zone()).toInstant();
        List<Timeliness> timeliness = deadlines.timeliness(start, end);
        return new Figures(RetestFigures.of(register.openedBetween(start, end)),
                timeliness.stream().filter(t -> t.name().equals(RetestDeadlines.DECISION)).findFirst().orElse(null),
                timeliness.stream().filter(t -> t.name().equals(RetestDeadlines.RETEST)).findFirst().orElse(null),
                register.catalogue().causes());
    }

    /** The cases opened in the period that a dashboard figure counts. */
    @Transactional
    public List<RetestCase> behind(LocalDate from, LocalDate until, RetestFigures.Facet facet, String value) {
        modules.require(RetestModule.READ);
        return register.openedBetween(from.atStartOfDay(workingTime.zone()).toInstant(),
                until.atStartOfDay(workingTime.zone()).toInstant()).stream()
                .filter(RetestFigures.matches(facet, value)).toList();
    }

    /** How many cases wait at each step, for the staff's tasks. */
    @Transactional
    public Map<RetestStatus, Long> waiting() {
        return register.countByStatus();
    }

    /** The cases opened on a request, newest first. */
    @Transactional
    public List<RetestCase> onRequest(UUID requestId) {
        modules.require(RetestModule.READ);
        return register.onRequest(requestId);
    }

    /** The institution's cause catalogue. */
    @Transactional
    public CauseCatalogue catalogue() {
        modules.require(RetestModule.READ);
        return register.catalogue();
    }

    /** Keeps the catalogue after checking it; causes cited by cases keep their codes. */
    @Transactional
    public CauseCatalogue keepCatalogue(CauseCatalogue catalogue) {
        modules.require(RetestModule.MANAGE);
        register.keepCatalogue(catalogue.checked());
        return register.catalogue();
    }

    private void answerComplaint(RetestCase c, String type) {
        if (c.complaintId() == null) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("number", c.number());
        data.put("complaintId", c.complaintId().toString());
        data.put("status", c.status().name());
        data.put("statusZh", c.status().label().zh());
        data.put("statusEn", c.status().label().en());
        if (c.overall() != null) {
            data.put("verdict", c.overall().name());
            data.put("verdictZh", c.overall().label().zh());
            data.put("verdictEn", c.overall().label().en());
        }
        if (c.refusal() != null) {
            data.put("refusal", c.refusal());
        }
        if (c.finalClass() != null) {
            data.put("finalClass", c.finalClass().name());
            data.put("amendedReport", c.amendedReport() == null ? "" : c.amendedReport());
        }
        if (c.eligibilityReasons() != null && c.status() == RetestStatus.NOT_ELIGIBLE) {
            data.put("refusalZh", c.eligibilityReasons().zh());
            data.put("refusalEn", c.eligibilityReasons().en());
        }
        events.fire(new ModuleEvent(c.tenantId(), RetestModule.ID, type, c.id(), data));
    }

    private Map<String, Text> check(NewCase n) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (blank(n.customerName()) || n.customerName().strip().length() > 100) {
            problems.put("customerName", Text.of("请填写姓名（不超过 100 字）。", "Give a name (at most 100 characters)."));
        }
        if (blank(n.email()) && blank(n.phone())) {
            Text either = Text.of("请填写电子邮箱或电话，以便告知复测结果。",
                    "Give an e-mail address or a phone number so that we can tell you the result.");
            problems.put("email", either);
            problems.put("phone", either);
        }
        if (!blank(n.email()) && !EmailAddress.valid(n.email().strip())) {
            problems.put("email", Text.of("电子邮箱格式不正确。", "This is not an e-mail address."));
        }
        if (!blank(n.phone()) && !n.phone().strip().matches("[+0-9 ()-]{5,40}")) {
            problems.put("phone", Text.of("电话号码格式不正确。", "This is not a phone number."));
        }
        if (blank(n.reportNumber()) || n.reportNumber().strip().length() > 100) {
            problems.put("reportNumber", Text.of("请填写报告编号。", "Give the report's number."));
        }
        if (n.reportDate() == null) {
            problems.put("reportDate", Text.of("请填写报告日期。", "Give the report's date."));
        }
        if (blank(n.claim()) || n.claim().strip().length() > 4000) {
            problems.put("claim", Text.of("请说明对结果的疑问（不超过 4000 字）。",
                    "Say what you question in the result (at most 4,000 characters)."));
        }
        if (n.items().size() > 50) {
            problems.put("items", Text.of("一次复测最多 50 个检测项目。", "At most 50 test items per retest."));
        }
        for (NewItem i : n.items()) {
            if (blank(i.testItem()) || i.testItem().strip().length() > 200 || i.value() == null
                    || i.unit() == null || i.unit().strip().length() > 40
                    || i.uncertainty() != null && i.uncertainty().signum() < 0) {
                problems.put("items", Text.of("每个检测项目须有名称、原结果和单位；不确定度不能为负。",
                        "Each test item needs a name, the original result and its unit; an uncertainty is never negative."));
            }
        }
        return problems;
    }

    private static void open(RetestCase c) {
        if (c.status().finished()) {
            throw InvalidModuleInput.of("status", Text.of("该复测已结束。", "This retest is over."));
        }
    }

    Eligibility.Policy policy() {
        ModuleSettings s = settings();
        return new Eligibility.Policy((int) s.number("windowDays"), (int) s.number("retentionDays"),
                (int) s.number("retestsPerReport"));
    }

    private ModuleSettings settings() {
        return modules.settings(RetestModule.ID);
    }

    private String currency() {
        return settings().text("currency");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
