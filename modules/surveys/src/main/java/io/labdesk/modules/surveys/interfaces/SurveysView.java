package io.labdesk.modules.surveys.interfaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.application.AnalysisReport;
import io.labdesk.modules.surveys.application.Answers;
import io.labdesk.modules.surveys.application.Campaigns;
import io.labdesk.modules.surveys.application.FollowUps;
import io.labdesk.modules.surveys.application.Invitations;
import io.labdesk.modules.surveys.application.Questionnaires;
import io.labdesk.modules.surveys.application.SurveyAnalysis;
import io.labdesk.modules.surveys.domain.Campaign;
import io.labdesk.modules.surveys.domain.FollowUp;
import io.labdesk.modules.surveys.domain.FollowUpStatus;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.Questionnaire;
import io.labdesk.modules.surveys.domain.SurveyFigures;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.ui.DeadlineBadge;
import io.labdesk.platform.api.ui.EChart;
import io.labdesk.platform.api.ui.EmptyState;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The surveys: unhappy customers to follow up (first, as they wait on a deadline), the invitations with their answers
 * (an answer given on the phone recorded here), the figures of a period, and the questionnaires as customers see them.
 * {@code surveys?tab=…} opens a tab, {@code surveys?followUp=…} a follow-up, {@code surveys?invitation=…} an invitation.
 */
public class SurveysView extends Div implements BeforeEnterObserver {

    private final Questionnaires questionnaires;
    private final Invitations invitations;
    private final Answers answers;
    private final FollowUps followUps;
    private final SurveyAnalysis analysis;
    private final AnalysisReport report;
    private final TenantModules modules;
    private final Words words;
    private final Tabs tabs = new Tabs();
    private final Tab followUpTab;
    private final Tab invitationTab;
    private final Tab analysisTab;
    private final Tab questionnaireTab;
    private final Tab campaignTab;
    private final Campaigns campaigns;
    private final Grid<Campaign> campaignGrid = new Grid<>();
    private final Div content = new Div();
    private final Grid<FollowUp> followUpGrid = new Grid<>();
    private final Grid<Invitation> invitationGrid = new Grid<>();
    private final Grid<Questionnaire> questionnaireGrid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Div figures = new Div();

