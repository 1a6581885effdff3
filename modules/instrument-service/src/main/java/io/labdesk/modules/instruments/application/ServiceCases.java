package io.labdesk.modules.instruments.application;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.domain.CaseKind;
import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.modules.instruments.domain.ChargeKind;
import io.labdesk.modules.instruments.domain.Exclusion;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.InstrumentPart;
import io.labdesk.modules.instruments.domain.OldParts;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.ServiceFigures;
import io.labdesk.modules.instruments.domain.ServiceLevels;
import io.labdesk.modules.instruments.domain.Signature;
import io.labdesk.modules.instruments.domain.Warranty;
import io.labdesk.modules.instruments.domain.Way;
import io.labdesk.modules.instruments.infrastructure.persistence.InstrumentRegister;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.deadline.Timeliness;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.fee.QuoteAnswered;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.fee.Refunds;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The life of a service case (W2–W4, W6): opened on a repair, replacement, installation or maintenance request for an
 * instrument on record, with the warranty decided at once; diagnosed, with the way agreed (again decided when an
 * excluded cause is found); quoted when chargeable — no work before the customer accepts; parts ordered or the
 * instrument returned to the factory, each with its cycle; the engineer on site; a longer cycle told before its
 * deadline; the work done, fitted parts starting their own warranty; closed. The customer is told at each step.
 */
@ApplicationScoped
public class ServiceCases {

    @Inject
    InstrumentRegister register;

    @Inject
    Instruments instruments;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WorkingTime workingTime;

    @Inject
    RequestDirectory requests;

    @Inject
    RecordNumbers numbers;

    @Inject
    Quotes quotes;

    @Inject
    Refunds refunds;

    @Inject
    Institution institution;

    @Inject
    ServiceDeadlines deadlines;

    @Inject
    CustomerNotices notices;

    @Inject
    RecordFiles files;

    @Inject
    StaffDirectory staff;

    @Inject
    DocumentPrinter printer;

    /** A case to open: on request {@code requestNumber} for instrument {@code instrumentId}. */
    public record NewCase(String requestNumber, UUID instrumentId, boolean instrumentDown, String fault, UUID partId) {
    }

    /** One line of a quote: what kind of charge, what, how many, at what unit price. */
    public record Line(ChargeKind kind, String description, BigDecimal quantity, BigDecimal unitPrice) {
    }

    /** A case as its page shows it: the instrument, quotes, refunds and deadlines. */
    public record Detail(ServiceCase serviceCase, Instrument instrument, List<Quotes.Quote> quotes,
                         List<Refunds.Refund> refunds, List<TrackedDeadline> deadlines) {
    }

