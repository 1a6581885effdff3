package io.labdesk.modules.audit.interfaces;

import io.labdesk.platform.api.identity.Qualifications;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Audits are led by internal auditors with a valid qualification on their staff record: without anyone holding the
 * role, or without a qualification among those who do, no audit can be planned.
 */
@ApplicationScoped
public class AuditSetupCheck implements SetupCheck {

    @Inject
    StaffDirectory staff;

    @Inject
    Qualifications qualifications;

    @Inject
    WorkingTime workingTime;

    @Override
    public List<SetupWarning> warnings() {
        List<StaffDirectory.StaffMember> auditors = staff.holding(TenantRole.INTERNAL_AUDITOR);
        if (auditors.isEmpty()) {
            return List.of(new SetupWarning("audit-no-auditor", Text.of("无法安排内部审核：没有人担任内审员。",
                    "No internal audit can be planned: nobody holds the internal auditor role."),
                    new SetupWarning.GrantRole(TenantRole.INTERNAL_AUDITOR)));
        }
        LocalDate today = LocalDate.now(workingTime.zone());
        if (auditors.stream().noneMatch(a -> qualifications.holds(a.username(),
                Qualifications.Kind.INTERNAL_AUDITOR, today))) {
            return List.of(new SetupWarning("audit-no-qualified-auditor", Text.of(
                    "无法安排内部审核：内审员均无有效的内审员资格，请在“员工与角色”中记录其资格。",
                    "No internal audit can be planned: no internal auditor holds a valid qualification; record it "
                            + "on their staff page."), new SetupWarning.GrantRole(TenantRole.INTERNAL_AUDITOR)));
        }
        return List.of();
    }
}