    @Inject
    public SurveysView(Questionnaires questionnaires, Invitations invitations, Answers answers, FollowUps followUps,
                       SurveyAnalysis analysis, AnalysisReport report, Campaigns campaigns, TenantModules modules,
                       WorkingTime workingTime) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.answers = answers;
        this.followUps = followUps;
        this.analysis = analysis;
        this.report = report;
        this.modules = modules;
        this.words = new Words(workingTime.zone());
        setId("surveys-view");
        addClassName("labdesk-page");
        add(new H2(words.t("满意度调查", "Satisfaction surveys")), new Paragraph(words.t(
                "每次服务结束后通过链接邀请客户评价；低分答卷在期限内回访，必要时转为投诉或纠正措施。",
                "Customers are invited by a private link after every service; every unhappy answer is followed up "
                        + "within a deadline, or passed on as a complaint or a corrective action.")));
        followUpTab = tab("surveys-tab-follow-ups", words.t("待回访", "Follow-ups"));
        invitationTab = tab("surveys-tab-invitations", words.t("邀请与答卷", "Invitations and answers"));
        analysisTab = tab("surveys-tab-analysis", words.t("统计分析", "Analysis"));
        questionnaireTab = tab("surveys-tab-questionnaires", words.t("问卷", "Questionnaires"));
        campaignTab = tab("surveys-tab-campaigns", words.t("定期调查", "Periodic surveys"));
        tabs.add(followUpTab, invitationTab, campaignTab, analysisTab, questionnaireTab);
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab()));
        content.setWidthFull();
        add(tabs, content);
        buildFollowUps();
        buildInvitations();
        buildAnalysis();
        buildQuestionnaires();
        buildCampaigns();
    }

    private static Tab tab(String id, String label) {
        Tab tab = new Tab(label);
        tab.setId(id);
        return tab;
    }

    private void show(Tab tab) {
        content.removeAll();
        if (tab == followUpTab) {
            followUpGrid.setItems(followUps.latest(null, 200));
            content.add(followUpGrid);
        } else if (tab == invitationTab) {
            invitationGrid.setItems(invitations.latest(null, 200));
            content.add(invitationGrid);
        } else if (tab == analysisTab) {
            HorizontalLayout period = new HorizontalLayout(from, until);
            period.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            content.add(period, figures);
            drawFigures();
        } else if (tab == campaignTab) {
            campaignGrid.setItems(campaigns.latest(200));
            content.add(campaignGrid);
        } else {
            questionnaireGrid.setItems(questionnaires.all());
            content.add(questionnaireGrid);
        }
    }

    private void buildFollowUps() {
        followUpGrid.setId("surveys-follow-ups");
        followUpGrid.addColumn(FollowUp::number).setHeader(words.t("编号", "Number")).setAutoWidth(true)
                .setFlexGrow(0);
        followUpGrid.addComponentColumn(this::statusBadge).setHeader(words.t("状态", "Status")).setAutoWidth(true);
        followUpGrid.addColumn(f -> words.when(f.openedAt())).setHeader(words.t("答卷时间", "Answered"))
                .setAutoWidth(true);
        followUpGrid.addColumn(f -> f.requestNumber() == null ? "" : f.requestNumber())
                .setHeader(words.t("工单", "Request")).setAutoWidth(true);
        followUpGrid.addColumn(f -> f.customerName() == null ? "" : f.customerName())
                .setHeader(words.t("客户", "Customer")).setAutoWidth(true);
        followUpGrid.addColumn(f -> words.of(f.reason())).setHeader(words.t("原因", "Why")).setFlexGrow(1);
        followUpGrid.addComponentColumn(f -> {
            Div badges = new Div();
            followUps.deadlines(f.id()).forEach(d -> badges.add(new DeadlineBadge(d, words.zone())));
            return badges;
        }).setHeader(words.t("时限", "Deadline")).setAutoWidth(true);
        followUpGrid.addItemClickListener(e -> openFollowUp(e.getItem().id()));
        EmptyState.in(followUpGrid, words.t("没有需要回访的不满意答卷。", "No unhappy answers to follow up."),
                words.t("评分低于阈值或推荐意愿不高于 6 分的答卷会出现在这里。",
                        "Answers rated at or below the threshold, or recommending at 6 or less, show here."));
    }

    private Component statusBadge(FollowUp f) {
        Span badge = new Span(words.of(f.status().text()));
        badge.getElement().getThemeList().add(f.status() == FollowUpStatus.OPEN ? "badge error" : "badge success");
        return badge;
    }

    private void openFollowUp(UUID id) {
        new FollowUpDialog(followUps, modules.permitted(SurveysModule.FOLLOW_UP), words, id,
                () -> followUpGrid.setItems(followUps.latest(null, 200))).open();
    }

    private void buildInvitations() {
        invitationGrid.setId("surveys-invitations");
        invitationGrid.addColumn(i -> i.requestNumber() == null ? "" : i.requestNumber())
                .setHeader(words.t("工单", "Request")).setAutoWidth(true);
        invitationGrid.addColumn(Invitation::contactName).setHeader(words.t("客户", "Customer")).setAutoWidth(true);
        invitationGrid.addColumn(i -> words.of(i.status().text()) + (i.skipReason() == null ? ""
                : "（" + words.of(i.skipReason().text()) + "）")).setHeader(words.t("状态", "Status")).setFlexGrow(1);
        invitationGrid.addColumn(i -> words.when(i.sentAt() != null ? i.sentAt() : i.sendAt()))
                .setHeader(words.t("发送", "Sent")).setAutoWidth(true);
        invitationGrid.addColumn(i -> words.when(i.expiresAt())).setHeader(words.t("有效期至", "Expires"))
                .setAutoWidth(true);
        invitationGrid.addColumn(i -> words.when(i.answeredAt())).setHeader(words.t("答复", "Answered"))
                .setAutoWidth(true);
        invitationGrid.addItemClickListener(e -> openInvitation(e.getItem()));
        EmptyState.in(invitationGrid, words.t("还没有调查邀请。", "No invitations yet."), words.t(
                "工单关闭后，按设置的延迟和抽样比例自动发送邀请。",
                "Invitations go out after a request is closed, after the delay and for the share set."));
    }

    private void openInvitation(Invitation invitation) {
        new InvitationDialog(answers, modules.permitted(SurveysModule.FOLLOW_UP), words, invitation,
                () -> invitationGrid.setItems(invitations.latest(null, 200))).open();
    }

    private void buildAnalysis() {
        LocalDate today = LocalDate.now(words.zone());
        from.setId("surveys-from");
        from.setLabel(words.t("从", "From"));
        from.setValue(today.withDayOfYear(1));
        until.setId("surveys-until");
        until.setLabel(words.t("至（含）", "Until (inclusive)"));
        until.setValue(today);
        from.addValueChangeListener(e -> drawFigures());
        until.addValueChangeListener(e -> drawFigures());
        figures.setId("surveys-figures");
        figures.setWidthFull();
    }

    private void drawFigures() {
        figures.removeAll();
        if (from.getValue() == null || until.getValue() == null || until.getValue().isBefore(from.getValue())) {
            return;
        }
        SurveyAnalysis.Figures f = analysis.of(from.getValue(), until.getValue().plusDays(1));
        HorizontalLayout numbers = new HorizontalLayout(
                figure("surveys-figure-response", words.t("答复率", "Response rate"),
                        SurveyFigures.percent(f.responseRate()), f.answered() + " / " + f.sent()),
                figure("surveys-figure-overall", words.t("总体满意率", "Overall satisfaction"),
                        SurveyFigures.percent(f.overall()), words.t("目标 ", "goal ") + f.goalPercent() + " %"),
                figure("surveys-figure-nps", "NPS", f.netPromoterScore().isPresent()
                        ? String.format(Locale.ROOT, "%+.0f", f.netPromoterScore().getAsDouble()) : "—",
                        f.recommendations() + words.t(" 份", " answers")),
                figure("surveys-figure-unhappy", words.t("待回访", "To follow up"), Long.toString(f.openFollowUps()),
                        ""));
        numbers.getStyle().set("flex-wrap", "wrap");
        Grid<SurveyAnalysis.ItemFigures> items = new Grid<>();
        items.setId("surveys-item-figures");
        items.setAllRowsVisible(true);
        items.addColumn(i -> words.of(i.wording())).setHeader(words.t("项目", "Item")).setFlexGrow(1);
        items.addColumn(SurveyAnalysis.ItemFigures::answers).setHeader(words.t("答卷数", "Answers")).setAutoWidth(true);
        items.addColumn(i -> SurveyFigures.percent(i.satisfactionRate())).setHeader(words.t("满意率", "Satisfied"))
                .setAutoWidth(true);
        items.addColumn(i -> i.mean().isPresent() ? String.format(Locale.ROOT, "%.2f", i.mean().getAsDouble()) : "—")
                .setHeader(words.t("平均分", "Mean")).setAutoWidth(true);
        items.setItems(f.items());
        EChart chart = new EChart();
        chart.setId("surveys-item-chart");
        chart.setWidthFull();
        chart.setHeight("18rem");
        chart.setOption(chartOption(f.items()));
        LocalDate start = from.getValue();
        LocalDate end = until.getValue().plusDays(1);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = report.pdf(start, end, words.locale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "surveys-" + start + ".pdf",
                    "application/pdf", bytes.length);
        }), words.t("下载分析报告（PDF）", "Download the analysis report (PDF)"));
        pdf.setId("surveys-report-pdf");
        pdf.setTarget("_blank");
        figures.add(pdf, numbers, new H3(words.t("各项满意率（4–5 分占比）", "Satisfaction per item (share of 4 and 5)")),
                chart, items);
    }

    private Component figure(String id, String label, String value, String detail) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("padding", "0.5rem 1rem").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("min-width", "9rem");
        Span v = new Span(value);
        v.addClassName("survey-figure-value");
        v.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("display", "block");
        box.add(new Span(label), v, new Span(detail));
        return box;
    }

    private String chartOption(List<SurveyAnalysis.ItemFigures> items) {
        String names = items.stream().map(i -> json(words.of(i.wording()))).collect(Collectors.joining(","));
        String values = items.stream().map(i -> i.satisfactionRate().isPresent()
                ? String.format(Locale.ROOT, "%.1f", i.satisfactionRate().getAsDouble()) : "null")
                .collect(Collectors.joining(","));
        return "{\"grid\":{\"left\":140,\"right\":60},\"xAxis\":{\"type\":\"value\",\"max\":100},"
                + "\"yAxis\":{\"type\":\"category\",\"data\":[" + names + "]},"
                + "\"series\":[{\"type\":\"bar\",\"data\":[" + values + "],\"label\":{\"show\":true,"
                + "\"position\":\"right\",\"formatter\":\"{c} %\"}}]}";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void buildCampaigns() {
        campaignGrid.setId("surveys-campaigns");
        campaignGrid.addColumn(Campaign::name).setHeader(words.t("调查", "Survey")).setFlexGrow(1);
        campaignGrid.addColumn(c -> c.periodFrom() + " – " + c.periodTo()).setHeader(words.t("期间", "Period"))
                .setAutoWidth(true);
        campaignGrid.addColumn(c -> words.of(c.channel().text())).setHeader(words.t("方式", "Channel"))
                .setAutoWidth(true);
        campaignGrid.addColumn(c -> {
            Campaigns.Progress p = campaigns.progress(c.id());
            return p.customers() + words.t(" 位客户，已发 ", " customers, sent ") + p.sent() + words.t("，答复 ",
                    ", answered ") + p.answered() + " (" + SurveyFigures.percent(p.responseRate()) + ")";
        }).setHeader(words.t("进度", "Progress")).setAutoWidth(true);
        campaignGrid.addItemClickListener(e -> {
            com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
            dialog.setId("survey-campaign-dialog");
            dialog.setHeaderTitle(e.getItem().name());
            dialog.setWidth("48rem");
            Grid<Invitation> invited = new Grid<>();
            invited.setId("survey-campaign-invitations");
            invited.addColumn(Invitation::contactName).setHeader(words.t("客户", "Customer")).setFlexGrow(1);
            invited.addColumn(i -> words.of(i.status().text())).setHeader(words.t("状态", "Status")).setAutoWidth(true);
            invited.addColumn(i -> words.when(i.answeredAt())).setHeader(words.t("答复", "Answered")).setAutoWidth(true);
            invited.setItems(campaigns.invitations(e.getItem().id()));
            invited.addItemClickListener(x -> openInvitation(x.getItem()));
            dialog.add(invited);
            dialog.getFooter().add(new com.vaadin.flow.component.button.Button(words.t("关闭", "Close"),
                    x -> dialog.close()));
            dialog.open();
        });
        EmptyState.in(campaignGrid, words.t("还没有定期调查。", "No periodic surveys yet."), words.t(
                "通过接口 POST /api/v1/surveys/campaigns 列出客户（或从 Excel 读取）即可开始。",
                "Start one with POST /api/v1/surveys/campaigns, listing the customers (or reading them from Excel)."));
    }

    private void buildQuestionnaires() {
        questionnaireGrid.setId("surveys-questionnaires");
        questionnaireGrid.addColumn(q -> words.of(q.name())).setHeader(words.t("问卷", "Questionnaire")).setFlexGrow(1);
        questionnaireGrid.addColumn(q -> q.requestType() == null ? words.t("所有工单类型", "Every request type")
                : q.requestType()).setHeader(words.t("适用于", "Used for")).setAutoWidth(true);
        questionnaireGrid.addColumn(q -> "v" + q.currentVersion()).setHeader(words.t("版本", "Version"))
                .setAutoWidth(true);
        questionnaireGrid.addColumn(q -> words.when(q.updatedAt())).setHeader(words.t("修改", "Changed"))
                .setAutoWidth(true);
        questionnaireGrid.addItemClickListener(e -> new QuestionnairePreview(words,
                questionnaires.current(e.getItem().id()).items(), words.of(e.getItem().name())).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        String tab = q.containsKey("tab") ? q.get("tab").get(0) : "follow-ups";
        Tab chosen = switch (tab) {
            case "invitations" -> invitationTab;
            case "analysis" -> analysisTab;
            case "questionnaires" -> questionnaireTab;
            case "campaigns" -> campaignTab;
            default -> followUpTab;
        };
        if (q.containsKey("from") && q.containsKey("until")) {
            try {
                from.setValue(LocalDate.parse(q.get("from").get(0)));
                until.setValue(LocalDate.parse(q.get("until").get(0)).minusDays(1));
            } catch (RuntimeException e) {
                // A damaged address: the default period stays.
            }
        }
        if (tabs.getSelectedTab() == chosen) {
            show(chosen);
        } else {
            tabs.setSelectedTab(chosen);
        }
        if (q.containsKey("invitation")) {
            try {
                openInvitation(invitations.get(UUID.fromString(q.get("invitation").get(0))));
            } catch (RuntimeException e) {
                // Not an invitation of this institution: the list is shown.
            }
        }
        if (q.containsKey("followUp")) {
            try {
                openFollowUp(UUID.fromString(q.get("followUp").get(0)));
            } catch (IllegalArgumentException e) {
                // Not a follow-up's id: the list is shown.
            }
        }
    }
}
