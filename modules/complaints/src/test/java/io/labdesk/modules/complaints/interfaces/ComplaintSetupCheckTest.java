package io.labdesk.modules.complaints.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.identity.StaffDirectory.StaffMember;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintSetupCheckTest {

    private static final StaffMember QUALITY = new StaffMember("zhao.min", "赵敏", Set.of(TenantRole.QUALITY_MANAGER));
    private static final StaffMember TECHNICAL = new StaffMember("wu.gang", "吴刚", Set.of(TenantRole.TECHNICAL_MANAGER));
    private static final StaffMember DIRECTOR = new StaffMember("chen.jie", "陈杰", Set.of(TenantRole.DIRECTOR,
            TenantRole.TENANT_ADMIN));

    @Test
    void withoutATechnicalManagerTechnicalComplaintsCannotBeRoutedAndTheAdminIsSentToGrantTheRole() {
        List<SetupWarning> warnings = check(QUALITY, DIRECTOR).warnings();
        assertThat(warnings).extracting(SetupWarning::id).containsExactly("no-technical-investigator");
        assertThat(warnings.getFirst().problem().en()).startsWith("Technical complaints cannot be routed: nobody "
                + "holds the technical manager role");
        assertThat(warnings.getFirst().problem().zh()).contains("没有人担任技术负责人");
        assertThat(warnings.getFirst().fix()).isEqualTo(new SetupWarning.GrantRole(TenantRole.TECHNICAL_MANAGER));
    }

    @Test
    void withBothManagersAllIsWellAndWithNeitherBothKindsAreNamed() {
        assertThat(check(QUALITY, TECHNICAL, DIRECTOR).warnings()).isEmpty();
        assertThat(check(DIRECTOR).warnings()).extracting(SetupWarning::id)
                .containsExactly("no-technical-investigator", "no-procedural-investigator");
    }

    private static ComplaintSetupCheck check(StaffMember... active) {
        ComplaintSetupCheck check = new ComplaintSetupCheck();
        check.staff = new StaffDirectory() {
            @Override
            public Optional<StaffMember> find(String username) {
                return List.of(active).stream().filter(m -> m.username().equals(username)).findFirst();
            }

            @Override
            public List<StaffMember> holding(TenantRole role) {
                return List.of(active).stream().filter(m -> m.holds(role)).toList();
            }

            @Override
            public List<StaffMember> active() {
                return List.of(active);
            }
        };
        return check;
    }
}
