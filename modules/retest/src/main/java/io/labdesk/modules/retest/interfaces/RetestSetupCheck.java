package io.labdesk.modules.retest.interfaces;

import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A retest decision is approved by a technical manager: without one among the active staff, none can be. */
@ApplicationScoped
public class RetestSetupCheck implements SetupCheck {

    @Inject
    StaffDirectory staff;

    @Override
    public List<SetupWarning> warnings() {
        if (staff.active().stream().anyMatch(m -> m.holds(TenantRole.TECHNICAL_MANAGER))) {
            return List.of();
        }
        return List.of(new SetupWarning("retest-no-technical-manager", Text.of(
                "复测决定无法批准：没有人担任技术负责人。", "Retest decisions cannot be approved: nobody holds the "
                        + "technical manager role."), new SetupWarning.GrantRole(TenantRole.TECHNICAL_MANAGER)));
    }
}
