package io.labdesk.modules.instruments;

import io.labdesk.modules.instruments.application.MaintenancePlans;
import io.labdesk.modules.instruments.domain.ProductLines;
import io.labdesk.modules.instruments.interfaces.InstrumentsView;
import io.labdesk.modules.instruments.interfaces.ServiceCasesView;
import io.labdesk.modules.instruments.interfaces.ServiceDashboard;
import io.labdesk.modules.instruments.interfaces.ServiceRequestSection;
import io.labdesk.modules.instruments.interfaces.ServiceSetupCheck;
import io.labdesk.modules.instruments.interfaces.ServiceTasks;
import io.labdesk.platform.api.module.BackgroundWork;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.ModuleView;
import io.labdesk.platform.api.module.NavigationEntry;
import io.labdesk.platform.api.module.RequestSection;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModulePermission;
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
 * Instrument service as sources 002 and 004 describe it (REQUIREMENTS W1–W6): customers' instruments on record with
 * their warranty, and service cases on repair, replacement, installation and maintenance requests, held to the
 * service levels of the settings, with quotes before chargeable work and refunds.
 */
@ApplicationScoped
public class InstrumentServiceModule implements LabDeskModule {

    public static final String ID = "instruments";
    public static final String READ = "instruments.read";
    public static final String REGISTER = "instruments.register";
    public static final String SERVICE = "instruments.service";
    public static final String CHARGE = "instruments.charge";
    public static final String APPROVE = "instruments.approve";

    @Inject
    ServiceDashboard dashboard;

    @Inject
    ServiceRequestSection requestSection;

    @Inject
    ServiceTasks tasks;

    @Inject
    ServiceSetupCheck setupCheck;

    @Inject
    MaintenancePlans maintenance;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("仪器售后", "Instrument service");
    }

    @Override
    public Text description() {
        return Text.of("客户仪器档案与保修判定，维修、更换、安装调试和维护保养的服务单：诊断、服务方式、服务时限、"
                        + "收费前报价与退款，每一步告知客户。",
                "Customers' instruments on record with their warranty, and service cases for repair, replacement, "
                        + "installation and maintenance: diagnosis, the way of service, service levels, a quote "
                        + "before chargeable work and refunds, the customer told at each step.");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(
                new ModulePermission(READ, Text.of("查看仪器档案与服务单", "Read instruments and service cases"),
                        Set.of(TenantRole.values())),
                new ModulePermission(REGISTER, Text.of("登记与导入仪器档案", "Register and import instruments"),
                        Set.of(TenantRole.CUSTOMER_SERVICE, TenantRole.SUPERVISOR, TenantRole.TENANT_ADMIN,
                                TenantRole.RECORDS_ADMIN)),
                new ModulePermission(SERVICE, Text.of("受理、诊断与实施服务", "Open, diagnose and carry out service"),
                        Set.of(TenantRole.CUSTOMER_SERVICE, TenantRole.TESTER, TenantRole.TECHNICAL_MANAGER,
                                TenantRole.SUPERVISOR)),
                new ModulePermission(CHARGE, Text.of("报价与退款", "Quote and refund"),
                        Set.of(TenantRole.SUPERVISOR, TenantRole.TECHNICAL_MANAGER, TenantRole.DIRECTOR,
                                TenantRole.QUALITY_MANAGER)),
                new ModulePermission(APPROVE, Text.of("批准经厂家更换仪器", "Approve replacements through the factory"),
                        Set.of(TenantRole.SUPERVISOR, TenantRole.DIRECTOR, TenantRole.TECHNICAL_MANAGER)));
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("service-cases", ServiceCasesView.class, READ),
                new ModuleView("instruments", InstrumentsView.class, READ));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("service-cases", Text.of("仪器服务单", "Service cases"), "vaadin:tools", READ),
                new NavigationEntry("instruments", Text.of("仪器档案", "Instruments"), "vaadin:cogs", READ));
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
    public List<BackgroundWork> backgroundWork() {
        return List.of(maintenance);
    }

    @Override
    public List<SetupCheck> setupChecks() {
        return List.of(setupCheck);
    }

    @Override
    public SettingsSchema settings() {
        return SettingsSchema.of(
                SettingField.number("proposalHours", Text.of("提出解决方案时限（小时）",
                        "Solution proposed within (hours)"), 12, 1, 240),
                SettingField.number("onSiteHours", Text.of("上门时限（小时）", "On site within (hours)"), 48, 1, 720),
                SettingField.number("downLocalHours", Text.of("停机：本地服务区内上门时限（小时）",
                        "Instrument down, local service area: on site within (hours)"), 24, 1, 720),
                SettingField.number("downElsewhereHours", Text.of("停机：服务区外上门时限（小时）",
                        "Instrument down, elsewhere: on site within (hours)"), 48, 1, 720),
                SettingField.text("localArea", Text.of("本地服务区（城市/区县，逗号分隔）",
                        "Local service area (cities or districts, separated by commas)"), "", 1000, false)
                        .withHelp(Text.of("仪器所在地含其中任一名称即属本地。",
                                "An instrument whose place names any of them stands in the local area.")),
                SettingField.number("partsRepairDays", Text.of("需订配件的维修周期（工作日）",
                        "Repair needing parts within (working days)"), 7, 1, 120),
                SettingField.number("factoryReturnPromisedDays", Text.of("返厂维修承诺周期（工作日）",
                        "Factory return promised within (working days)"), 10, 1, 120),
                SettingField.number("factoryReturnDays", Text.of("返厂维修最长周期（工作日）",
                        "Factory return at most (working days)"), 15, 1, 120),
                SettingField.number("warrantyMonths", Text.of("默认保修期（月）", "Default warranty (months)"),
                        12, 0, 240),
                SettingField.text("productLineWarranty", Text.of("各产品线保修期（产品线=月数；分号分隔）",
                        "Warranty per product line (line=months; separated by semicolons)"), "", 1000, false),
                SettingField.flag("materialsOnlyAfterWarranty", Text.of("保修期外只收材料费",
                        "After the warranty, charge materials only"), true),
                SettingField.number("partWarrantyMonths", Text.of("更换件保修期（月）", "Warranty of a fitted part (months)"),
                        3, 0, 120),
                SettingField.number("maintenanceLeadDays", Text.of("定期保养提前通知（天）",
                        "Announce maintenance visits ahead (days)"), 7, 0, 60),
                SettingField.number("refundDays", Text.of("退款时限（工作日）", "Refund within (working days)"), 5, 1, 60),
                SettingField.number("warningPercent", Text.of("预警点（占时限的百分比）",
                        "Warn at (per cent of the time allowed)"), 80, 10, 99),
                SettingField.text("currency", Text.of("币种", "Currency"), "CNY", 3, true))
                .withRule(values -> values.number("factoryReturnPromisedDays") > values.number("factoryReturnDays")
                        ? Optional.of(new SettingsSchema.Problem("factoryReturnPromisedDays", Text.of(
                                "返厂承诺周期不能长于最长周期。", "The promised factory return cannot exceed its limit.")))
                        : Optional.empty())
                .withRule(values -> ProductLines.problem(values.text("productLineWarranty"))
                        .map(p -> new SettingsSchema.Problem("productLineWarranty", p)));
    }

    @Override
    public String changelog() {
        return "db/changelog/modules/instruments.xml";
    }
}
