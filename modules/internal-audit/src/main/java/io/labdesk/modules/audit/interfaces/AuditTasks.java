package io.labdesk.modules.audit.interfaces;

import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.application.Audits;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** What audits ask of the signed-in staff member: the audits they are on, the proposed audits to plan. */
@ApplicationScoped
public class AuditTasks implements StaffTasks {

    @Inject
    Audits audits;

    @Inject
    TenantModules modules;

    @Override
    public String permission() {
        return AuditModule.READ;
    }

    @Override
    public List<Task> ofCurrentStaff() {
        List<Task> tasks = new ArrayList<>();
        if (modules.permitted(AuditModule.AUDIT)) {
            tasks.add(new Task("audits-mine", Text.of("我参与的待完成审核", "Audits I am on"), audits.myAuditsToDo(),
                    "audits?mine=true"));
        }
        if (modules.permitted(AuditModule.PLAN)) {
            tasks.add(new Task("audits-proposed", Text.of("待安排的附加审核", "Additional audits to plan"),
                    audits.proposed(), "audits?status=PROPOSED"));
        }
        return tasks;
    }
}
