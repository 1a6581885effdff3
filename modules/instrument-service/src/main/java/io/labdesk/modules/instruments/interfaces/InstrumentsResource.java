package io.labdesk.modules.instruments.interfaces;

import io.labdesk.modules.instruments.application.Instruments;
import io.labdesk.modules.instruments.application.MaintenancePlans;
import io.labdesk.modules.instruments.domain.MaintenancePlan;
import io.labdesk.modules.instruments.domain.Exclusion;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.Warranty;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/instruments}: the register of customers' instruments (W1) — register, change, file the purchase
 * proof, import and export as a workbook, check the warranty (W2), and each instrument's parts and service history.
 */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiSummary("Customers' instruments on record, their warranty and service history")
public class InstrumentsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Instruments instruments;

    @Inject
    HttpHeaders headers;

    @Inject
    MaintenancePlans plans;

    @POST
    @ApiSummary("Register an instrument; without warrantyMonths it takes its product line's warranty")
    public Response register(InstrumentInput in) {
        Instrument i = instruments.register(in.facts());
        return Response.status(Response.Status.CREATED).entity(view(i.id())).build();
    }

    @GET
    @ApiSummary("The latest instruments, or those whose serial number, model, customer or place contains q")
    public List<Summary> search(@QueryParam("q") String q) {
        return instruments.search(q, 200).stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @ApiSummary("An instrument with its fitted parts and its service history")
    public View get(@PathParam("id") UUID id) {
        return view(id);
    }

    @PUT
    @Path("{id}")
    @ApiSummary("Change an instrument at the version read")
    public View change(@PathParam("id") UUID id, InstrumentInput in) {
        instruments.change(id, in.facts(), in.version() == null ? -1 : in.version());
        return view(id);
    }

    @PUT
    @Path("{id}/purchase-proof")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @ApiSummary("File the purchase proof (PDF or picture; fileName and version as query parameters)")
    public View proof(@PathParam("id") UUID id, @QueryParam("fileName") String fileName,
                      @QueryParam("version") long version, byte[] content) {
        instruments.fileProof(id, fileName == null || fileName.isBlank() ? "purchase-proof" : fileName, content,
                version);
        return view(id);
    }

    @GET
    @Path("{id}/warranty")
    @ApiSummary("The warranty on a day (default today) for a fault of the instrument or of a fitted part, with a cause")
    public WarrantyView warranty(@PathParam("id") UUID id, @QueryParam("on") String on, @QueryParam("part") UUID part,
                                 @QueryParam("exclusion") String exclusion) {
        return WarrantyView.of(instruments.warranty(id, part, ModuleInput.optionalDate("on", on),
                exclusion(exclusion)));
    }

    @PUT
    @Path("{id}/maintenance-plan")
    @ApiSummary("Plan periodic maintenance during the warranty: every N months from firstDue (yyyy-MM-dd)")
    public PlanView plan(@PathParam("id") UUID id, PlanInput p) {
        return PlanView.of(plans.plan(id, p.everyMonths() == null ? 0 : p.everyMonths(),
                ModuleInput.optionalDate("firstDue", p.firstDue())));
    }

    @GET
    @Path("{id}/maintenance-plan")
    @ApiSummary("The instrument's maintenance plan: the next visit and when the plan ends")
    public PlanView planOf(@PathParam("id") UUID id) {
        return plans.of(id).map(PlanView::of).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    @GET
    @Path("register.xlsx")
    @Produces(XLSX)
    @ApiSummary("The register as an Excel workbook, in the columns an import reads")
    public Response export() {
        byte[] sheet = instruments.export(Languages.choose(headers.getAcceptableLanguages(), null));
        return Response.ok(sheet, XLSX).header("Content-Disposition", "attachment; filename=\"instruments.xlsx\"")
                .build();
    }

    @POST
    @Path("register.xlsx")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @ApiSummary("Import instruments from an Excel workbook; serial numbers already on record are left and named")
    public Instruments.Imported importSheet(InputStream workbook) {
        return instruments.importSheet(workbook);
    }

    static Exclusion exclusion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Exclusion.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("exclusion", Text.of("排除原因为 MISUSE、FORCE_MAJEURE、MODIFICATION 或 DISASSEMBLY。",
                    "An excluded cause is MISUSE, FORCE_MAJEURE, MODIFICATION or DISASSEMBLY."));
        }
    }

    private View view(UUID id) {
        return View.of(instruments.detail(id));
    }

    /** Dates yyyy-MM-dd; {@code warrantyMonths} null: the product line's; {@code version} when changing. */
    public record InstrumentInput(String model, String serialNumber, String productLine, String customerName,
                                  String customerOrganisation, String customerEmail, String customerPhone,
                                  String purchaseDate, Boolean soldByUs, String installedOn, String place,
                                  Integer warrantyMonths, Long version) {

        Instrument.Facts facts() {
            return new Instrument.Facts(model, serialNumber, productLine, customerName, customerOrganisation,
                    customerEmail, customerPhone, ModuleInput.optionalDate("purchaseDate", purchaseDate),
                    Boolean.TRUE.equals(soldByUs), ModuleInput.optionalDate("installedOn", installedOn), place,
                    warrantyMonths == null ? -1 : warrantyMonths);
        }
    }

    public record PlanInput(Integer everyMonths, String firstDue) {
    }

    public record PlanView(int everyMonths, String nextDue, String endsOn, String lastAnnounced) {

        static PlanView of(MaintenancePlan p) {
            return new PlanView(p.everyMonths(), p.nextDue() == null ? null : p.nextDue().toString(),
                    p.endsOn().toString(), p.lastAnnounced() == null ? null : p.lastAnnounced().toString());
        }
    }

    public record Summary(UUID id, String model, String serialNumber, String customerName, String place,
                          String purchaseDate) {

        static Summary of(Instrument i) {
            return new Summary(i.id(), i.model(), i.serialNumber(), i.customerName(), i.place(),
                    i.purchaseDate() == null ? null : i.purchaseDate().toString());
        }
    }

    public record WarrantyView(String standing, String basis, String coveredUntil, String exclusion,
                               boolean chargeable, String reasonZh, String reasonEn) {

        static WarrantyView of(Warranty.Decision d) {
            return new WarrantyView(d.standing().name(), d.basis().name(),
                    d.coveredUntil() == null ? null : d.coveredUntil().toString(),
                    d.exclusion() == null ? null : d.exclusion().name(), d.chargeable(), d.reason().zh(),
                    d.reason().en());
        }
    }

    public record PartView(UUID id, String name, String partNumber, String fittedOn, String warrantyUntil,
                           String caseId) {
    }

    public record HistoryEntry(UUID id, String number, String kind, String status, String openedAt, String way,
                               String warranty) {

        static HistoryEntry of(ServiceCase c) {
            return new HistoryEntry(c.id(), c.number(), c.kind().name(), c.status().name(), c.openedAt().toString(),
                    c.way() == null ? null : c.way().name(), c.warranty().name());
        }
    }

    /** An instrument in full: its facts, the proof on file, its fitted parts and its service history. */
    public record View(UUID id, String model, String serialNumber, String productLine, String customerName,
                       String customerOrganisation, String customerEmail, String customerPhone, String purchaseDate,
                       boolean soldByUs, boolean proofOnFile, String proofSha256, String installedOn, String place,
                       int warrantyMonths, WarrantyView warrantyToday, List<PartView> parts,
                       List<HistoryEntry> history, long version) {

        static View of(Instruments.Detail d) {
            Instrument i = d.instrument();
            String sha = d.files().stream().filter(f -> f.id().equals(i.proofFileId())).map(f -> f.sha256())
                    .findFirst().orElse(null);
            return new View(i.id(), i.model(), i.serialNumber(), i.productLine(), i.customerName(),
                    i.customerOrganisation(), i.customerEmail(), i.customerPhone(),
                    i.purchaseDate() == null ? null : i.purchaseDate().toString(), i.soldByUs(),
                    i.proofFileId() != null, sha, i.installedOn() == null ? null : i.installedOn().toString(),
                    i.place(), i.warrantyMonths(), WarrantyView.of(d.warrantyToday()),
                    d.parts().stream().map(p -> new PartView(p.id(), p.name(), p.partNumber(),
                            p.fittedOn().toString(), Warranty.lastDay(p.fittedOn(), p.warrantyMonths()).toString(),
                            p.caseId() == null ? null : p.caseId().toString())).toList(),
                    d.history().stream().map(HistoryEntry::of).toList(), i.version());
        }
    }
}
