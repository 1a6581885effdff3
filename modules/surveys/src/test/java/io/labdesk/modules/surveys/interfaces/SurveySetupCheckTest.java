package io.labdesk.modules.surveys.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveySetupCheckTest {

    @Test
    void withoutFollowUpStaffTheAdminIsToldToGrantTheRole() {
        SurveySetupCheck check = new SurveySetupCheck();
        check.staff = staff(new StaffDirectory.StaffMember("zhao.min", "赵敏", Set.of(TenantRole.QUALITY_MANAGER)));
        List<SetupWarning> warnings = check.warnings();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.problem().en()).contains("Nobody is warned", "follow-up role");
            assertThat(w.fix()).isEqualTo(new SetupWarning.GrantRole(TenantRole.FOLLOW_UP));
        });
        check.staff = staff(new StaffDirectory.StaffMember("wu.gang", "吴刚", Set.of(TenantRole.FOLLOW_UP)));
        assertThat(check.warnings()).isEmpty();
    }

    private static StaffDirectory staff(StaffDirectory.StaffMember... members) {
        return new StaffDirectory() {
            @Override
            public Optional<StaffMember> find(String username) {
                return List.of(members).stream().filter(m -> m.username().equals(username)).findFirst();
            }

            @Override
            public List<StaffMember> holding(TenantRole role) {
                return List.of(members).stream().filter(m -> m.holds(role)).toList();
            }

            @Override
            public List<StaffMember> active() {
                return List.of(members);
            }
        };
    }
}
