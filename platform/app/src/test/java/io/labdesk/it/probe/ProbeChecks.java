package io.labdesk.it.probe;

import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The probe's tasks (its notes, to read) and its set-up check (a greeting of the institution's own). */
@ApplicationScoped
public class ProbeChecks implements StaffTasks, SetupCheck {

    static final String DEFAULT_GREETING = "你好";

    @Inject
    ProbeNotes notes;

    @Inject
    TenantModules modules;

    @Override
    public String permission() {
        return ProbeModule.READ;
    }

    @Override
    public List<Task> ofCurrentStaff() {
        return List.of(new Task("probe-notes", Text.of("待读的探针记录", "Probe notes to read"),
                notes.countByKind().values().stream().mapToLong(Long::longValue).sum(), "probe"));
    }

    @Override
    public List<SetupWarning> warnings() {
        if (!DEFAULT_GREETING.equals(modules.settings(ProbeModule.ID).text("greeting"))) {
            return List.of();
        }
        return List.of(new SetupWarning("default-greeting", Text.of("探针仍使用默认问候语。",
                "The probe still greets with the default."), new SetupWarning.ChangeSettings()));
    }
}
