package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.application.ComplaintArchive;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.application.ComplaintReplies;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintDeadlines;
import io.labdesk.modules.complaints.domain.ComplaintFigures;
import io.labdesk.modules.complaints.domain.Eligibility;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleInput;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
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
 * {@code /api/v1/complaints}: record a complaint (checked for acceptance at once), read them, acknowledge,
 * classify, and assign the investigator and the decider.
 */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @Inject
    ComplaintFiles files;

    @Inject
    ComplaintReplies replies;

    @Inject
    ComplaintArchive archive;

    @POST
    public Response record(NewComplaint c) {
        Complaint recorded = files.record(new ComplaintFiles.NewComplaint(c.channel(), c.transferredFrom(),
                c.subject(), c.reportNumber(), c.aboutDate() == null || c.aboutDate().isBlank() ? null
                : ModuleInput.date("aboutDate", c.aboutDate()), c.repeatable(), c.requestNumber(), c.namedStaff(), c.performedBy(),
                c.complainantName(), c.complainantOrganisation(), c.complainantPhone(), c.complainantEmail(),
                c.description(), c.receivedAt() == null || c.receivedAt().isBlank() ? null
                : ModuleInput.instant("receivedAt", c.receivedAt())));
        return Response.status(Response.Status.CREATED).entity(view(recorded)).build();
    }

    /**
     * The latest complaints, or those matching {@code q} (number, complainant, organisation, report) and
     * {@code status}; with {@code from}, {@code until} and {@code facet} (and {@code value}) those of the period a
     * dashboard figure counts.
     */
    @GET
    public List<View> latest(@QueryParam("from") String from, @QueryParam("until") String until,
                             @QueryParam("facet") String facet, @QueryParam("value") String value,
                             @QueryParam("q") String q, @QueryParam("status") String status) {
        if (from == null && until == null && facet == null) {
            ComplaintKinds.Status s;
            try {
                s = status == null || status.isBlank() ? null : ComplaintKinds.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidModuleInput.of("status", Text.of("未知的状态。", "Unknown status."));
            }
            return views(files.search(q, s, 200));
        }
        ComplaintFigures.Facet f;
        try {
            f = ComplaintFigures.Facet.valueOf(String.valueOf(facet));
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("facet", Text.of("未知的统计项。", "Unknown figure."));
        }
        LocalDate start = ModuleInput.date("from", from);
        LocalDate end = ModuleInput.date("until", until);
        if (!end.isAfter(start)) {
            throw InvalidModuleInput.of("until", Text.of("结束日期须晚于开始日期。", "The period must end after it starts."));
        }
        return views(files.behind(start, end, f, value));
    }

    /** The complaints behind a dashboard figure become a preventive action (C6); answers the action. */
    @POST
    @Path("tendency")
    public Response tendency(Tendency t) {
        ComplaintFigures.Facet f;
        try {
            f = ComplaintFigures.Facet.valueOf(String.valueOf(t.facet()));
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("facet", Text.of("未知的统计项。", "Unknown figure."));
        }
        LocalDate start = ModuleInput.date("from", t.from());
        LocalDate end = ModuleInput.date("until", t.until());
        return Response.status(Response.Status.CREATED).entity(files.raiseForTendency(start, end, f, t.value(),
                t.observation())).build();
    }

    @GET
    @Path("{id}")
    public View get(@PathParam("id") UUID id) {
        return files.find(id).map(this::view).orElseThrow(NotFoundException::new);
    }

    /** Not accepted for another reason the institution's rules list; the complainant is told. */
    @POST
    @Path("{id}/refusal")
    public View refuse(@PathParam("id") UUID id, Refusal r) {
        return view(files.refuse(id, r.reason(), r.version()));
    }

    @POST
    @Path("{id}/acknowledge")
    public View acknowledge(@PathParam("id") UUID id, Versioned v) {
        return view(files.acknowledge(id, v.version()));
    }

    @PUT
    @Path("{id}/classification")
    public View classify(@PathParam("id") UUID id, Classification c) {
        return view(files.classify(id, c.severity(), c.nature(), c.version()));
    }

    @PUT
    @Path("{id}/investigator")
    public View investigator(@PathParam("id") UUID id, Assignment a) {
        return view(files.assignInvestigator(id, a.username(), a.version()));
    }

    @PUT
    @Path("{id}/decider")
    public View decider(@PathParam("id") UUID id, Assignment a) {
        return view(files.assignDecider(id, a.username(), a.version()));
    }

    /**
     * Who may be assigned as {@code part} ({@code investigator} or {@code decider}), and who may not with why, by
     * the rule the assignment follows.
     */
    @GET
    @Path("{id}/candidates/{part}")
    public Candidates candidates(@PathParam("id") UUID id, @PathParam("part") String part) {
        Eligibility.Part which = switch (part) {
            case "investigator" -> Eligibility.Part.INVESTIGATOR;
            case "decider" -> Eligibility.Part.DECIDER;
            default -> throw new NotFoundException();
        };
        ComplaintFiles.Candidates c = files.candidates(id, which);
        return new Candidates(c.eligible().stream().map(m -> new Candidate(m.username(), m.displayName(), null))
                .toList(), c.excluded().stream().map(e -> new Candidate(e.member().username(),
                e.member().displayName(), e.bar().brief())).toList());
    }

    /** A staff member offered for a part, or not, with why not. */
    public record Candidate(String username, String name, Text reason) {
    }

    public record Candidates(List<Candidate> eligible, List<Candidate> excluded) {
    }

    @PUT
    @Path("{id}/investigation")
    public View investigation(@PathParam("id") UUID id, Investigation i) {
        return view(files.recordInvestigation(id, i.checked() == null ? java.util.Set.of()
                : java.util.Set.copyOf(i.checked()), i.findings(), i.retest(), i.version()));
    }

    @PUT
    @Path("{id}/decision")
    public View decision(@PathParam("id") UUID id, Decision d) {
        return view(files.decide(id, d.upheld(), d.reason(), Boolean.TRUE.equals(d.questionsSystem()),
                d.version()));
    }

    /** The result of the retest the investigator ordered (kept on the complaint without a retest module). */
    @PUT
    @Path("{id}/retest")
    public View retest(@PathParam("id") UUID id, Retest r) {
        return view(files.recordRetest(id, r.result(), r.version()));
    }

    /** The corrective actions the complaint raised (in the platform's register, {@code /api/v1/actions}). */
    @GET
    @Path("{id}/actions")
    public List<CorrectiveActions.Summary> actions(@PathParam("id") UUID id) {
        return files.actionsOf(id);
    }

    /** Adds a file to the investigation record: the body is the file, {@code name} its name. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") UUID id, @QueryParam("name") String name, byte[] content) {
        return Response.status(Response.Status.CREATED).entity(files.attach(id, name, content)).build();
    }

    @GET
    @Path("{id}/attachments")
    public List<RecordFiles.StoredFile> attachments(@PathParam("id") UUID id) {
        return files.filesOf(id);
    }

    @GET
    @Path("{id}/attachments/{file}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") UUID id, @PathParam("file") UUID file) {
        RecordFiles.Content content = files.file(id, file).orElseThrow(NotFoundException::new);
        return Response.ok(content.bytes(), content.contentType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(content.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** What was sent about it: to the complainant (receipt, explanations, the reply) and to staff (deadline warnings). */
    @GET
    @Path("{id}/messages")
    public List<CustomerMessages.Sent> messages(@PathParam("id") UUID id) {
        return files.messagesOf(id);
    }

    /**
     * The institution's wording of the reply letter in a language (zh-CN, en); the same as the platform's
     * {@code /api/v1/letter-templates/complaints/reply/{language}}.
     */
    @GET
    @Path("reply-template/{language}")
    public LetterTemplates.Template template(@PathParam("language") String language) {
        return replies.template(language);
    }

    /** A new wording of the reply letter, and the version it replaces. */
    public record Rewording(String body, long version) {
    }

    @PUT
    @Path("reply-template/{language}")
    public LetterTemplates.Template saveTemplate(@PathParam("language") String language, Rewording template) {
        return replies.saveTemplate(language, template.body(), template.version());
    }

    /** The whole file (C7) as one PDF, in Chinese unless {@code lang=en}. */
    @GET
    @Path("{id}/file.pdf")
    @Produces("application/pdf")
    public Response file(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        return Response.ok(archive.pdf(id, Languages.locale(language)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"complaint-" + id + ".pdf\"").build();
    }

    /** The reply letter (复函) as PDF. */
    @GET
    @Path("{id}/reply.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        return Response.ok(replies.letter(id, language), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"reply-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/reply/approval")
    public View approve(@PathParam("id") UUID id, Versioned v) {
        return view(replies.approve(id, v.version()));
    }

    @POST
    @Path("{id}/reply/sending")
    public View send(@PathParam("id") UUID id, Sending s) {
        return view(replies.send(id, s.language(), s.version()));
    }

    @POST
    @Path("{id}/feedback")
    public View feedback(@PathParam("id") UUID id, Feedback f) {
        return view(replies.feedback(id, f.satisfied(), f.opinion(), f.version()));
    }

    /** {@code aboutDate}: the report's issue date, or the date of what the complaint concerns (yyyy-MM-dd). */
    public record NewComplaint(ComplaintKinds.Channel channel, String transferredFrom, ComplaintKinds.Subject subject,
                               String reportNumber, String aboutDate, Boolean repeatable, String requestNumber,
                               List<String> namedStaff, List<String> performedBy, String complainantName,
                               String complainantOrganisation, String complainantPhone, String complainantEmail,
                               String description, String receivedAt) {
    }

    public record Versioned(long version) {
    }

    public record Classification(ComplaintKinds.Severity severity, ComplaintKinds.Nature nature, long version) {
    }

    public record Assignment(String username, long version) {
    }

    /** {@code retest}: what to retest, when the investigator orders one. */
    public record Investigation(List<ComplaintKinds.Check> checked, String findings, String retest, long version) {
    }

    /** {@code questionsSystem}: the complaint questions the quality system itself (an additional audit follows). */
    public record Decision(Boolean upheld, String reason, Boolean questionsSystem, long version) {
    }

    public record Retest(String result, long version) {
    }

    public record Tendency(String from, String until, String facet, String value, String observation) {
    }

    public record Refusal(String reason, long version) {
    }

    public record Sending(String language, long version) {
    }

    public record Feedback(Boolean satisfied, String opinion, long version) {
    }

    private View view(Complaint c) {
        return View.of(c, files.deadlinesOf(c.id()));
    }

    private List<View> views(List<Complaint> complaints) {
        Map<UUID, List<TrackedDeadline>> deadlines = files.deadlinesOf(complaints);
        return complaints.stream().map(c -> View.of(c, deadlines.getOrDefault(c.id(), List.of()))).toList();
    }

    /** One of a complaint's deadlines: which step, when due, where it stands, when it was met. */
    public record Deadline(String name, String due, String state, String metAt) {
    }

    /** A complaint as staff read it; {@code refusal} holds the explanation the customer is given. */
    public record View(UUID id, String number, String channel, String transferredFrom, String subject,
                       String reportNumber, String aboutDate, boolean repeatable, String requestNumber,
                       List<String> namedStaff, List<String> performedBy, String complainantName,
                       String complainantOrganisation, String description, String receivedAt, String recordedBy,
                       String status, String refusal, String refusalZh, String refusalEn, String severity,
                       String nature, String investigator, String decider, String acknowledgeDue,
                       String preliminaryDue, String detailedDue, String finalDue, String acknowledgedAt,
                       List<String> checked, String findings, String investigatedAt, Boolean upheld,
                       String decisionReason, String decidedAt, String retestNote, String retestDoneAt,
                       String retestResult, String retestCase, String retestStateZh, String retestStateEn,
                       boolean questionsSystem, String replyApprovedBy, String replySentAt,
                       Boolean feedbackSatisfied, String feedbackOpinion, List<Deadline> deadlines, long version) {

        static View of(Complaint c, List<TrackedDeadline> deadlines) {
            return new View(c.id(), c.number(), c.channel().name(), c.transferredFrom(), c.subject().name(),
                    c.reportNumber(), c.aboutDate() == null ? null : c.aboutDate().toString(), c.repeatable(),
                    c.requestNumber(), c.namedStaff(), c.performedBy(), c.complainantName(),
                    c.complainantOrganisation(), c.description(), c.receivedAt().toString(), c.recordedBy(),
                    c.status().name(), c.refusal() == null ? null : c.refusal().name(), c.refusalZh(), c.refusalEn(),
                    c.severity() == null ? null : c.severity().name(), c.nature() == null ? null : c.nature().name(),
                    c.investigator(), c.decider(), due(deadlines, ComplaintDeadlines.Step.ACKNOWLEDGE),
                    due(deadlines, ComplaintDeadlines.Step.PRELIMINARY), due(deadlines, ComplaintDeadlines.Step.DETAILED),
                    due(deadlines, ComplaintDeadlines.Step.FINAL), text(c.acknowledgedAt()),
                    c.checked().stream().map(Enum::name).toList(), c.findings(), text(c.investigatedAt()), c.upheld(),
                    c.decisionReason(), text(c.decidedAt()), c.retestNote(), text(c.retestDoneAt()),
                    c.retestResult(), c.investigation().retestCase(), c.investigation().retestStateZh(),
                    c.investigation().retestStateEn(), c.questionsSystem(), c.replyApprovedBy(), text(c.replySentAt()),
                    c.feedbackSatisfied(), c.feedbackOpinion(), deadlines.stream().map(d -> new Deadline(d.name(),
                            text(d.due()), d.state().name(), text(d.metAt()))).toList(), c.version());
        }

        private static String due(List<TrackedDeadline> deadlines, ComplaintDeadlines.Step step) {
            return deadlines.stream().filter(d -> d.name().equals(step.name())).findFirst()
                    .map(d -> d.due().toString()).orElse(null);
        }

        private static String text(Instant at) {
            return at == null ? null : at.toString();
        }
    }
}