    @Transactional
    public ServiceCase open(NewCase n) {
        modules.require(InstrumentServiceModule.SERVICE);
        RequestDirectory.Request request = n.requestNumber() == null ? null
                : requests.byNumber(n.requestNumber()).orElse(null);
        if (request == null) {
            throw InvalidModuleInput.of("request", Text.of("找不到该服务请求。", "There is no such request."));
        }
        CaseKind kind = CaseKind.ofRequestType(request.typeCode()).orElseThrow(() -> InvalidModuleInput.of("request",
                Text.of("只有维修、更换、安装调试或维护保养请求可以开服务单。",
                        "A service case is opened on a repair, replacement, installation or maintenance request.")));
        if (register.onRequest(request.id()).stream().anyMatch(c -> !c.status().finished())) {
            throw InvalidModuleInput.of("request", Text.of("该请求已有进行中的服务单。",
                    "The request already has a service case under way."));
        }
        if (n.instrumentId() == null) {
            throw InvalidModuleInput.of("instrument", Text.of("请选择仪器。", "Choose the instrument."));
        }
        if (n.fault() == null || n.fault().isBlank() || n.fault().strip().length() > 4000) {
            throw InvalidModuleInput.of("fault", Text.of("请描述故障或需求（不超过 4000 字）。",
                    "Describe the fault or what is needed (at most 4,000 characters)."));
        }
        Instrument instrument = register.instrument(n.instrumentId());
        InstrumentPart part = n.partId() == null ? null : instruments.fittedPart(instrument, n.partId());
        RequestDirectory.Contact contact = requests.contact(request.id()).orElse(request.contact());
        String email = blank(contact.email()) ? instrument.customerEmail() : contact.email();
        String phone = blank(contact.phone()) ? instrument.customerPhone() : contact.phone();
        String language = Languages.choose(contact.language(), institution.defaultLocale()).toLanguageTag();
        Instant now = now();
        Warranty.Decision decision = Warranty.decide(instrument.coverage(), part == null ? null : part.warranty(),
                today(), null);
        boolean down = n.instrumentDown() || request.emergency();
        ServiceCase c = new ServiceCase(numbers.next("IS", today().getYear()), instrument.id(),
                new ServiceCase.Opening(request.id(), request.number(), kind, down,
                        deadlines.levels().local(instrument.place()), n.fault().strip(), n.partId(),
                        blank(contact.name()) ? instrument.customerName() : contact.name(), email, phone, language),
                decision, now, currentTenant.actor());
        register.add(c);
        register.written(c, "The service case");
        Instant received = request.receivedAt() == null ? now : request.receivedAt();
        deadlines.proposalDue(c, received);
        if (down) {
            deadlines.onSiteDue(c, received, instrument.place());
        }
        notices.received(c, instrument);
        return c;
    }

    /**
     * The diagnosis and the way agreed with the customer; an excluded cause found decides the warranty again (an
     * in-warranty repair becomes chargeable, with the reason). The proposal is made; an on-site way is held to the
     * on-site service level from the request.
     */
    @Transactional
    public ServiceCase diagnose(UUID id, String diagnosis, Way way, Exclusion exclusion, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        if (c.status() != CaseStatus.OPEN && c.status() != CaseStatus.READY) {
            throw InvalidModuleInput.of("status", Text.of("服务已开始或已结束，不能再改诊断。",
                    "The work has started or the case is over: the diagnosis can no longer change."));
        }
        if (blank(diagnosis) || diagnosis.strip().length() > 4000 || way == null) {
            throw InvalidModuleInput.of("diagnosis", Text.of("请填写诊断（不超过 4000 字）并选择服务方式。",
                    "Write the diagnosis (at most 4,000 characters) and choose the way of service."));
        }
        Instrument instrument = register.instrument(c.instrumentId());
        InstrumentPart part = c.partId() == null ? null : instruments.fittedPart(instrument, c.partId());
        c.judged(Warranty.decide(instrument.coverage(), part == null ? null : part.warranty(),
                c.openedAt().atZone(workingTime.zone()).toLocalDate(), exclusion));
        Instant now = now();
        c.diagnosed(diagnosis.strip(), way, currentTenant.actor(), now);
        deadlines.proposed(c, now);
        if (way.onSite() && deadlines.of(c.id()).stream().noneMatch(d -> d.name().equals(ServiceLevels.ON_SITE))) {
            RequestDirectory.Request request = requests.find(c.requestId()).orElse(null);
            deadlines.onSiteDue(c, request == null || request.receivedAt() == null ? c.openedAt()
                    : request.receivedAt(), instrument.place());
        }
        notices.diagnosed(c);
        return register.written(c, "The service case " + c.number());
    }

