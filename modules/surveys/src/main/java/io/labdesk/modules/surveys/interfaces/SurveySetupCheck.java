package io.labdesk.modules.surveys.interfaces;

import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Unhappy customers are called back by follow-up staff: without one among the active staff, nobody is warned. */
@ApplicationScoped
public class SurveySetupCheck implements SetupCheck {

    @Inject
    StaffDirectory staff;

    @Override
    public List<SetupWarning> warnings() {
        if (staff.active().stream().anyMatch(m -> m.holds(TenantRole.FOLLOW_UP))) {
            return List.of();
        }
        return List.of(new SetupWarning("surveys-no-follow-up", Text.of(
                "不满意客户的回访无人负责：没有人担任回访员。", "Nobody is warned to call unhappy customers back: nobody "
                        + "holds the follow-up role."), new SetupWarning.GrantRole(TenantRole.FOLLOW_UP)));
    }
}
