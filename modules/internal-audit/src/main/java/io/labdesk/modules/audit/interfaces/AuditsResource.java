package io.labdesk.modules.audit.interfaces;

import io.labdesk.modules.audit.application.AuditReport;
import io.labdesk.modules.audit.application.Audits;
import io.labdesk.modules.audit.application.ManagementReview;
import io.labdesk.modules.audit.domain.Area;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.ChecklistItem;
import io.labdesk.modules.audit.domain.Clause;
import io.labdesk.modules.audit.domain.Coverage;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.Grade;
import io.labdesk.modules.audit.domain.GradeRules;
import io.labdesk.modules.audit.domain.ItemResult;
import io.labdesk.modules.audit.domain.Programme;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.Spreadsheets;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.ApiSummary;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleInput;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/v1/audits}: the clause library and the institution's areas and criteria; yearly programmes with their
 * coverage and approval; audits planned with a qualified, independent team; the opening meeting and checklist,
 * graded findings with their corrective actions, the closing meeting, the report and the verification of actions.
 * Changes name the version read (409 when someone changed it meanwhile).
 */
@Path("audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiSummary("Internal audits: programme, coverage, independent auditors, checklists, findings and their actions")
public class AuditsResource {

    @Inject
    Audits audits;

    @Inject
    AuditReport report;

    @Inject
    DocumentPrinter printer;

    @Inject
    ManagementReview review;

    @Inject
    Spreadsheets spreadsheets;

    // ---- library, areas, criteria ----

    @GET
    @Path("clauses")
    @ApiSummary("The clauses audits cover: ISO/IEC 17025:2017 clauses 4-8, then the institution's own criteria")
    public List<ClauseView> clauses() {
        return audits.clauses().clauses().stream().map(ClauseView::of).toList();
    }

    @POST
    @Path("criteria")
    @ApiSummary("Add one of the institution's own procedures as a criterion")
    public Response addCriterion(NewCriterion c) {
        return Response.status(Response.Status.CREATED)
                .entity(ClauseView.of(audits.addCriterion(c.number(), c.title(), c.question()).clause())).build();
    }

    @GET
    @Path("areas")
    public List<AreaView> areas() {
        return audits.areas().stream().map(AreaView::of).toList();
    }

    @PUT
    @Path("areas/{code}")
    @ApiSummary("Add an area or change its name and the staff who work in it")
    public AreaView saveArea(@PathParam("code") String code, AreaChange a) {
        return AreaView.of(audits.saveArea(code, a.name(), a.staff()));
    }

    // ---- programmes ----

    @POST
    @Path("programmes")
    @ApiSummary("Open the programme of a year")
    public Response openProgramme(NewProgramme p) {
        audits.openProgramme(p.year());
        return Response.status(Response.Status.CREATED).entity(programme(p.year())).build();
    }

    @GET
    @Path("programmes/{year}")
    @ApiSummary("A year's programme: its audits by month, the coverage of clauses and areas, and its gaps")
    public ProgrammeView programme(@PathParam("year") int year) {
        return audits.plan(year).map(ProgrammeView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("programmes/{year}/approval")
    @ApiSummary("Approve the programme's current revision")
    public ProgrammeView approve(@PathParam("year") int year, Versioned v) {
        audits.approve(year, v.version());
        return programme(year);
    }

    @GET
    @Path("programmes/{year}/review.pdf")
    @Produces("application/pdf")
    @ApiSummary("The year's audits as management-review input, as PDF in lang (zh-CN or en)")
    public Response reviewPdf(@PathParam("year") int year, @QueryParam("lang") String language) {
        java.util.Locale locale = Languages.choose(Languages.spoken(language).orElse(null), null);
        return Response.ok(printer.pdf(review.pdf(review.of(year), locale)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"internal-audits-" + year + ".pdf\"").build();
    }

    @GET
    @Path("programmes/{year}/review.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @ApiSummary("The year's findings and their corrective actions as an Excel workbook, in lang (zh-CN or en)")
    public Response reviewSheet(@PathParam("year") int year, @QueryParam("lang") String language) {
        java.util.Locale locale = Languages.choose(Languages.spoken(language).orElse(null), null);
        byte[] xlsx = spreadsheets.write(Integer.toString(year), review.headers(locale),
                review.sheet(review.of(year), locale));
        return Response.ok(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"internal-audits-" + year + ".xlsx\"").build();
    }

    // ---- audits ----

    @POST
    @ApiSummary("Plan an audit in a year's programme: scope, audited period, a qualified and independent team")
    public Response plan(NewAudit n) {
        Audit a = audits.planAudit(new Audits.NewAudit(n.year(), n.month(), n.title(), n.clauses(), n.areas(),
                ModuleInput.optionalDate("periodFrom", n.periodFrom()),
                ModuleInput.optionalDate("periodUntil", n.periodUntil()), n.lead(), n.team()));
        return Response.status(Response.Status.CREATED).entity(view(a.id())).build();
    }

    @GET
    @ApiSummary("The audits of a year (this year unless said), by month")
    public List<AuditSummary> list(@QueryParam("year") Integer year) {
        return audits.audits(year == null ? java.time.Year.now().getValue() : year).stream().map(AuditSummary::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public AuditView get(@PathParam("id") UUID id) {
        return view(id);
    }

    @PUT
    @Path("{id}/team")
    @ApiSummary("Name the lead auditor and team; someone not qualified or not independent is refused with the reason")
    public AuditView team(@PathParam("id") UUID id, Team t) {
        audits.assign(id, t.lead(), t.team(), t.version());
        return view(id);
    }

    @POST
    @Path("{id}/opening")
    @ApiSummary("The opening meeting: the audit begins and its checklist is drawn from the clauses in scope")
    public AuditView open(@PathParam("id") UUID id, Meeting m) {
        audits.open(id, ModuleInput.date("on", m.on()), m.version());
        return view(id);
    }

    @PUT
    @Path("{id}/checklist/{item}")
    @ApiSummary("Answer a checklist item: CONFORMING, NONCONFORMING, OBSERVATION or NOT_APPLICABLE, with evidence")
    public AuditView answer(@PathParam("id") UUID id, @PathParam("item") UUID item, Answer a) {
        ItemResult result;
        try {
            result = a.result() == null ? null : ItemResult.valueOf(a.result());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("result", Text.of("未知的结果。", "Unknown result."));
        }
        audits.answer(id, item, result, a.evidence(), a.version());
        return view(id);
    }

    @POST
    @Path("{id}/findings")
    @ApiSummary("Raise a graded finding (MAJOR, MINOR, OBSERVATION, IMPROVEMENT); a nonconformity opens a corrective action")
    public Response raise(@PathParam("id") UUID id, NewFinding f) {
        Grade grade;
        try {
            grade = f.grade() == null ? null : Grade.valueOf(f.grade());
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("grade", Text.of("未知的分级。", "Unknown grade."));
        }
        audits.raise(id, f.item(), f.area(), new GradeRules.Draft(grade, f.clause(), f.statement(), f.evidence(),
                f.owner(), ModuleInput.optionalDate("dueOn", f.dueOn())));
        return Response.status(Response.Status.CREATED).entity(view(id)).build();
    }

    @POST
    @Path("{id}/closing")
    @ApiSummary("The closing meeting: every checklist item answered; the report is due within the working days set")
    public AuditView closing(@PathParam("id") UUID id, Meeting m) {
        audits.closingMeeting(id, ModuleInput.date("on", m.on()), m.version());
        return view(id);
    }

    @POST
    @Path("{id}/report")
    @ApiSummary("The lead auditor issues the report: summary and conclusion")
    public AuditView report(@PathParam("id") UUID id, Report r) {
        audits.issueReport(id, r.summary(), r.conclusion(), r.version());
        return view(id);
    }

    @POST
    @Path("{id}/findings/{finding}/verification")
    @ApiSummary("Verify a nonconformity's corrective action: effective (its action closed) closes the finding")
    public AuditView verify(@PathParam("id") UUID id, @PathParam("finding") UUID finding, Verification v) {
        audits.verify(id, finding, v.effective(), v.note(), v.version());
        return view(id);
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @ApiSummary("The issued audit report as PDF, in lang (zh-CN or en)")
    public Response reportPdf(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Audits.Detail d = audits.detail(id);
        if (d.audit().summary() == null) {
            throw InvalidModuleInput.of("report", Text.of("审核组长出具报告后才有报告。",
                    "The report comes once the lead auditor has issued it."));
        }
        byte[] pdf = printer.pdf(report.of(d, audits.library(),
                Languages.choose(Languages.spoken(language).orElse(null), null)));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.audit().number() + ".pdf\"").build();
    }

    private AuditView view(UUID id) {
        return AuditView.of(audits.detail(id));
    }

    // ---- bodies ----

    public record Versioned(long version) {
    }

    public record NewCriterion(String number, String title, String question) {
    }

    public record AreaChange(String name, List<String> staff) {
    }

    public record NewProgramme(int year) {
    }

    public record NewAudit(int year, int month, String title, List<String> clauses, List<String> areas,
                           String periodFrom, String periodUntil, String lead, List<String> team) {
    }

    public record Team(String lead, List<String> team, long version) {
    }

    public record Meeting(String on, long version) {
    }

    public record Answer(String result, String evidence, long version) {
    }

    public record NewFinding(UUID item, String clause, String area, String grade, String statement, String evidence,
                             String owner, String dueOn) {
    }

    public record Report(String summary, String conclusion, long version) {
    }

    public record Verification(boolean effective, String note, long version) {
    }

    // ---- views ----

    public record ClauseView(String number, String titleZh, String titleEn, String questionZh, String questionEn,
                             boolean own) {
        static ClauseView of(Clause c) {
            return new ClauseView(c.number(), c.title().zh(), c.title().en(), c.question().zh(), c.question().en(),
                    c.own());
        }
    }

    public record AreaView(String code, String name, List<String> staff, long version) {
        static AreaView of(Area a) {
            return new AreaView(a.code(), a.name(), a.staff(), a.version());
        }
    }

    public record GapView(String item, String why, String since) {
        static GapView of(Coverage.Gap g) {
            return new GapView(g.item(), g.why().name(), g.since() == null ? null : g.since().toString());
        }
    }

    public record ProgrammeView(int year, String status, int revision, String approvedBy, Instant approvedAt,
                                List<AuditSummary> audits, Map<String, List<Integer>> clauses,
                                Map<String, List<Integer>> areas, List<GapView> gaps,
                                long version) {
        static ProgrammeView of(Audits.Plan p) {
            Programme g = p.programme();
            return new ProgrammeView(g.year(), g.status().name(), g.revision(), g.approvedBy(), g.approvedAt(),
                    p.audits().stream().map(AuditSummary::of).toList(), months(p.clauses()), months(p.areas()),
                    p.gaps().stream().map(GapView::of).toList(), g.version());
        }
    }

    private static Map<String, List<Integer>> months(Map<String, java.util.TreeSet<Integer>> matrix) {
        Map<String, List<Integer>> months = new java.util.LinkedHashMap<>();
        matrix.forEach((item, set) -> months.put(item, List.copyOf(set)));
        return months;
    }

    public record AuditSummary(UUID id, String number, String title, int year, int month, String status,
                               List<String> clauses, List<String> areas, String lead, List<String> team,
                               String origin) {
        static AuditSummary of(Audit a) {
            return new AuditSummary(a.id(), a.number(), a.title(), a.plannedMonth().getYear(),
                    a.plannedMonth().getMonthValue(), a.status().name(), a.clauses(), a.areas(), a.leadAuditor(),
                    a.team(), a.originReference());
        }
    }

    public record ItemView(UUID id, int position, String clause, String question, String result, String evidence,
                           String answeredBy, Instant answeredAt, long version) {
        static ItemView of(ChecklistItem i) {
            return new ItemView(i.id(), i.position(), i.clause(), i.question(),
                    i.result() == null ? null : i.result().name(), i.evidence(), i.answeredBy(), i.answeredAt(),
                    i.version());
        }
    }

    public record FindingView(UUID id, String number, UUID item, String clause, String area, String grade,
                              String statement, String evidence, String owner, LocalDate dueOn, UUID actionId,
                              String actionNumber, String actionStatus, String status, String verifiedBy,
                              String verificationNote, long version) {
        static FindingView of(Finding f, List<CorrectiveActions.Summary> actions) {
            String actionStatus = actions.stream().filter(a -> a.id().equals(f.actionId())).findFirst()
                    .map(a -> a.status().name()).orElse(null);
            return new FindingView(f.id(), f.number(), f.itemId(), f.clause(), f.area(), f.grade().name(),
                    f.statement(), f.evidence(), f.owner(), f.dueOn(), f.actionId(), f.actionNumber(), actionStatus,
                    f.status().name(), f.verifiedBy(), f.verificationNote(), f.version());
        }
    }

    public record AuditView(UUID id, String number, String title, int year, int month, String status,
                            List<String> clauses, List<String> areas, LocalDate periodFrom, LocalDate periodUntil,
                            String lead, List<String> team, LocalDate openedOn, LocalDate closedOn, String summary,
                            String conclusion, String originModule, String originReference, List<ItemView> checklist,
                            List<FindingView> findings, long version) {
        static AuditView of(Audits.Detail d) {
            Audit a = d.audit();
            return new AuditView(a.id(), a.number(), a.title(), a.plannedMonth().getYear(),
                    a.plannedMonth().getMonthValue(), a.status().name(), a.clauses(), a.areas(), a.periodFrom(),
                    a.periodUntil(), a.leadAuditor(), a.team(), a.openedOn(), a.closedOn(), a.summary(),
                    a.conclusion(), a.originModule(), a.originReference(),
                    d.checklist().stream().map(ItemView::of).toList(),
                    d.findings().stream().map(f -> FindingView.of(f, d.actions())).toList(), a.version());
        }
    }
}
