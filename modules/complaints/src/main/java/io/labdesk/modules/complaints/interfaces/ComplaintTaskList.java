package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.ComplaintTask;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.TenantModules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The complaints waiting for the signed-in staff member, for the home page: each kind counted for those whose part
 * it is (recording, managing, approving, or assigned to investigate or decide), each opening the register filtered
 * to the complaints counted.
 */
@ApplicationScoped
public class ComplaintTaskList implements StaffTasks {

    /** Whose part each task is; investigating and deciding are the assigned person's, whatever their permissions. */
    private static final Map<ComplaintTask, String> PART = Map.of(
            ComplaintTask.ACKNOWLEDGE, ComplaintsModule.RECORD,
            ComplaintTask.ASSIGN, ComplaintsModule.MANAGE,
            ComplaintTask.INVESTIGATE, ComplaintsModule.READ,
            ComplaintTask.DECIDE, ComplaintsModule.READ,
            ComplaintTask.APPROVE_REPLY, ComplaintsModule.APPROVE,
            ComplaintTask.SEND_REPLY, ComplaintsModule.RECORD);

    @Inject
    ComplaintFiles files;

    @Inject
    TenantModules modules;

    @Override
    public String permission() {
        return ComplaintsModule.READ;
    }

    @Override
    public List<Task> ofCurrentStaff() {
        List<Task> tasks = new ArrayList<>();
        for (ComplaintTask task : ComplaintTask.values()) {
            if (modules.permitted(PART.get(task))) {
                tasks.add(new Task("complaints-" + task.id(), task.label(), files.waiting(task),
                        link(task)));
            }
        }
        return tasks;
    }

    /** The register listing the complaints waiting for {@code task}. */
    static String link(ComplaintTask task) {
        return "complaints?task=" + task.id();
    }
}
