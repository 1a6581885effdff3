package io.labdesk.modules.complaints;

import io.labdesk.modules.complaints.interfaces.ComplaintDashboard;
import io.labdesk.modules.complaints.interfaces.ComplaintForm;
import io.labdesk.modules.complaints.interfaces.ComplaintOpinionForm;
import io.labdesk.modules.complaints.interfaces.ComplaintSetupCheck;
import io.labdesk.modules.complaints.interfaces.ComplaintStatusPage;
import io.labdesk.modules.complaints.interfaces.ComplaintTaskList;
import io.labdesk.modules.complaints.interfaces.ComplaintsView;
import io.labdesk.modules.complaints.domain.ReplyLetter;
import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModuleEventType;
import io.labdesk.platform.api.module.ModulePermission;
import io.labdesk.platform.api.module.ModuleView;
import io.labdesk.platform.api.module.NavigationEntry;
import io.labdesk.platform.api.module.PublicForm;
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
 * Complaint handling as an accredited laboratory must do it (ISO/IEC 17025 §7.9; REQUIREMENTS C1-C7): the complaint
 * file, its acceptance check, classification and routing, recusal, and its deadlines on the institution's calendar.
 */
@ApplicationScoped
public class ComplaintsModule implements LabDeskModule {

    public static final String ID = "complaints";
    public static final String READ = "complaints.read";
    public static final String RECORD = "complaints.record";
    public static final String MANAGE = "complaints.manage";
    public static final String APPROVE = "complaints.approve";
    /** Observed by the retest module; without it, the retest stays a task on the complaint. */
    public static final String RETEST_ORDERED = "retest-ordered";
    /** Observed by the internal-audit module; without it, an open item in the action register. */
    public static final String AUDIT_REQUESTED = "internal-audit-requested";
    /** A complaint accepted and open, and one over (closed, or refused after acceptance); data: number, customerId. */
    public static final String OPENED = "complaint-opened";
    public static final String CLOSED = "complaint-closed";

    @Inject
    ComplaintForm form;

    @Inject
    ComplaintOpinionForm opinionForm;

    @Inject
    ComplaintStatusPage statusPage;

    @Inject
    ComplaintDashboard dashboard;

    @Inject
    ComplaintTaskList taskList;

    @Inject
    ComplaintSetupCheck setupCheck;


    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("投诉处理", "Complaint handling");
    }

    @Override
    public Text description() {
        return Text.of("按 ISO/IEC 17025 受理、分类、调查和答复客户投诉：受理期限审查、回避、按工作日历计算的处理时限。",
                "Receive, classify, investigate and answer complaints as ISO/IEC 17025 asks: acceptance window, "
                        + "recusal, deadlines on the institution's calendar.");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(
                new ModulePermission(READ, Text.of("查看投诉", "Read complaints"), Set.of(TenantRole.values())),
                new ModulePermission(RECORD, Text.of("登记投诉", "Record complaints"),
                        Set.of(TenantRole.CUSTOMER_SERVICE, TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN)),
                new ModulePermission(MANAGE, Text.of("分类与指派", "Classify and assign"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.TECHNICAL_MANAGER, TenantRole.TENANT_ADMIN)),
                new ModulePermission(APPROVE, Text.of("批准重大投诉复函", "Approve a major complaint's reply"),
                        Set.of(TenantRole.DIRECTOR)));
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("complaints", ComplaintsView.class, READ));
    }

    @Override
    public List<PublicForm> publicForms() {
        return List.of(form, opinionForm, statusPage);
    }

    @Override
    public List<DashboardFigures> dashboard() {
        return List.of(dashboard);
    }


    @Override
    public List<StaffTasks> tasks() {
        return List.of(taskList);
    }

    @Override
    public List<SetupCheck> setupChecks() {
        return List.of(setupCheck);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("complaints", Text.of("投诉处理", "Complaints"), "vaadin:comment-ellipsis-o",
                READ));
    }

    @Override
    public List<LetterKind> letters() {
        return List.of(ReplyLetter.kind(MANAGE));
    }

    @Override
    public SettingsSchema settings() {
        return SettingsSchema.of(
                        SettingField.number("reportWindowDays", Text.of("报告异议受理期限（日）",
                                "Objections to a report: days after issue"), 15, 1, 365),
                        SettingField.number("otherWindowMonths", Text.of("其他投诉受理期限（月）",
                                "Other complaints: months"), 1, 1, 24),
                        SettingField.number("acknowledgeHours", Text.of("确认收到时限（小时）",
                                "Acknowledge within (hours)"), 2, 1, 240),
                        SettingField.number("preliminaryHours", Text.of("初步解决方案时限（小时）",
                                "Preliminary solution within (hours)"), 24, 1, 720),
                        SettingField.number("detailedHours", Text.of("重大投诉详细方案时限（小时）",
                                "Major complaint: detailed solution within (hours)"), 48, 1, 1440),
                        SettingField.number("transferredMonths", Text.of("转交投诉最终答复时限（月）",
                                "Transferred complaint: final answer within (months)"), 2, 1, 12),
                        SettingField.number("warningPercent", Text.of("预警点（占时限的百分比）",
                                "Warn at (per cent of the time allowed)"), 80, 10, 99),
                        SettingField.number("goalPercent", Text.of("及时率目标（%）", "Timeliness goal (per cent)"),
                                95, 1, 100),
                        SettingField.flag("businessTime", Text.of("按工作时间计算（否则按自然时间）",
                                "Count working hours on the business calendar (else clock hours)"), false))
                .withRule(v -> v.number("acknowledgeHours") > v.number("preliminaryHours")
                        ? Optional.of(new SettingsSchema.Problem("acknowledgeHours", Text.of(
                        "确认收到时限不能长于初步解决方案时限。",
                        "Acknowledging cannot take longer than the preliminary solution.")))
                        : Optional.empty())
                .withRule(v -> v.number("preliminaryHours") > v.number("detailedHours")
                        ? Optional.of(new SettingsSchema.Problem("detailedHours", Text.of(
                        "详细方案时限不能短于初步解决方案时限。",
                        "The detailed solution cannot be due before the preliminary one.")))
                        : Optional.empty());
    }

    @Override
    public String changelog() {
        return "db/changelog/modules/complaints.xml";
    }

    @Override
    public List<ModuleEventType> events() {
        return List.of(
                new ModuleEventType("complaint-received", Text.of("收到投诉", "A complaint was received")),
                new ModuleEventType("complaint-refused", Text.of("投诉不予受理", "A complaint was not accepted")),
                new ModuleEventType(OPENED, Text.of("投诉已受理，处理中（附客户标识）",
                        "A complaint was accepted and is open (with the customer's id)")),
                new ModuleEventType(CLOSED, Text.of("投诉已结束（附客户标识）",
                        "A complaint is over: closed, or refused after all (with the customer's id)")),
                new ModuleEventType(RETEST_ORDERED, Text.of("调查人要求复测", "The investigator ordered a retest")),
                new ModuleEventType(AUDIT_REQUESTED, Text.of("投诉涉及管理体系，需附加内部审核",
                        "The complaint questions the quality system: an additional internal audit is requested")));
    }
}