    /**
     * The quote of a chargeable case with its lines; after the warranty only materials are charged where the
     * institution follows source 002. The customer answers by link; the case's deadlines wait meanwhile.
     */
    @Transactional
    public ServiceCase quote(UUID id, List<Line> lines, String note, long version) {
        modules.require(InstrumentServiceModule.CHARGE);
        ServiceCase c = register.caseAt(id, version);
        if (!c.chargeable()) {
            throw InvalidModuleInput.of("lines", Text.of("本服务单在保修范围内，不收费，无需报价。",
                    "This case is covered by the warranty: nothing to quote."));
        }
        if (c.way() == null || c.status() != CaseStatus.OPEN && c.status() != CaseStatus.AWAITING_ACCEPTANCE) {
            throw InvalidModuleInput.of("status", Text.of("请先诊断并确定服务方式；服务开始后不能再报价。",
                    "Diagnose and agree the way first; once work started there is no new quote."));
        }
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(l -> l.kind() == null
                || blank(l.description()) || l.quantity() == null || l.unitPrice() == null)) {
            throw InvalidModuleInput.of("lines", Text.of("每一行须有类别（配件、人工、差旅）、内容、数量和单价。",
                    "Each line needs its kind (parts, labour, travel), what it is, a quantity and a unit price."));
        }
        boolean materialsOnly = settings().flag("materialsOnlyAfterWarranty");
        for (Line l : lines) {
            if (!l.kind().chargeable(c.decision(), materialsOnly)) {
                throw InvalidModuleInput.of("lines", Text.of("保修期外只收材料费：" + l.kind().label().zh() + "不收费。",
                        "After the warranty only materials are charged: no " + l.kind().label().en().toLowerCase()
                                + "."));
            }
        }
        Locale locale = Languages.choose(Languages.spoken(c.customerLanguage()).orElse(null), null);
        Quotes.Issued issued = quotes.issue(new Quotes.Source(InstrumentServiceModule.ID, c.id(), c.number()),
                settings().text("currency"), lines.stream().map(l -> new Quotes.Line(l.kind().label().in(locale)
                        + "：" + l.description().strip(), l.quantity(), l.unitPrice())).toList(),
                blank(note) ? null : note.strip());
        if (c.status() == CaseStatus.OPEN) {
            deadlines.pause(c, now());
        }
        c.quoted(issued.quote().id());
        notices.quote(c, issued);
        return register.written(c, "The service case " + c.number());
    }

    /** The customer answered the case's quote: work may go ahead, or the case ends as declined. */
    @Transactional
    void onQuoteAnswered(@Observes QuoteAnswered answer) {
        if (!answer.module().equals(InstrumentServiceModule.ID)) {
            return;
        }
        register.findCase(answer.subject()).filter(c -> c.status() == CaseStatus.AWAITING_ACCEPTANCE)
                .filter(c -> answer.quote().equals(c.quoteId())).ifPresent(c -> {
                    c.quoteAnswered(answer.accepted());
                    if (answer.accepted()) {
                        deadlines.resume(c, now());
                        notices.started(c);
                    } else {
                        deadlines.stop(c);
                    }
                    register.written(c, "The service case " + c.number());
                });
    }

    /** Parts ordered for the repair: the parts cycle starts and the customer is told when it is due. */
    @Transactional
    public ServiceCase orderParts(UUID id, String parts, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        ready(c);
        if (blank(parts) || parts.strip().length() > 2000) {
            throw InvalidModuleInput.of("parts", Text.of("请列出订购的配件（不超过 2000 字）。",
                    "List the parts ordered (at most 2,000 characters)."));
        }
        Instant now = now();
        c.partsOrdered(parts.strip(), now);
        deadlines.cycleDue(c, now);
        notices.partsOrdered(c, due(c));
        return register.written(c, "The service case " + c.number());
    }

    /** A manager approves replacing the instrument through the factory (source 004 1.4.3). */
    @Transactional
    public ServiceCase approveReplacement(UUID id, long version) {
        modules.require(InstrumentServiceModule.APPROVE);
        ServiceCase c = register.caseAt(id, version);
        if (c.way() != Way.FACTORY_REPLACEMENT || c.status().finished() || c.factorySentAt() != null) {
            throw InvalidModuleInput.of("way", Text.of("只有约定经厂家更换、尚未发出的服务单需要批准。",
                    "Only a case agreed as a replacement through the factory, not yet sent, is approved."));
        }
        c.replacementApproved(currentTenant.actor(), now());
        return register.written(c, "The service case " + c.number());
    }

    /**
     * The factory's answer to the approved replacement, with its words; a refusal sends the case back to choosing
     * another way and the customer is told.
     */
    @Transactional
    public ServiceCase recordFactoryAnswer(UUID id, boolean accepted, String answer, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        if (c.way() != Way.FACTORY_REPLACEMENT || c.replacementApprovedAt() == null) {
            throw InvalidModuleInput.of("approval", Text.of("请先由主管批准经厂家更换。",
                    "A manager approves the replacement first."));
        }
        if (answer == null || answer.isBlank() || answer.strip().length() > 2000) {
            throw InvalidModuleInput.of("answer", Text.of("请记录厂家的答复（不超过 2000 字）。",
                    "Record the factory's answer (at most 2,000 characters)."));
        }
        c.factoryAnswered(accepted, answer.strip(), now());
        if (!accepted) {
            notices.replacementRefused(c);
        }
        return register.written(c, "The service case " + c.number());
    }

    /** The instrument went to the factory (a return or a replacement through it): the factory cycle starts. */
    @Transactional
    public ServiceCase sendToFactory(UUID id, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        ready(c);
        if (c.way() != Way.FACTORY_RETURN && c.way() != Way.FACTORY_REPLACEMENT) {
            throw InvalidModuleInput.of("way", Text.of("约定的服务方式不是返厂。", "The agreed way is not through the factory."));
        }
        if (c.way() == Way.FACTORY_REPLACEMENT && !c.replacementCleared()) {
            throw InvalidModuleInput.of("approval", Text.of("经厂家更换须经主管批准并得到厂家同意。",
                    "A replacement through the factory needs a manager's approval and the factory's consent."));
        }
        Instant now = now();
        c.sentToFactory(now);
        deadlines.cycleDue(c, now);
        notices.atFactory(c, due(c));
        return register.written(c, "The service case " + c.number());
    }

    /** The engineer arrived on site: the on-site service level is met at that time. */
    @Transactional
    public ServiceCase arrive(UUID id, String engineer, Instant at, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        if (c.status() != CaseStatus.PARTS_ORDERED) {
            ready(c);
        }
        mayWork(c);
        if (c.way() == null || !c.way().onSite()) {
            throw InvalidModuleInput.of("way", Text.of("约定的服务方式不需上门。", "The agreed way is not on site."));
        }
        Instant when = at == null ? now() : at;
        if (when.isAfter(now().plusSeconds(60)) || when.isBefore(c.openedAt())) {
            throw InvalidModuleInput.of("arrivedAt", Text.of("到达时间须在开单之后、不晚于现在。",
                    "The arrival is after the case opened and not in the future."));
        }
        c.arrived(blank(engineer) ? staff.find(currentTenant.actor()).map(StaffDirectory.StaffMember::displayName)
                .orElse(currentTenant.actor()) : engineer.strip(), when);
        deadlines.onSite(c, when);
        return register.written(c, "The service case " + c.number());
    }

    /**
     * The customer is told that the repair takes longer than its cycle, with the reason: recorded, and whether it was
     * told before the cycle's deadline.
     */
    @Transactional
    public ServiceCase tellLongerCycle(UUID id, String reason, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        TrackedDeadline cycle = deadlines.runningCycle(c).orElseThrow(() -> InvalidModuleInput.of("cycle",
                Text.of("该服务单没有进行中的维修周期。", "The case has no repair cycle running.")));
        if (blank(reason) || reason.strip().length() > 2000) {
            throw InvalidModuleInput.of("reason", Text.of("请说明延长的原因和新的预计时间（不超过 2000 字）。",
                    "Give the reason and the new expected date (at most 2,000 characters)."));
        }
        Instant now = now();
        c.longerCycleTold(reason.strip(), now, cycle.due() == null || now.isBefore(cycle.due()));
        notices.longerCycle(c);
        return register.written(c, "The service case " + c.number());
    }

    /** A fitted part as the work report lists it. */
    public record FittedPart(String name, String partNumber) {
    }

    /**
     * The work is done, with its report and the parts fitted (each under its own warranty from today); the repair
     * cycle is met. An on-site way needs the engineer's arrival first.
     */
    @Transactional
    public ServiceCase complete(UUID id, String report, List<FittedPart> fitted, OldParts oldParts, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        if (c.status() != CaseStatus.READY && c.status() != CaseStatus.PARTS_ORDERED
                && c.status() != CaseStatus.AT_FACTORY) {
            throw InvalidModuleInput.of("status", Text.of("该服务单当前不能完工。", "This case cannot be completed now."));
        }
        mayWork(c);
        if (c.way().onSite() && c.arrivedAt() == null) {
            throw InvalidModuleInput.of("arrivedAt", Text.of("请先登记工程师到达现场。",
                    "Record the engineer's arrival on site first."));
        }
        if (blank(report) || report.strip().length() > 4000) {
            throw InvalidModuleInput.of("report", Text.of("请填写服务报告：发现的问题和所做的工作（不超过 4000 字）。",
                    "Write the work report: what was found and done (at most 4,000 characters)."));
        }
        List<FittedPart> parts = fitted == null ? List.of() : fitted;
        if (parts.stream().anyMatch(p -> blank(p.name()) || p.name().strip().length() > 200
                || p.partNumber() != null && p.partNumber().strip().length() > 100)) {
            throw InvalidModuleInput.of("parts", Text.of("每个更换件须有名称（不超过 200 字）。",
                    "Each fitted part needs its name (at most 200 characters)."));
        }
        if (!parts.isEmpty() && oldParts == null) {
            throw InvalidModuleInput.of("oldParts", Text.of("请记录换下的配件是交还客户还是按客户意愿处置。",
                    "Record whether the parts taken out were handed to the customer or disposed of at their wish."));
        }
        Instant now = now();
        int months = (int) settings().number("partWarrantyMonths");
        parts.forEach(p -> register.add(new InstrumentPart(c.instrumentId(), c.id(), p.name().strip(),
                blank(p.partNumber()) ? null : p.partNumber().strip(), today(), months)));
        c.done(report.strip(), parts.isEmpty() ? null : oldParts, currentTenant.actor(), now);
        deadlines.cycleDone(c, now);
        notices.done(c);
        return register.written(c, "The service case " + c.number());
    }

    /**
     * The customer signs the work off on the engineer's phone or tablet: their name and the signature drawn (a PNG),
     * kept as the case's record file with its SHA-256.
     */
    @Transactional
    public ServiceCase signOff(UUID id, String name, byte[] signature, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        if (c.status() != CaseStatus.WORK_DONE) {
            throw InvalidModuleInput.of("status", Text.of("服务完成后客户才能签字确认。",
                    "The customer signs off once the work is done."));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InvalidModuleInput.of("signedBy", Text.of("请填写签字人姓名（不超过 100 字）。",
                    "Give the name of who signs (at most 100 characters)."));
        }
        if (!Signature.isPng(signature)) {
            throw InvalidModuleInput.of("signature", Text.of("请客户在签名框内签字。", "Ask the customer to sign in the box."));
        }
        RecordFiles.StoredFile file = files.attach(InstrumentServiceModule.ID, c.id(), "signature-" + c.number()
                + ".png", signature);
        c.signedOff(name.strip(), now(), file.id(), file.sha256());
        return register.written(c, "The service case " + c.number());
    }

    /**
     * Closed once the work is done and, after a visit on site, signed off; the service report (PDF, with the
     * signature) goes to the customer.
     */
    @Transactional
    public ServiceCase close(UUID id, long version) {
        modules.require(InstrumentServiceModule.SERVICE);
        ServiceCase c = register.caseAt(id, version);
        if (c.status() != CaseStatus.WORK_DONE) {
            throw InvalidModuleInput.of("status", Text.of("服务完成后才能结案。", "A case closes once the work is done."));
        }
        if (c.needsSignOff()) {
            throw InvalidModuleInput.of("signature", Text.of("上门服务须客户签字确认后才能结案。",
                    "A visit on site closes once the customer signed it off."));
        }
        c.close(currentTenant.actor(), now());
        deadlines.stop(c);
        notices.closed(c, report(c, Languages.choose(Languages.spoken(c.customerLanguage()).orElse(null),
                institution.defaultLocale())));
        return register.written(c, "The service case " + c.number());
    }

    /** The service report as PDF in {@code locale}: the instrument, warranty, diagnosis, work, parts, sign-off. */
    @Transactional
    public byte[] reportPdf(UUID id, Locale locale) {
        modules.require(InstrumentServiceModule.READ);
        ServiceCase c = register.serviceCase(id);
        if (c.doneAt() == null) {
            throw InvalidModuleInput.of("report", Text.of("服务完成后才有服务报告。", "The service report comes once the work is done."));
        }
        return report(c, locale);
    }

    private byte[] report(ServiceCase c, Locale locale) {
        byte[] signature = c.signatureFileId() == null ? null : files.content(InstrumentServiceModule.ID, c.id(),
                c.signatureFileId()).map(RecordFiles.Content::bytes).orElse(null);
        return printer.pdf(ServiceReport.of(institution.name(locale), c, register.instrument(c.instrumentId()),
                register.parts(c.instrumentId()).stream().filter(p -> c.id().equals(p.caseId())).toList(), signature,
                workingTime.zone(), locale));
    }

    /** A refund owed on the case (a charge found not due), tracked until paid. */
    @Transactional
    public Refunds.Refund oweRefund(UUID id, BigDecimal amount, String reason) {
        modules.require(InstrumentServiceModule.CHARGE);
        ServiceCase c = register.serviceCase(id);
        if (amount == null || amount.signum() <= 0 || blank(reason) || reason.strip().length() > 2000) {
            throw InvalidModuleInput.of("refund", Text.of("请填写大于零的退款金额和原因。",
                    "Give an amount above zero and the reason of the refund."));
        }
        BigDecimal paid = quotes.of(InstrumentServiceModule.ID, id).stream()
                .filter(q -> q.status() == Quotes.Status.ACCEPTED).map(Quotes.Quote::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal owed = refunds.of(InstrumentServiceModule.ID, id).stream().map(Refunds.Refund::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (owed.add(amount).compareTo(paid) > 0) {
            throw InvalidModuleInput.of("refund", Text.of("退款不能超过客户已接受的报价金额。",
                    "A refund cannot exceed what the customer accepted to pay."));
        }
        return refunds.owe(new Quotes.Source(InstrumentServiceModule.ID, c.id(), c.number()), amount,
                settings().text("currency"), reason.strip(), (int) settings().number("refundDays"),
                ServiceDeadlines.link(c), deadlines.chargers());
    }

    @Transactional
    public Refunds.Refund recordRefundPaid(UUID id, UUID refund, LocalDate paidOn, String reference, long version) {
        modules.require(InstrumentServiceModule.CHARGE);
        ServiceCase c = register.serviceCase(id);
        if (refunds.of(InstrumentServiceModule.ID, c.id()).stream().noneMatch(r -> r.id().equals(refund))) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return refunds.recordPaid(refund, paidOn, reference, version);
    }

    @Transactional
    public Detail detail(UUID id) {
        modules.require(InstrumentServiceModule.READ);
        ServiceCase c = register.serviceCase(id);
        return new Detail(c, register.instrument(c.instrumentId()), quotes.of(InstrumentServiceModule.ID, id),
                refunds.of(InstrumentServiceModule.ID, id), deadlines.of(id));
    }

    /** The cases opened on a request, newest first. */
    @Transactional
    public List<ServiceCase> onRequest(UUID requestId) {
        modules.require(InstrumentServiceModule.READ);
        return register.onRequest(requestId);
    }

    @Transactional
    public List<ServiceCase> search(String text, CaseStatus status, int limit) {
        modules.require(InstrumentServiceModule.READ);
        return register.cases(text, status, limit);
    }

    /** The dashboard's figures of the period, with the timeliness of the service levels and the quotes answered. */
    public record Figures(ServiceFigures.Summary summary, Map<String, Timeliness> timeliness, long quoted,
                          long quotesAccepted, int partsRepairDays, int factoryReturnDays) {
    }

    @Transactional
    public Figures figures(LocalDate from, LocalDate until) {
        modules.require(InstrumentServiceModule.READ);
        Instant start = from.atStartOfDay(workingTime.zone()).toInstant();
        Instant end = until.atStartOfDay(workingTime.zone()).toInstant();
        List<ServiceCase> opened = register.openedBetween(start, end);
        long quoted = 0;
        long accepted = 0;
        for (ServiceCase c : opened) {
            if (c.quoteId() != null) {
                quoted++;
                if (quotes.accepted(InstrumentServiceModule.ID, c.id())) {
                    accepted++;
                }
            }
        }
        Map<String, Timeliness> timeliness = new LinkedHashMap<>();
        deadlines.timeliness(start, end).forEach(t -> timeliness.put(t.name(), t));
        return new Figures(ServiceFigures.of(opened), timeliness, quoted, accepted,
                (int) settings().number("partsRepairDays"), (int) settings().number("factoryReturnDays"));
    }

    /** The cases opened in the period that a dashboard figure counts. */
    @Transactional
    public List<ServiceCase> behind(LocalDate from, LocalDate until, String facet, String value) {
        modules.require(InstrumentServiceModule.READ);
        return register.openedBetween(from.atStartOfDay(workingTime.zone()).toInstant(),
                until.atStartOfDay(workingTime.zone()).toInstant()).stream()
                .filter(ServiceFigures.matches(ServiceFigures.Facet.valueOf(facet), value)).toList();
    }

    @Transactional
    public Map<CaseStatus, Long> waiting() {
        return new LinkedHashMap<>(register.countByStatus());
    }

    private void ready(ServiceCase c) {
        if (c.status() != CaseStatus.READY) {
            throw InvalidModuleInput.of("status", c.status() == CaseStatus.AWAITING_ACCEPTANCE || c.status()
                    == CaseStatus.OPEN && c.chargeable() && c.way() != null
                    ? quoteFirst() : Text.of("该服务单当前为「" + c.status().label().zh() + "」，不能进行此步。",
                    "This case is " + c.status().label().en().toLowerCase() + ": not the time for this step."));
        }
        mayWork(c);
    }

    /** Chargeable work does not start before the customer accepted the case's latest quote. */
    private void mayWork(ServiceCase c) {
        if (c.chargeable() && !quotes.accepted(InstrumentServiceModule.ID, c.id())) {
            throw InvalidModuleInput.of("quote", quoteFirst());
        }
    }

    private static Text quoteFirst() {
        return Text.of("收费服务须待客户接受报价后才能开始。", "Chargeable work starts only once the customer accepted the quote.");
    }

    private LocalDate due(ServiceCase c) {
        return deadlines.runningCycle(c).map(d -> d.due().atZone(workingTime.zone()).toLocalDate()).orElse(today());
    }

    private ModuleSettings settings() {
        return modules.settings(InstrumentServiceModule.ID);
    }

    private LocalDate today() {
        return LocalDate.now(workingTime.zone());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
