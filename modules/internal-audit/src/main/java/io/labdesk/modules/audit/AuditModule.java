package io.labdesk.modules.audit;

import io.labdesk.modules.audit.interfaces.AuditDashboard;
import io.labdesk.modules.audit.interfaces.AuditSetupCheck;
import io.labdesk.modules.audit.interfaces.AuditTasks;
import io.labdesk.modules.audit.interfaces.AuditsView;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModuleEventType;
import io.labdesk.platform.api.module.ModulePermission;
import io.labdesk.platform.api.module.ModuleView;
import io.labdesk.platform.api.module.NavigationEntry;
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
 * Internal audits (REQUIREMENTS A1–A4, ISO/IEC 17025:2017 §8.8): a yearly programme that covers every clause and
 * area, auditors who are qualified and independent of what they audit, checklists from the clauses in scope, graded
 * findings whose nonconformities go to the platform's corrective-action register and are closed once the auditor
 * verified the action effective, and unscheduled audits a complaint asks for.
 */
@ApplicationScoped
public class AuditModule implements LabDeskModule {

    /** The id the complaint module asks about when a complaint questions the quality system. */
    public static final String ID = "internal-audit";
    public static final String READ = "internal-audit.read";
    public static final String PLAN = "internal-audit.plan";
    public static final String APPROVE = "internal-audit.approve";
    public static final String AUDIT = "internal-audit.audit";

    @Inject
    AuditDashboard dashboard;

    @Inject
    AuditTasks tasks;

    @Inject
    AuditSetupCheck setupCheck;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("内部审核", "Internal audit");
    }

    @Override
    public Text description() {
        return Text.of("年度内审方案覆盖全部条款和区域；审核员须有资格且不审核自己的工作；按条款生成检查表，发现分级，"
                        + "不符合项进入纠正措施登记册并由审核员验证有效性后关闭；投诉涉及管理体系时提议附加审核。",
                "A yearly programme covering every clause and area; auditors qualified and never auditing their own "
                        + "work; checklists from the clauses in scope; graded findings whose nonconformities go to "
                        + "the corrective-action register and close once the auditor verified them effective; "
                        + "additional audits proposed when a complaint questions the quality system.");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(
                new ModulePermission(READ, Text.of("查看内审", "Read internal audits"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.INTERNAL_AUDITOR, TenantRole.DIRECTOR,
                                TenantRole.TECHNICAL_MANAGER, TenantRole.SUPERVISOR, TenantRole.TENANT_ADMIN)),
                new ModulePermission(PLAN, Text.of("编制内审方案、区域和准则", "Plan the programme, areas and criteria"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN)),
                new ModulePermission(APPROVE, Text.of("批准内审方案", "Approve the audit programme"),
                        Set.of(TenantRole.QUALITY_MANAGER, TenantRole.DIRECTOR)),
                new ModulePermission(AUDIT, Text.of("实施审核：检查表、发现与验证", "Audit: checklists, findings, verification"),
                        Set.of(TenantRole.INTERNAL_AUDITOR)));
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("audits", AuditsView.class, READ));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("audits", Text.of("内部审核", "Internal audits"), "vaadin:clipboard-check",
                READ));
    }

    @Override
    public List<DashboardFigures> dashboard() {
        return List.of(dashboard);
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
    public SettingsSchema settings() {
        return SettingsSchema.of(
                SettingField.number("reportDays", Text.of("末次会议后出具报告时限（工作日）",
                        "Report within (working days after the closing meeting)"), 10, 1, 60),
                SettingField.number("majorDays", Text.of("严重不符合纠正期限（天）",
                        "Major nonconformity corrected within (days)"), 30, 1, 180),
                SettingField.number("minorDays", Text.of("一般不符合纠正期限（天）",
                        "Minor nonconformity corrected within (days)"), 60, 1, 365),
                SettingField.number("warningPercent", Text.of("预警点（占时限的百分比）",
                        "Warn at (per cent of the time allowed)"), 80, 10, 99));
    }

    @Override
    public String changelog() {
        return "db/changelog/modules/internal-audit.xml";
    }

    @Override
    public List<ModuleEventType> events() {
        return List.of(
                new ModuleEventType("audit-proposed", Text.of("提议了附加内部审核", "An additional internal audit was proposed")),
                new ModuleEventType("audit-closed", Text.of("内部审核已关闭", "An internal audit was closed")));
    }
}
