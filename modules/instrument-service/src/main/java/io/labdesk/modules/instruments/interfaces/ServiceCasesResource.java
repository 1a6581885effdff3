package io.labdesk.modules.instruments.interfaces;

import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.modules.instruments.domain.OldParts;
import io.labdesk.modules.instruments.domain.Signature;
import io.labdesk.modules.instruments.domain.ChargeKind;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.Way;
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
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/service-cases}: open a case on a repair, replacement, installation or maintenance request (the
 * warranty decided at once), diagnose with the agreed way, quote, order parts or send to the factory, record the
 * engineer on site, tell a longer cycle, complete with the work report and fitted parts, close; refunds.
 */
@Path("service-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiSummary("Service cases on instruments: warranty, way, service levels, quotes and refunds")
public class ServiceCasesResource {

    @Inject
    ServiceCases cases;

    @POST
    @ApiSummary("Open a case on a request of type repair, replacement, installation or maintenance")
    public Response open(NewCase n) {
        ServiceCase c = cases.open(new ServiceCases.NewCase(n.requestNumber(), n.instrument(),
                Boolean.TRUE.equals(n.instrumentDown()), n.fault(), n.part()));
        return Response.status(Response.Status.CREATED).entity(view(c.id())).build();
    }

    @GET
    @ApiSummary("The latest cases, or those matching q (case, request, customer) and status")
    public List<Summary> search(@QueryParam("q") String q, @QueryParam("status") String status) {
        CaseStatus s;
        try {
            s = status == null || status.isBlank() ? null : CaseStatus.valueOf(status);
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
    @Path("{id}/diagnosis")
    @ApiSummary("Record the diagnosis, the agreed way and an excluded cause found (which makes the repair chargeable)")
    public View diagnose(@PathParam("id") UUID id, Diagnosis d) {
        Way way;
        try {
            way = d.way() == null ? null : Way.valueOf(d.way());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("way", Text.of("服务方式为 PHONE_REMOTE、ON_SITE、PARTS_THEN_ON_SITE、FACTORY_RETURN "
                    + "或 FACTORY_REPLACEMENT。", "The way is PHONE_REMOTE, ON_SITE, PARTS_THEN_ON_SITE, FACTORY_RETURN "
                    + "or FACTORY_REPLACEMENT."));
        }
        cases.diagnose(id, d.diagnosis(), way, InstrumentsResource.exclusion(d.exclusion()), d.version());
        return view(id);
    }

    @POST
    @Path("{id}/quote")
    @ApiSummary("Send the customer the quote (lines of PARTS, LABOUR, TRAVEL); work waits for its acceptance")
    public View quote(@PathParam("id") UUID id, QuoteInput q) {
        List<ServiceCases.Line> lines;
        try {
            lines = q.lines() == null ? List.of() : q.lines().stream().map(l -> new ServiceCases.Line(
                    ChargeKind.valueOf(String.valueOf(l.kind())), l.description(), l.quantity(), l.unitPrice()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("lines", Text.of("行的类别为 PARTS、LABOUR 或 TRAVEL。",
                    "A line's kind is PARTS, LABOUR or TRAVEL."));
        }
        cases.quote(id, lines, q.note(), q.version());
        return view(id);
    }

    @POST
    @Path("{id}/parts-order")
    @ApiSummary("Parts ordered: the parts repair cycle starts and the customer is told its date")
    public View orderParts(@PathParam("id") UUID id, PartsOrder p) {
        cases.orderParts(id, p.parts(), p.version());
        return view(id);
    }

    @POST
    @Path("{id}/factory-return")
    @ApiSummary("The instrument went to the factory: the factory return cycle starts")
    public View factory(@PathParam("id") UUID id, Versioned v) {
        cases.sendToFactory(id, v.version());
        return view(id);
    }

    @POST
    @Path("{id}/replacement-approval")
    @ApiSummary("A manager approves the replacement through the factory")
    public View approveReplacement(@PathParam("id") UUID id, Versioned v) {
        cases.approveReplacement(id, v.version());
        return view(id);
    }

    @POST
    @Path("{id}/factory-answer")
    @ApiSummary("The factory's answer to the replacement; a refusal sends the case back to choosing a way")
    public View factoryAnswer(@PathParam("id") UUID id, FactoryAnswer a) {
        cases.recordFactoryAnswer(id, Boolean.TRUE.equals(a.accepted()), a.answer(), a.version());
        return view(id);
    }

    @POST
    @Path("{id}/arrival")
    @ApiSummary("The engineer arrived on site (arrivedAt ISO instant, default now): the on-site level is met")
    public View arrive(@PathParam("id") UUID id, Arrival a) {
        cases.arrive(id, a.engineer(), a.arrivedAt() == null || a.arrivedAt().isBlank() ? null
                : ModuleInput.instant("arrivedAt", a.arrivedAt()), a.version());
        return view(id);
    }

    @POST
    @Path("{id}/longer-cycle")
    @ApiSummary("Tell the customer the repair takes longer than its cycle, with the reason (recorded)")
    public View longerCycle(@PathParam("id") UUID id, LongerCycle l) {
        cases.tellLongerCycle(id, l.reason(), l.version());
        return view(id);
    }

    @POST
    @Path("{id}/completion")
    @ApiSummary("The work done: its report and the parts fitted, each under warranty from today")
    public View complete(@PathParam("id") UUID id, Completion c) {
        OldParts oldParts;
        try {
            oldParts = c.oldParts() == null || c.oldParts().isBlank() ? null : OldParts.valueOf(c.oldParts());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("oldParts", Text.of("换下的配件为 HANDED_OVER 或 DISPOSED。",
                    "The parts taken out are HANDED_OVER or DISPOSED."));
        }
        cases.complete(id, c.report(), c.parts() == null ? List.of() : c.parts().stream()
                .map(p -> new ServiceCases.FittedPart(p.name(), p.partNumber())).toList(), oldParts, c.version());
        return view(id);
    }

    @POST
    @Path("{id}/sign-off")
    @ApiSummary("The customer's sign-off: their name and the signature drawn, a PNG as a data URL or Base64")
    public View signOff(@PathParam("id") UUID id, SignOff s) {
        cases.signOff(id, s.name(), Signature.decode(s.signature()), s.version());
        return view(id);
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @ApiSummary("The service report as PDF, in lang (zh-CN or en), once the work is done")
    public Response report(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        ServiceCases.Detail d = cases.detail(id);
        byte[] pdf = cases.reportPdf(id, Languages.choose(Languages.spoken(language).orElse(null), null));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\""
                + d.serviceCase().number() + ".pdf\"").build();
    }

    @POST
    @Path("{id}/closure")
    @ApiSummary("Close the case once the work is done")
    public View close(@PathParam("id") UUID id, Versioned v) {
        cases.close(id, v.version());
        return view(id);
    }

    @POST
    @Path("{id}/refunds")
    @ApiSummary("Owe the customer a refund (a charge found not due), tracked with its deadline until paid")
    public View refund(@PathParam("id") UUID id, RefundInput r) {
        cases.oweRefund(id, r.amount(), r.reason());
        return view(id);
    }

    @POST
    @Path("{id}/refunds/{refund}/payment")
    @ApiSummary("Record the case's refund as paid (date and payment reference); its deadline is met")
    public View refundPaid(@PathParam("id") UUID id, @PathParam("refund") UUID refund, Payment p) {
        cases.recordRefundPaid(id, refund, ModuleInput.date("paidOn", p.paidOn()), p.reference(), p.version());
        return view(id);
    }

    private View view(UUID id) {
        return View.of(cases.detail(id));
    }

    /** {@code instrumentDown}: the request's emergency counts too. */
    public record NewCase(String requestNumber, UUID instrument, Boolean instrumentDown, String fault, UUID part) {
    }

    public record Diagnosis(String diagnosis, String way, String exclusion, long version) {
    }

    public record LineInput(String kind, String description, BigDecimal quantity, BigDecimal unitPrice) {
    }

    public record QuoteInput(List<LineInput> lines, String note, long version) {
    }

    public record PartsOrder(String parts, long version) {
    }

    public record Versioned(long version) {
    }

    public record FactoryAnswer(Boolean accepted, String answer, long version) {
    }

    public record Arrival(String engineer, String arrivedAt, long version) {
    }

    public record LongerCycle(String reason, long version) {
    }

    public record FittedPartInput(String name, String partNumber) {
    }

    /** {@code oldParts}: HANDED_OVER or DISPOSED, when parts were fitted. */
    public record Completion(String report, List<FittedPartInput> parts, String oldParts, long version) {
    }

    /** {@code signature}: the PNG drawn, as {@code data:image/png;base64,…} or Base64. */
    public record SignOff(String name, String signature, long version) {
    }

    public record RefundInput(BigDecimal amount, String reason) {
    }

    /** {@code version}: the refund's, as listed in the case's {@code refunds}. */
    public record Payment(String paidOn, String reference, long version) {
    }

    public record Summary(UUID id, String number, String kind, String status, String requestNumber,
                          String customerName, String openedAt, String warranty, String way) {

        static Summary of(ServiceCase c) {
            return new Summary(c.id(), c.number(), c.kind().name(), c.status().name(), c.requestNumber(),
                    c.customerName(), c.openedAt().toString(), c.warranty().name(),
                    c.way() == null ? null : c.way().name());
        }
    }

    public record DeadlineView(String name, String state, String due, String metAt) {
    }

    public record QuoteView(UUID id, String number, String status, BigDecimal total, List<String> lines) {
    }

    public record RefundView(UUID id, String number, BigDecimal amount, String status, String paidOn, long version) {
    }

    /** A case in full, with its instrument, quotes, refunds and deadlines. */
    public record View(UUID id, String number, String kind, String status, String requestNumber, UUID instrument,
                       String serialNumber, boolean instrumentDown, boolean localArea, String fault,
                       String customerName, String warranty, String warrantyBasis, String coveredUntil,
                       String exclusion, boolean chargeable, String warrantyReasonZh, String warrantyReasonEn,
                       String diagnosis, String way, String partsOrdered, String engineer, String arrivedAt,
                       String longerCycleReason, Boolean longerCycleInTime, String workReport, String oldParts,
                       String signedBy, String signedAt, String signatureSha256, String replacementApprovedBy,
                       Boolean factoryAccepted, String factoryAnswer, String closedAt,
                       List<QuoteView> quotes, List<RefundView> refunds, List<DeadlineView> deadlines, long version) {

        static View of(ServiceCases.Detail d) {
            ServiceCase c = d.serviceCase();
            var w = c.decision();
            return new View(c.id(), c.number(), c.kind().name(), c.status().name(), c.requestNumber(),
                    c.instrumentId(), d.instrument().serialNumber(), c.instrumentDown(), c.localArea(), c.fault(),
                    c.customerName(), w.standing().name(), w.basis().name(),
                    w.coveredUntil() == null ? null : w.coveredUntil().toString(),
                    w.exclusion() == null ? null : w.exclusion().name(), w.chargeable(), w.reason().zh(),
                    w.reason().en(), c.diagnosis(), c.way() == null ? null : c.way().name(), c.partsOrdered(),
                    c.engineer(), c.arrivedAt() == null ? null : c.arrivedAt().toString(), c.longerCycleReason(),
                    c.longerCycleInTime(), c.workReport(), c.oldParts() == null ? null : c.oldParts().name(),
                    c.signedBy(), c.signedAt() == null ? null : c.signedAt().toString(), c.signatureSha256(),
                    c.replacementApprovedBy(), c.factoryAccepted(), c.factoryAnswer(),
                    c.closedAt() == null ? null : c.closedAt().toString(),
                    d.quotes().stream().map(q -> new QuoteView(q.id(), q.number(), q.status().name(), q.total(),
                            q.lines().stream().map(l -> l.description()).toList())).toList(),
                    d.refunds().stream().map(r -> new RefundView(r.id(), r.number(), r.amount(), r.status().name(),
                            r.paidOn() == null ? null : r.paidOn().toString(), r.version())).toList(),
                    d.deadlines().stream().map(x -> new DeadlineView(x.name(), x.state().name(),
                            x.due() == null ? null : x.due().toString(),
                            x.metAt() == null ? null : x.metAt().toString())).toList(), c.version());
        }
    }
}
