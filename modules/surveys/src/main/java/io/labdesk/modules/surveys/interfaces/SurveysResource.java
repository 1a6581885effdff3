package io.labdesk.modules.surveys.interfaces;

import io.labdesk.modules.surveys.application.AnalysisReport;
import io.labdesk.modules.surveys.application.Answers;
import io.labdesk.modules.surveys.application.Campaigns;
import io.labdesk.modules.surveys.application.FollowUps;
import io.labdesk.modules.surveys.application.Invitations;
import io.labdesk.modules.surveys.application.Questionnaires;
import io.labdesk.modules.surveys.application.SurveyAnalysis;
import io.labdesk.modules.surveys.domain.Answer;
import io.labdesk.modules.surveys.domain.AnswerItem;
import io.labdesk.modules.surveys.domain.Campaign;
import io.labdesk.modules.surveys.domain.CampaignChannel;
import io.labdesk.modules.surveys.domain.CampaignRules;
import io.labdesk.modules.surveys.domain.FollowUp;
import io.labdesk.modules.surveys.domain.FollowUpStatus;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.domain.ItemKind;
import io.labdesk.modules.surveys.domain.Questionnaire;
import io.labdesk.modules.surveys.domain.QuestionnaireVersion;
import io.labdesk.platform.api.deadline.TrackedDeadline;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/v1/surveys}: questionnaires and their versions, invitations with their answers, answers recorded by
 * phone, follow-ups of unhappy answers (done, a complaint, a corrective action) and the figures of a period.
 */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiSummary("Satisfaction surveys: questionnaires, invitations, answers, follow-ups of unhappy customers, figures")
public class SurveysResource {

    @Inject
    Questionnaires questionnaires;

    @Inject
    Invitations invitations;

    @Inject
    Answers answers;

    @Inject
    FollowUps followUps;

    @Inject
    SurveyAnalysis analysis;

    @Inject
    AnalysisReport report;

    @Inject
    Campaigns campaigns;

    // Questionnaires

    @GET
    @Path("questionnaires")
    @ApiSummary("The institution's questionnaires (the default one from the sources made on first need)")
    public List<QuestionnaireSummary> questionnaires() {
        return questionnaires.all().stream().map(QuestionnaireSummary::of).toList();
    }

    @GET
    @Path("questionnaires/{id}")
    @ApiSummary("A questionnaire with the items of its current version")
    public QuestionnaireView questionnaire(@PathParam("id") UUID id) {
        return QuestionnaireView.of(questionnaires.get(id), questionnaires.current(id));
    }

