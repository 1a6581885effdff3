package io.labdesk.modules.instruments.interfaces;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.application.MaintenancePlans;
import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What service cases ask of the signed-in engineer: diagnose, carry out, have signed off and close; and the
 * maintenance visits announced to customers, to agree a time for.
 */
@ApplicationScoped
public class ServiceTasks implements StaffTasks {

    @Inject
    ServiceCases cases;

    @Inject
    TenantModules modules;

    @Inject
    MaintenancePlans plans;

    @Override
    public String permission() {
        return InstrumentServiceModule.SERVICE;
    }

    @Override
    public List<Task> ofCurrentStaff() {
        Map<CaseStatus, Long> waiting = cases.waiting();
        List<Task> tasks = new ArrayList<>();
        add(tasks, "instrument-diagnose", Text.of("仪器服务单待诊断", "Service cases to diagnose"), waiting,
                CaseStatus.OPEN);
        add(tasks, "instrument-ready", Text.of("仪器服务待实施", "Service to carry out"), waiting, CaseStatus.READY);
        add(tasks, "instrument-close", Text.of("仪器服务待签字结案", "Service to sign off and close"), waiting,
                CaseStatus.WORK_DONE);
        if (modules.permitted(InstrumentServiceModule.SERVICE)) {
            tasks.add(new Task("instrument-maintenance", Text.of("定期维护保养待预约", "Maintenance visits to agree"),
                    plans.announcedLately(), "instruments"));
        }
        return tasks;
    }

    private void add(List<Task> tasks, String id, Text label, Map<CaseStatus, Long> waiting, CaseStatus status) {
        if (modules.permitted(InstrumentServiceModule.SERVICE)) {
            tasks.add(new Task(id, label, waiting.getOrDefault(status, 0L), "service-cases?status=" + status.name()));
        }
    }
}
