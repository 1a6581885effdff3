package io.labdesk.modules.retest.interfaces;

import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What retests ask of the signed-in staff member, by the steps their role takes: decide, approve, retest, conclude. */
@ApplicationScoped
public class RetestTasks implements StaffTasks {

    @Inject
    RetestCases cases;

    @Inject
    TenantModules modules;

    @Override
    public String permission() {
        return RetestModule.READ;
    }

    @Override
    public List<Task> ofCurrentStaff() {
        Map<RetestStatus, Long> waiting = cases.waiting();
        List<Task> tasks = new ArrayList<>();
        add(tasks, RetestModule.DECIDE, "retest-decide", Text.of("复测待决定", "Retests to decide"), waiting,
                RetestStatus.RECEIVED);
        add(tasks, RetestModule.APPROVE, "retest-approve", Text.of("复测决定待批准", "Retest decisions to approve"),
                waiting, RetestStatus.DECIDED);
        add(tasks, RetestModule.TEST, "retest-test", Text.of("待复测", "Retests to carry out"), waiting,
                RetestStatus.RETESTING);
        add(tasks, RetestModule.DECIDE, "retest-conclude", Text.of("复测待结案", "Retests to conclude"), waiting,
                RetestStatus.RESULT_RECORDED);
        return tasks;
    }

    private void add(List<Task> tasks, String permission, String id, Text label, Map<RetestStatus, Long> waiting,
                     RetestStatus status) {
        if (modules.permitted(permission)) {
            tasks.add(new Task(id, label, waiting.getOrDefault(status, 0L), "retests?status=" + status.name()));
        }
    }
}
