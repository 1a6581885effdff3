package io.labdesk.modules.surveys;

import io.labdesk.modules.surveys.application.SurveyRounds;
import io.labdesk.modules.surveys.interfaces.CampaignSetupCheck;
import io.labdesk.modules.surveys.interfaces.SurveyDashboard;
import io.labdesk.modules.surveys.interfaces.SurveyForm;
import io.labdesk.modules.surveys.interfaces.SurveyRequestSection;
import io.labdesk.modules.surveys.interfaces.SurveySetupCheck;
import io.labdesk.modules.surveys.interfaces.SurveyTasks;
import io.labdesk.modules.surveys.interfaces.SurveysView;
import io.labdesk.platform.api.module.BackgroundWork;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModuleEventType;
import io.labdesk.platform.api.module.ModulePermission;
import io.labdesk.platform.api.module.ModuleView;
import io.labdesk.platform.api.module.NavigationEntry;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.RequestSection;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.module.SettingsSchema;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Satisfaction surveys (REQUIREMENTS S1–S5): after every closed request an invitation by e-mail or text message with a
 * private link, on a versioned questionnaire; answers recorded by phone; figures of satisfaction; and every unhappy
 * answer followed up within a deadline on the institution's calendar, or passed on as a complaint or a corrective
 * action.
 */
@ApplicationScoped
public class SurveysModule implements LabDeskModule {

    public static final String ID = "surveys";
    public static final String READ = "surveys.read";
    public static final String FOLLOW_UP = "surveys.follow-up";
    public static final String MANAGE = "surveys.manage";
    /** Fired when a follow-up becomes a complaint; the complaint module may file it. */
    public static final String COMPLAINT_ASKED = "survey-complaint";
    public static final String UNHAPPY = "survey-unhappy";

    @Inject
    SurveyForm form;

    @Inject
    SurveyDashboard dashboard;

    @Inject
    SurveyTasks tasks;

    @Inject
    SurveyRounds rounds;

    @Inject
    SurveyRequestSection requestSection;

    @Inject
    SurveySetupCheck setupCheck;

    @Inject
    CampaignSetupCheck campaignCheck;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("满意度调查", "Satisfaction surveys");
    }

    @Override
    public Text description() {
        return Text.of("每次服务结束后通过链接邀请客户评价，问卷分版本管理，可电话回访代录；统计满意率与 NPS，"
                        + "低分客户在期限内回访，必要时转为投诉或纠正措施。",
                "Invite customers to rate every completed service by a private link, on versioned questionnaires, "
                        + "or record their answers by phone; count satisfaction and NPS; follow every unhappy "
                        + "customer up within a deadline, or pass it on as a complaint or a corrective action.");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(
                new ModulePermission(READ, Text.of("查看满意度调查", "Read surveys"), Set.of(TenantRole.values())),
                new ModulePermission(FOLLOW_UP, Text.of("电话回访、代录答卷与跟进不满意客户",
                        "Record answers by phone and follow unhappy customers up"),
                        Set.of(TenantRole.FOLLOW_UP, TenantRole.CUSTOMER_SERVICE, TenantRole.QUALITY_MANAGER,
                                TenantRole.TENANT_ADMIN)),
                new ModulePermission(MANAGE, Text.of("维护问卷", "Keep the questionnaires"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN)));
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("surveys", SurveysView.class, READ));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("surveys", Text.of("满意度调查", "Surveys"), "vaadin:smiley-o", READ));
    }

    @Override
    public List<PublicForm> publicForms() {
        return List.of(form);
    }

    @Override
    public List<DashboardFigures> dashboard() {
        return List.of(dashboard);
    }

    @Override
    public List<RequestSection> requestSections() {
        return List.of(requestSection);
    }

    @Override
    public List<SetupCheck> setupChecks() {
        return List.of(setupCheck, campaignCheck);
    }

    @Override
    public List<StaffTasks> tasks() {
        return List.of(tasks);
    }

    @Override
    public List<BackgroundWork> backgroundWork() {
        return List.of(rounds);
    }

    @Override
    public SettingsSchema settings() {
        return SettingsSchema.of(
                SettingField.choice("trigger", Text.of("何时邀请", "Invite when the request is"), "CLOSE",
                        new SettingField.Choice("CLOSE", Text.of("工单关闭时", "Closed")),
                        new SettingField.Choice("FOLLOW_UP", Text.of("回访时", "Followed up"))),
                SettingField.number("delayMinutes", Text.of("延迟发送（分钟）", "Send after (minutes)"), 1440, 0, 43200),
                SettingField.number("sharePercent", Text.of("抽样比例（%）", "Share of requests surveyed (%)"), 100, 1,
                        100),
                SettingField.number("expiryDays", Text.of("链接有效期（天）", "The link works for (days)"), 14, 1, 90),
                SettingField.number("reminderDays", Text.of("未答复时提醒（发送后天数）",
                        "Remind once after (days, unanswered)"), 5, 1, 89),
                SettingField.number("quietDays", Text.of("同一客户调查间隔（天）",
                        "Survey a customer at most once in (days)"), 30, 0, 365),
                SettingField.number("threshold", Text.of("不满意分值（含）", "Unhappy at a rating of at most"), 2, 1, 4),
                SettingField.number("followUpDays", Text.of("回访时限（工作日）", "Follow unhappy customers up within "
                        + "(working days)"), 2, 1, 30),
                SettingField.number("goalPercent", Text.of("总体满意率目标（%）", "Overall satisfaction goal (%)"), 90, 1,
                        100),
                SettingField.number("campaignsPerYear", Text.of("每年定期调查次数（至少）",
                        "Periodic surveys of all customers per year (at least)"), 1, 0, 12))
                .withRule(values -> values.number("reminderDays") < values.number("expiryDays") ? Optional.empty()
                        : Optional.of(new SettingsSchema.Problem("reminderDays", Text.of("提醒须在链接失效之前。",
                        "The reminder goes before the link runs out."))));
    }

    @Override
    public String changelog() {
        return "db/changelog/modules/surveys.xml";
    }

    @Override
    public List<ModuleEventType> events() {
        return List.of(
                new ModuleEventType(UNHAPPY, Text.of("客户答卷不满意，已开启回访", "An unhappy answer opened a follow-up")),
                new ModuleEventType(COMPLAINT_ASKED, Text.of("不满意回访转为投诉",
                        "A follow-up of an unhappy answer became a complaint")));
    }
}
