package io.labdesk.modules.retest;

import io.labdesk.modules.retest.interfaces.RetestDashboard;
import io.labdesk.modules.retest.interfaces.RetestForm;
import io.labdesk.modules.retest.interfaces.RetestRequestSection;
import io.labdesk.modules.retest.interfaces.RetestSetupCheck;
import io.labdesk.modules.retest.interfaces.RetestTasks;
import io.labdesk.modules.retest.interfaces.RetestsView;
import io.labdesk.modules.retest.domain.ResultLetter;
import io.labdesk.platform.api.letter.LetterKind;
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
import java.util.Set;

/**
 * Retests as source 000 rules them (REQUIREMENTS R1–R4): eligibility, who is at fault and who pays, a decision by
 * someone independent of the original test approved by a technical manager, a quote before a charged retest, and
 * whether the retest agrees with the original within the measurement uncertainty.
 */
@ApplicationScoped
public class RetestModule implements LabDeskModule {

    public static final String ID = "retest";
    public static final String READ = "retest.read";
    public static final String RECORD = "retest.record";
    public static final String DECIDE = "retest.decide";
    public static final String APPROVE = "retest.approve";
    public static final String TEST = "retest.test";
    public static final String MANAGE = "retest.manage";

    @Inject
    RetestForm form;

    @Inject
    RetestDashboard dashboard;

    @Inject
    RetestRequestSection requestSection;

    @Inject
    RetestTasks tasks;

    @Inject
    RetestSetupCheck setupCheck;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("复测管理", "Retest policy");
    }

    @Override
    public Text description() {
        return Text.of("按原因判定责任与费用（免费、有条件收费、协商），审查复测条件，由非原检测人员决定、技术负责人批准，"
                        + "并以 En 值判断复测结果与原结果是否一致。",
                "Decide who is at fault and who pays (free, charged, negotiated) from the cause, check eligibility, "
                        + "have someone independent decide and a technical manager approve, and judge by En whether "
                        + "the retest agrees with the original.");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(
                new ModulePermission(READ, Text.of("查看复测", "Read retests"), Set.of(TenantRole.values())),
                new ModulePermission(RECORD, Text.of("登记复测申请与样品", "Record retest requests and samples"),
                        Set.of(TenantRole.CUSTOMER_SERVICE, TenantRole.QUALITY_MANAGER, TenantRole.TECHNICAL_MANAGER,
                                TenantRole.TENANT_ADMIN)),
                new ModulePermission(DECIDE, Text.of("调查、决定与结案", "Investigate, decide and conclude"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.TECHNICAL_MANAGER, TenantRole.SUPERVISOR,
                                TenantRole.DIRECTOR)),
                new ModulePermission(APPROVE, Text.of("批准复测决定", "Approve retest decisions"),
                        Set.of(TenantRole.TECHNICAL_MANAGER)),
                new ModulePermission(TEST, Text.of("录入复测结果", "Record retest results"),
                        Set.of(TenantRole.TESTER, TenantRole.TECHNICAL_MANAGER, TenantRole.SUPERVISOR)),
                new ModulePermission(MANAGE, Text.of("维护原因目录", "Keep the cause catalogue"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN)));
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("retests", RetestsView.class, READ));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("retests", Text.of("复测", "Retests"), "vaadin:flask", READ));
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
    public List<StaffTasks> tasks() {
        return List.of(tasks);
    }

    @Override
    public List<SetupCheck> setupChecks() {
        return List.of(setupCheck);
    }

    @Override
    public List<LetterKind> letters() {
        return List.of(ResultLetter.kind(MANAGE));
    }

    @Override
    public SettingsSchema settings() {
        return SettingsSchema.of(
                SettingField.number("windowDays", Text.of("复测申请期限（报告日期后天数）",
                        "Retests asked for within (days after the report date)"), 30, 1, 365),
                SettingField.number("retentionDays", Text.of("留样期（报告日期后天数）",
                        "Samples kept for (days after the report date)"), 90, 0, 3650),
                SettingField.number("retestsPerReport", Text.of("每份报告最多复测次数", "Retests per report at most"),
                        1, 1, 10),
                SettingField.number("decisionDays", Text.of("作出决定时限（工作日）", "Decide within (working days)"),
                        5, 1, 60),
                SettingField.number("retestDays", Text.of("完成复测时限（工作日）", "Retest within (working days)"),
                        10, 1, 120),
                SettingField.number("refundDays", Text.of("退款时限（工作日）", "Refund within (working days)"),
                        5, 1, 60),
                SettingField.number("warningPercent", Text.of("预警点（占时限的百分比）",
                        "Warn at (per cent of the time allowed)"), 80, 10, 99),
                SettingField.text("currency", Text.of("币种", "Currency"), "CNY", 3, true));
    }

    @Override
    public String changelog() {
        return "db/changelog/modules/retest.xml";
    }

    @Override
    public List<ModuleEventType> events() {
        return List.of(
                new ModuleEventType("retest-opened", Text.of("收到复测申请", "A retest was asked for")),
                new ModuleEventType("retest-not-eligible", Text.of("复测申请不符合条件", "A retest request was not eligible")),
                new ModuleEventType("retest-accepted", Text.of("投诉要求的复测已受理或批准",
                        "A retest a complaint ordered was accepted or approved")),
                new ModuleEventType("retest-refused", Text.of("投诉要求的复测未进行", "A retest a complaint ordered will not be done")),
                new ModuleEventType("retest-result", Text.of("投诉要求的复测有了结果", "A retest a complaint ordered has its result")));
    }
}