    @GET
    @Path("questionnaires/{id}/versions/{number}")
    @ApiSummary("One version of a questionnaire, as the answers that pinned it were given")
    public VersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
        return VersionView.of(questionnaires.version(id, number));
    }

    @POST
    @Path("questionnaires")
    @ApiSummary("A new questionnaire (its version 1)")
    public Response create(NewQuestionnaire n) {
        Questionnaire q = questionnaires.create(n.code(), draft(n.nameZh(), n.nameEn(), n.requestType(), n.items()));
        return Response.status(Response.Status.CREATED).entity(questionnaire(q.id())).build();
    }

    @PUT
    @Path("questionnaires/{id}")
    @ApiSummary("Change a questionnaire at the version read: a new version; answers keep the one they answered")
    public QuestionnaireView revise(@PathParam("id") UUID id, Revision r) {
        questionnaires.revise(id, draft(r.nameZh(), r.nameEn(), r.requestType(), r.items()), r.version());
        return questionnaire(id);
    }

    // Invitations and answers

    @GET
    @Path("invitations")
    @ApiSummary("The latest invitations, in a status (SCHEDULED, SENT, ANSWERED, EXPIRED, WITHDRAWN, SKIPPED), or of a request")
    public List<InvitationView> invitations(@QueryParam("status") String status, @QueryParam("request") UUID request) {
        if (request != null) {
            return invitations.ofRequest(request).stream().map(InvitationView::of).toList();
        }
        InvitationStatus s;
        try {
            s = status == null || status.isBlank() ? null : InvitationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("status", Text.of("未知的状态。", "Unknown status."));
        }
        return invitations.latest(s, 200).stream().map(InvitationView::of).toList();
    }

    @GET
    @Path("invitations/{id}")
    @ApiSummary("An invitation with its answer, item by item")
    public InvitationDetail invitation(@PathParam("id") UUID id) {
        Invitation i = invitations.get(id);
        AnswerView answer = answers.of(id).map(a -> AnswerView.of(a, answers.items(a.id()))).orElse(null);
        return new InvitationDetail(InvitationView.of(i), answer);
    }

    @POST
    @Path("invitations/{id}/answer")
    @ApiSummary("Record the answer the customer gave on the phone (回访); the channel is kept as PHONE")
    public InvitationDetail answerByPhone(@PathParam("id") UUID id, PhoneAnswer a) {
        answers.byPhone(id, a.values() == null ? Map.of() : a.values());
        return invitation(id);
    }

    // Follow-ups

    @GET
    @Path("follow-ups")
    @ApiSummary("Follow-ups of unhappy answers, in a status (OPEN, DONE, COMPLAINT, ACTION)")
    public List<FollowUpView> followUps(@QueryParam("status") String status) {
        FollowUpStatus s;
        try {
            s = status == null || status.isBlank() ? null : FollowUpStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("status", Text.of("未知的状态。", "Unknown status."));
        }
        return followUps.latest(s, 200).stream().map(f -> FollowUpView.of(f, followUps.deadlines(f.id()))).toList();
    }

    @GET
    @Path("follow-ups/{id}")
    public FollowUpView followUp(@PathParam("id") UUID id) {
        return FollowUpView.of(followUps.get(id), followUps.deadlines(id));
    }

    @PUT
    @Path("follow-ups/{id}/outcome")
    @ApiSummary("The customer was called: record what was done; the deadline is met")
    public FollowUpView done(@PathParam("id") UUID id, Outcome o) {
        followUps.done(id, o.outcome(), o.version());
        return followUp(id);
    }

    @POST
    @Path("follow-ups/{id}/complaint")
    @ApiSummary("Pass the follow-up on as a complaint (a module event the complaint module observes)")
    public FollowUpView complaint(@PathParam("id") UUID id, Outcome o) {
        followUps.complaint(id, o.outcome(), o.version());
        return followUp(id);
    }

    @POST
    @Path("follow-ups/{id}/action")
    @ApiSummary("Pass the follow-up on as a corrective action in the CAPA register")
    public FollowUpView action(@PathParam("id") UUID id, Outcome o) {
        followUps.action(id, o.outcome(), o.version());
        return followUp(id);
    }

    // Campaigns

    @GET
    @Path("campaigns")
    @ApiSummary("The periodic surveys (campaigns), latest first, each with its progress")
    public List<CampaignView> campaigns() {
        return campaigns.latest(200).stream().map(c -> CampaignView.of(c, campaigns.progress(c.id()))).toList();
    }

    @GET
    @Path("campaigns/{id}")
    @ApiSummary("A campaign with its progress: customers, sent, answered, response rate")
    public CampaignView campaign(@PathParam("id") UUID id) {
        return CampaignView.of(campaigns.get(id), campaigns.progress(id));
    }

    @GET
    @Path("campaigns/{id}/invitations")
    @ApiSummary("A campaign's invitations, one per customer")
    public List<InvitationView> campaignInvitations(@PathParam("id") UUID id) {
        return campaigns.invitations(id).stream().map(InvitationView::of).toList();
    }

    @POST
    @Path("campaigns")
    @ApiSummary("Start a campaign: its customers are invited at once by e-mail or text message, or called (PHONE)")
    public Response startCampaign(NewCampaign n) {
        CampaignChannel channel;
        try {
            channel = CampaignChannel.valueOf(String.valueOf(n.channel()));
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("channel", Text.of("调查方式为 EMAIL、SMS 或 PHONE。",
                    "The channel is EMAIL, SMS or PHONE."));
        }
        Campaign c = campaigns.start(n.name(), ModuleInput.date("from", n.from()), ModuleInput.date("to", n.to()),
                channel, n.questionnaire(), n.customers() == null ? List.of() : n.customers().stream()
                        .map(x -> new CampaignRules.Customer(x.name(), x.organisation(), x.email(), x.phone(),
                                x.language())).toList());
        return Response.status(Response.Status.CREATED).entity(campaign(c.id())).build();
    }

    @POST
    @Path("campaigns/customers")
    @Consumes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @ApiSummary("Read the customers of an Excel sheet (姓名/name, 单位/organisation, 邮箱/email, 电话/phone) to start a campaign with")
    public List<CustomerInput> customersFromSheet(byte[] workbook) {
        return campaigns.fromSheet(workbook).stream().map(c -> new CustomerInput(c.name(), c.organisation(),
                c.email(), c.phone(), c.language())).toList();
    }

    // Figures

    @GET
    @Path("figures")
    @ApiSummary("Response rate, per-item satisfaction rate, mean and distribution, overall against the goal, NPS")
    public FiguresView figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = ModuleInput.date("from", from);
        LocalDate t = ModuleInput.date("to", to);
        if (!t.isAfter(f)) {
            throw InvalidModuleInput.of("to", Text.of("请给出起止日期，结束日期须晚于开始日期。",
                    "Give both dates, the end after the start."));
        }
        return FiguresView.of(analysis.of(f, t));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @ApiSummary("The analysis report of a period as PDF, in lang (zh-CN or en)")
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("lang") String language) {
        LocalDate f = ModuleInput.date("from", from);
        LocalDate t = ModuleInput.date("to", to);
        if (!t.isAfter(f)) {
            throw InvalidModuleInput.of("to", Text.of("结束日期须晚于开始日期。", "The end comes after the start."));
        }
        byte[] pdf = report.pdf(f, t, Languages.choose(Languages.spoken(language).orElse(null), null));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"surveys-" + f + ".pdf\"").build();
    }

    private static Questionnaires.Draft draft(String zh, String en, String requestType, List<ItemInput> items) {
        if (zh == null || en == null) {
            throw InvalidModuleInput.of("name", Text.of("请填写问卷的中英文名称。",
                    "Give the questionnaire's name in Chinese and English."));
        }
        return new Questionnaires.Draft(Text.of(zh.strip(), en.strip()), requestType,
                items == null ? List.of() : items.stream().map(SurveysResource::item).toList());
    }

    private static Item item(ItemInput i) {
        ItemKind kind;
        try {
            kind = ItemKind.valueOf(String.valueOf(i.kind()));
        } catch (IllegalArgumentException e) {
            throw InvalidModuleInput.of("items", Text.of("题型为 RATING、RECOMMENDATION、YES_NO、CHOICE 或 TEXT。",
                    "An item's kind is RATING, RECOMMENDATION, YES_NO, CHOICE or TEXT."));
        }
        if (i.code() == null || i.zh() == null || i.en() == null) {
            throw InvalidModuleInput.of("items", Text.of("每个题目须有代码和中英文措辞。",
                    "Each item needs a code and its wording in Chinese and English."));
        }
        return new Item(i.code().strip(), kind, Boolean.TRUE.equals(i.required()), Text.of(i.zh().strip(),
                i.en().strip()), i.options() == null ? List.of() : i.options().stream()
                .map(o -> new Item.Option(String.valueOf(o.value()), Text.of(String.valueOf(o.zh()),
                        String.valueOf(o.en())))).toList());
    }

    // Bodies

    public record OptionInput(String value, String zh, String en) {
    }

    public record ItemInput(String code, String kind, Boolean required, String zh, String en,
                            List<OptionInput> options) {

        static ItemInput of(Item i) {
            return new ItemInput(i.code(), i.kind().name(), i.required(), i.wording().zh(), i.wording().en(),
                    i.options().stream().map(o -> new OptionInput(o.value(), o.label().zh(), o.label().en())).toList());
        }
    }

    public record NewQuestionnaire(String code, String nameZh, String nameEn, String requestType,
                                   List<ItemInput> items) {
    }

    public record Revision(String nameZh, String nameEn, String requestType, List<ItemInput> items, long version) {
    }

    public record PhoneAnswer(Map<String, String> values) {
    }

    public record Outcome(String outcome, long version) {
    }

    public record CustomerInput(String name, String organisation, String email, String phone, String language) {
    }

    public record NewCampaign(String name, String from, String to, String channel, UUID questionnaire,
                              List<CustomerInput> customers) {
    }

    public record CampaignView(UUID id, String name, String from, String to, String channel,
                               UUID questionnaireVersionId, Instant createdAt, String createdBy, long customers,
                               long sent, long answered, Double responseRate) {

        static CampaignView of(Campaign c, Campaigns.Progress p) {
            return new CampaignView(c.id(), c.name(), c.periodFrom().toString(), c.periodTo().toString(),
                    c.channel().name(), c.questionnaireVersionId(), c.createdAt(), c.createdBy(), p.customers(),
                    p.sent(), p.answered(), p.responseRate().isPresent()
                    ? Math.round(p.responseRate().getAsDouble() * 10) / 10.0 : null);
        }
    }

    public record QuestionnaireSummary(UUID id, String code, String nameZh, String nameEn, String requestType,
                                       int currentVersion, long version) {

        static QuestionnaireSummary of(Questionnaire q) {
            return new QuestionnaireSummary(q.id(), q.code(), q.name().zh(), q.name().en(), q.requestType(),
                    q.currentVersion(), q.version());
        }
    }

    public record QuestionnaireView(UUID id, String code, String nameZh, String nameEn, String requestType,
                                    int currentVersion, UUID versionId, List<ItemInput> items, long version) {

        static QuestionnaireView of(Questionnaire q, QuestionnaireVersion v) {
            return new QuestionnaireView(q.id(), q.code(), q.name().zh(), q.name().en(), q.requestType(),
                    q.currentVersion(), v.id(), v.items().stream().map(ItemInput::of).toList(), q.version());
        }
    }

    public record VersionView(UUID id, int number, Instant createdAt, String createdBy, List<ItemInput> items) {

        static VersionView of(QuestionnaireVersion v) {
            return new VersionView(v.id(), v.number(), v.createdAt(), v.createdBy(),
                    v.items().stream().map(ItemInput::of).toList());
        }
    }

    public record InvitationView(UUID id, String requestNumber, UUID requestId, String contactName, String language,
                                 String status, String channel, UUID questionnaireVersionId, Instant sendAt,
                                 Instant sentAt, Instant remindedAt, Instant expiresAt, Instant answeredAt,
                                 String skipReason, UUID campaignId, long version) {

        static InvitationView of(Invitation i) {
            return new InvitationView(i.id(), i.requestNumber(), i.requestId(), i.contactName(), i.language(),
                    i.status().name(), i.channel(), i.questionnaireVersionId(), i.sendAt(), i.sentAt(),
                    i.remindedAt(), i.expiresAt(), i.answeredAt(), i.skipReason() == null ? null
                    : i.skipReason().name(), i.campaignId(), i.version());
        }
    }

    public record AnswerValue(String item, String kind, Integer score, String text) {
    }

    public record AnswerView(UUID id, String channel, String language, Instant answeredAt, String recordedBy,
                             boolean unhappy, UUID questionnaireVersionId, List<AnswerValue> values) {

        static AnswerView of(Answer a, List<AnswerItem> items) {
            return new AnswerView(a.id(), a.channel().name(), a.language(), a.answeredAt(), a.recordedBy(),
                    a.unhappy(), a.questionnaireVersionId(), items.stream().map(i -> new AnswerValue(i.itemCode(),
                    i.kind().name(), i.score(), i.text())).toList());
        }
    }

    public record InvitationDetail(InvitationView invitation, AnswerView answer) {
    }

    public record DeadlineView(String name, Instant startedAt, Instant due, Instant metAt, boolean late) {
    }

    public record FollowUpView(UUID id, String number, String requestNumber, String customerName, String reasonZh,
                               String reasonEn, String status, Instant openedAt, String outcome, String closedBy,
                               Instant closedAt, String actionNumber, List<DeadlineView> deadlines, long version) {

        static FollowUpView of(FollowUp f, List<TrackedDeadline> deadlines) {
            return new FollowUpView(f.id(), f.number(), f.requestNumber(), f.customerName(), f.reason().zh(),
                    f.reason().en(), f.status().name(), f.openedAt(), f.outcome(), f.closedBy(), f.closedAt(),
                    f.actionNumber(), deadlines.stream().map(d -> new DeadlineView(d.name(), d.startedAt(), d.due(),
                    d.metAt(), d.late())).toList(), f.version());
        }
    }

    public record ItemFiguresView(String code, String wordingZh, String wordingEn, int answers,
                                  Double satisfactionRate, Double mean, long[] distribution) {
    }

    public record FiguresView(long sent, long answered, Double responseRate, List<ItemFiguresView> items,
                              Double overall, long goalPercent, Boolean overallMeetsGoal, Double netPromoterScore,
                              long openFollowUps) {

        static FiguresView of(SurveyAnalysis.Figures f) {
            return new FiguresView(f.sent(), f.answered(), value(f.responseRate()), f.items().stream()
                    .map(i -> new ItemFiguresView(i.code(), i.wording().zh(), i.wording().en(), i.answers(),
                            value(i.satisfactionRate()), value(i.mean()), i.distribution())).toList(),
                    value(f.overall()), f.goalPercent(), f.overallMeetsGoal(), value(f.netPromoterScore()),
                    f.openFollowUps());
        }

        private static Double value(java.util.OptionalDouble d) {
            return d.isPresent() ? Math.round(d.getAsDouble() * 10) / 10.0 : null;
        }
    }
}
