package io.labdesk.modules.retest.interfaces;

import io.labdesk.modules.retest.application.CustomerNotices;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.Cause;
import io.labdesk.modules.retest.domain.CauseCatalogue;
import io.labdesk.modules.retest.domain.CauseClass;
import io.labdesk.modules.retest.domain.Measurement;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestItem;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.modules.retest.domain.SampleKeeping;
import io.labdesk.modules.retest.domain.Tolerance;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.ApiSummary;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleInput;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/v1/retests}: open a retest case (checked for eligibility at once), read them, record the sample,
 * decide, approve, enter the results (compared at once), conclude or refuse; the result letter as PDF; the
 * institution's cause catalogue.
 */
@Path("retests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiSummary("Retest cases: eligibility, cause and fee, decision and approval, results compared by En")
public class RetestsResource {

    @Inject
    RetestCases cases;

    @Inject
    CustomerNotices notices;

    @Inject
    DocumentPrinter printer;

    @POST
    @ApiSummary("Open a retest case, on a request when its number is given; eligibility is checked at once")
    public Response open(NewRetest n) {
        RetestCase c = cases.open(new RetestCases.NewCase(n.customerName(), n.organisation(), n.email(), n.phone(),
                n.reportNumber(), ModuleInput.date("reportDate", n.reportDate()), n.sample(), n.testedBy(),
                n.instrument(), n.reportApprovedBy(), n.claim(), n.items() == null ? List.of()
                : n.items().stream().map(RetestsResource::item).toList()), n.requestNumber());
        return Response.status(Response.Status.CREATED).entity(view(c.id())).build();
    }

    @GET
    @ApiSummary("The latest retest cases, or those matching q (number, customer, report) and status")
    public List<Summary> latest(@QueryParam("q") String q, @QueryParam("status") String status) {
        RetestStatus s;
        try {
            s = status == null || status.isBlank() ? null : RetestStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("status", Text.of("未知的状态。", "Unknown status."));
        }
        return cases.search(q, s, 200).stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    public View get(@PathParam("id") UUID id) {
        return view(id);
    }

    @PUT
    @Path("{id}/sample")
    @ApiSummary("Record what became of the sample (RETAINED with keptUntil, RETURNED, DISPOSED)")
    public View sample(@PathParam("id") UUID id, Sample s) {
        SampleKeeping.State state;
        try {
            state = SampleKeeping.State.valueOf(String.valueOf(s.state()));
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("sample", Text.of("样品状态为 RETAINED、RETURNED 或 DISPOSED。",
                    "The sample's state is RETAINED, RETURNED or DISPOSED."));
        }
        cases.recordSample(id, new SampleKeeping(state, ModuleInput.optionalDate("sampleKeptUntil", s.keptUntil())),
                s.version());
        return view(id);
    }

    @PUT
    @Path("{id}/original-test")
    @ApiSummary("Record the original test: tester, instrument, report approver and its items with their results")
    public View originalTest(@PathParam("id") UUID id, OriginalTest o) {
        cases.recordOriginalTest(id, o.testedBy(), o.instrument(), o.reportApprovedBy(), o.items() == null ? List.of()
                : o.items().stream().map(RetestsResource::item).toList(), o.version());
        return view(id);
    }

    @PUT
    @Path("{id}/decision")
    @ApiSummary("Decide: the investigation, the cause from the catalogue, the class (a reason when it departs) and the fee")
    public View decide(@PathParam("id") UUID id, Decision d) {
        CauseClass chosen;
        try {
            chosen = d.causeClass() == null || d.causeClass().isBlank() ? null : CauseClass.valueOf(d.causeClass());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("causeClass", Text.of("未知的类别。", "Unknown class."));
        }
        cases.decide(id, new RetestCases.DecisionInput(d.investigation(), d.cause(), chosen, d.classReason(),
                d.price(), d.chargedPercent(), d.agreedAmount(), d.agreement()), d.version());
        return view(id);
    }

    @POST
    @Path("{id}/approval")
    @ApiSummary("Approve the decision (a technical manager other than the decider); a charged retest sends the quote")
    public View approve(@PathParam("id") UUID id, Versioned v) {
        cases.approve(id, v.version());
        return view(id);
    }

    @PUT
    @Path("{id}/results")
    @ApiSummary("Enter the retest's result of every item; each is compared with the original at once")
    public View results(@PathParam("id") UUID id, Results r) {
        Map<UUID, Measurement> results = new LinkedHashMap<>();
        for (Result x : r.results() == null ? List.<Result>of() : r.results()) {
            if (x.item() == null || x.value() == null) {
                throw InvalidModuleInput.of("results", Text.of("请为每个检测项目录入复测结果。",
                        "Enter the retest's result for every test item."));
            }
            results.put(x.item(), new Measurement(x.value(), "", x.uncertainty()));
        }
        cases.recordResults(id, results, r.version());
        return view(id);
    }

    @POST
    @Path("{id}/conclusion")
    @ApiSummary("Conclude in a final class; at the institution's fault: corrective action, amended report, refund")
    public View conclude(@PathParam("id") UUID id, Conclusion c) {
        CauseClass finalClass;
        try {
            finalClass = c.finalClass() == null ? null : CauseClass.valueOf(c.finalClass());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("finalClass", Text.of("未知的类别。", "Unknown class."));
        }
        cases.conclude(id, finalClass, c.conclusion(), c.amendedReport(), c.version());
        return view(id);
    }

    @POST
    @Path("{id}/refusal")
    @ApiSummary("Refuse the retest with the reason the customer is told")
    public View refuse(@PathParam("id") UUID id, Refusal r) {
        cases.refuse(id, r.reason(), r.version());
        return view(id);
    }

    @POST
    @Path("{id}/refunds/{refund}/payment")
    @ApiSummary("Record the case's refund as paid (date and payment reference); its deadline is met")
    public View refundPaid(@PathParam("id") UUID id, @PathParam("refund") UUID refund, Payment p) {
        cases.recordRefundPaid(id, refund, ModuleInput.date("paidOn", p.paidOn()), p.reference(), p.version());
        return view(id);
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    @ApiSummary("The result letter as PDF, in lang (zh-CN or en)")
    public Response letter(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        RetestCases.Detail d = cases.detail(id);
        if (d.retest().status() != RetestStatus.CLOSED) {
            throw InvalidModuleInput.of("letter", Text.of("结案后才有结果通知书。", "The result letter comes with the conclusion."));
        }
        byte[] pdf = printer.pdf(notices.letter(d.retest(), d.items(),
                Languages.choose(Languages.spoken(language).orElse(null), null)));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.retest().number() + ".pdf\"").build();
    }

    @GET
    @Path("causes")
    @ApiSummary("The institution's cause catalogue")
    public List<CauseView> causes() {
        return cases.catalogue().causes().stream().map(CauseView::of).toList();
    }

    @PUT
    @Path("causes")
    @ApiSummary("Replace the institution's cause catalogue (checked whole)")
    public List<CauseView> keepCauses(List<CauseView> causes) {
        CauseCatalogue catalogue;
        try {
            catalogue = new CauseCatalogue(causes.stream().map(c -> new Cause(String.valueOf(c.code()),
                    Text.of(String.valueOf(c.nameZh()), String.valueOf(c.nameEn())),
                    CauseClass.valueOf(String.valueOf(c.causeClass())), c.chargedPercent())).toList());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("causes", Text.of("每项原因须有代码、中英文名称和类别。",
                    "Each cause needs a code, names in Chinese and English and a class."));
        }
        return cases.keepCatalogue(catalogue).causes().stream().map(CauseView::of).toList();
    }

    @jakarta.ws.rs.DELETE
    @Path("causes")
    @ApiSummary("Return to the default cause catalogue (source 000's three lists)")
    public List<CauseView> defaultCauses() {
        return cases.keepCatalogue(CauseCatalogue.defaults()).causes().stream().map(CauseView::of).toList();
    }

    private View view(UUID id) {
        return View.of(cases.detail(id));
    }

    private static RetestCases.NewItem item(NewItem i) {
        Tolerance tolerance = null;
        if (i.toleranceKind() != null && !i.toleranceKind().isBlank()) {
            try {
                tolerance = new Tolerance(Tolerance.Kind.valueOf(i.toleranceKind()), i.toleranceAmount());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidModuleInput.of("items", Text.of("允差须为 ABSOLUTE 或 RELATIVE_PERCENT，并有不小于 0 的数值。",
                        "A tolerance is ABSOLUTE or RELATIVE_PERCENT with an amount of 0 or more."));
            }
        }
        return new RetestCases.NewItem(i.testItem(), i.method(), i.unit() == null ? "" : i.unit(), i.value(),
                i.uncertainty(), tolerance);
    }

    /** {@code reportDate} yyyy-MM-dd; {@code requestNumber} optional, a dispute or technical question. */
    public record NewRetest(String customerName, String organisation, String email, String phone, String reportNumber,
                            String reportDate, String sample, String testedBy, String instrument,
                            String reportApprovedBy, String claim, List<NewItem> items, String requestNumber) {
    }

    /** {@code uncertainty}: the expanded uncertainty U; {@code toleranceKind} ABSOLUTE or RELATIVE_PERCENT. */
    public record NewItem(String testItem, String method, String unit, BigDecimal value, BigDecimal uncertainty,
                          String toleranceKind, BigDecimal toleranceAmount) {
    }

    public record Versioned(long version) {
    }

    public record OriginalTest(String testedBy, String instrument, String reportApprovedBy, List<NewItem> items,
                               long version) {
    }

    public record Sample(String state, String keptUntil, long version) {
    }

    /** {@code causeClass} only when departing from the cause's own class, then with {@code classReason}. */
    public record Decision(String investigation, String cause, String causeClass, String classReason,
                           BigDecimal price, BigDecimal chargedPercent, BigDecimal agreedAmount, String agreement,
                           long version) {
    }

    public record Result(UUID item, BigDecimal value, BigDecimal uncertainty) {
    }

    public record Results(List<Result> results, long version) {
    }

    public record Conclusion(String finalClass, String conclusion, String amendedReport, long version) {
    }

    public record Refusal(String reason, long version) {
    }

    /** {@code version}: the refund's, as listed in the case's {@code refunds}. */
    public record Payment(String paidOn, String reference, long version) {
    }

    public record CauseView(String code, String nameZh, String nameEn, String causeClass, BigDecimal chargedPercent) {

        static CauseView of(Cause c) {
            return new CauseView(c.code(), c.name().zh(), c.name().en(), c.causeClass().name(), c.chargedPercent());
        }
    }

    /** A case in a list. */
    public record Summary(UUID id, String number, String status, String customerName, String reportNumber,
                          String openedAt, String causeClass, String overall) {

        static Summary of(RetestCase c) {
            return new Summary(c.id(), c.number(), c.status().name(), c.customerName(), c.reportNumber(),
                    c.openedAt().toString(), c.causeClass() == null ? null : c.causeClass().name(),
                    c.overall() == null ? null : c.overall().name());
        }
    }

    public record ItemView(UUID id, String testItem, String method, String unit, BigDecimal originalValue,
                           BigDecimal originalUncertainty, BigDecimal retestValue, BigDecimal retestUncertainty,
                           String verdict, BigDecimal normalisedError, String explanationZh, String explanationEn) {

        static ItemView of(RetestItem i) {
            return new ItemView(i.id(), i.testItem(), i.method(), i.unit(), i.original().value(),
                    i.original().expandedUncertainty(), i.retest() == null ? null : i.retest().value(),
                    i.retest() == null ? null : i.retest().expandedUncertainty(),
                    i.verdict() == null ? null : i.verdict().name(), i.normalisedError(),
                    i.explanation() == null ? null : i.explanation().zh(),
                    i.explanation() == null ? null : i.explanation().en());
        }
    }

    public record DeadlineView(String name, String state, String due) {
    }

    public record RefundView(UUID id, String number, BigDecimal amount, String status, String paidOn, long version) {
    }

    /** A case in full: its record, items, quote and refunds, deadlines and the actions it raised. */
    public record View(UUID id, String number, String origin, String status, String requestNumber,
                       String complaintNumber, String customerName, String organisation, String reportNumber,
                       String reportDate, String sample, String testedBy, String instrument, String reportApprovedBy,
                       String claim, String eligibility, String eligibilityReasonsZh, String eligibilityReasonsEn,
                       String sampleState, String sampleKeptUntil, String investigation, String cause,
                       String causeClass, String classReason, String feeKind, BigDecimal feeAmount,
                       String decidedBy, String approvedBy, String quoteStatus, List<ItemView> items, String overall,
                       String reviewZh, String reviewEn, String finalClass, String conclusion, String amendedReport,
                       String refusal, List<RefundView> refunds,
                       List<DeadlineView> deadlines, List<String> actions,
                       long version) {

        static View of(RetestCases.Detail d) {
            RetestCase c = d.retest();
            String quoteStatus = d.quotes().isEmpty() ? null : d.quotes().get(d.quotes().size() - 1).status().name();
            return new View(c.id(), c.number(), c.origin().name(), c.status().name(), c.requestNumber(),
                    c.complaintNumber(), c.customerName(), c.customerOrganisation(), c.reportNumber(),
                    c.reportDate().toString(), c.sample(), c.testedBy(), c.instrument(), c.reportApprovedBy(),
                    c.claim(), c.eligibility().name(),
                    c.eligibilityReasons() == null ? null : c.eligibilityReasons().zh(),
                    c.eligibilityReasons() == null ? null : c.eligibilityReasons().en(),
                    c.sampleKeeping() == null ? null : c.sampleKeeping().state().name(),
                    c.sampleKeeping() == null || c.sampleKeeping().keptUntil() == null ? null
                            : c.sampleKeeping().keptUntil().toString(),
                    c.investigation(), c.causeCode(), c.causeClass() == null ? null : c.causeClass().name(),
                    c.classReason(), c.feeKind() == null ? null : c.feeKind().name(), c.feeAmount(), c.decidedBy(),
                    c.approvedBy(), quoteStatus, d.items().stream().map(ItemView::of).toList(),
                    c.overall() == null ? null : c.overall().name(), c.review() == null ? null : c.review().zh(),
                    c.review() == null ? null : c.review().en(), c.finalClass() == null ? null : c.finalClass().name(),
                    c.conclusion(), c.amendedReport(), c.refusal(),
                    d.refunds().stream().map(r -> new RefundView(r.id(), r.number(), r.amount(), r.status().name(),
                            r.paidOn() == null ? null : r.paidOn().toString(), r.version())).toList(),
                    d.deadlines().stream().map(x -> new DeadlineView(x.name(), x.state().name(),
                            x.due() == null ? null : x.due().toString())).toList(),
                    d.actions().stream().map(a -> a.number()).toList(), c.version());
        }
    }
}
