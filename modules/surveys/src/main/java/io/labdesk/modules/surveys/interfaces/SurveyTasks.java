package io.labdesk.modules.surveys.interfaces;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.application.SurveyAnalysis;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** For follow-up staff: the unhappy customers still to call. */
@ApplicationScoped
public class SurveyTasks implements StaffTasks {

    @Inject
    SurveyAnalysis analysis;

    @Inject
    TenantModules modules;

    @Override
    public String permission() {
        return SurveysModule.FOLLOW_UP;
    }

    @Override
    public List<Task> ofCurrentStaff() {
        return List.of(new Task("surveys-follow-up", Text.of("待回访的不满意客户", "Unhappy customers to call back"),
                analysis.openFollowUps(), "surveys?tab=follow-ups"));
    }
}
