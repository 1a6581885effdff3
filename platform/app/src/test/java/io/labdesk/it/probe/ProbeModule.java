package io.labdesk.it.probe;

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
 * A module for the tests only (never in the WAR): it uses every extension point of the module SPI — permissions,
 * a view and its navigation entry, settings with a rule, its own changelog, observers of platform events and an
 * event of its own, a public form, dashboard figures, background work, a section on the request page, tasks and a set-up check — with the request directory, spreadsheets and a chart, and
 * compiles against platform/api and Vaadin only.
 */
@ApplicationScoped
public class ProbeModule implements LabDeskModule {

    static final String ID = "probe";
    static final String READ = "probe.read";
    static final String WRITE = "probe.write";

    @Inject
    ProbeForm form;

    @Inject
    ProbeFigures figures;

    @Inject
    ProbeWork work;

    @Inject
    ProbeRequestSection requestSection;

    @Inject
    ProbeChecks checks;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("探针模块", "Probe module");
    }

    @Override
    public Text description() {
        return Text.of("测试用：记下本机构收到的每个工单。", "For tests: notes every request the institution receives.");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(
                new ModulePermission(READ, Text.of("查看记录", "Read notes"), Set.of(TenantRole.values())),
                new ModulePermission(WRITE, Text.of("添加记录", "Add notes"), Set.of(TenantRole.TENANT_ADMIN)));
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("probe", ProbeView.class, READ));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("probe", Text.of("探针", "Probe"), "vaadin:flask", READ));
    }

    @Override
    public SettingsSchema settings() {
        return SettingsSchema.of(
                        SettingField.text("greeting", Text.of("问候语", "Greeting"), "你好", 20, true),
                        SettingField.number("limit", Text.of("显示条数", "Notes shown"), 3, 1, 10),
                        SettingField.flag("echo", Text.of("回声", "Echo"), true),
                        SettingField.choice("tone", Text.of("语气", "Tone"), "calm",
                                new SettingField.Choice("calm", Text.of("平静", "Calm")),
                                new SettingField.Choice("loud", Text.of("响亮", "Loud"))))
                .withRule(values -> values.text("tone").equals("loud") && values.number("limit") > 5
                        ? Optional.of(new SettingsSchema.Problem("limit",
                        Text.of("响亮时最多显示 5 条。", "Loud shows at most 5 notes.")))
                        : Optional.empty());
    }

    @Override
    public List<PublicForm> publicForms() {
        return List.of(form);
    }

    @Override
    public List<DashboardFigures> dashboard() {
        return List.of(figures);
    }

    @Override
    public List<RequestSection> requestSections() {
        return List.of(requestSection);
    }

    @Override
    public List<StaffTasks> tasks() {
        return List.of(checks);
    }

    @Override
    public List<SetupCheck> setupChecks() {
        return List.of(checks);
    }

    @Override
    public List<BackgroundWork> backgroundWork() {
        return List.of(work);
    }

    @Override
    public String changelog() {
        return "db/changelog/modules/probe.xml";
    }

    @Override
    public List<ModuleEventType> events() {
        return List.of(new ModuleEventType("note-added", Text.of("添加了一条记录", "A note was added")));
    }
}
