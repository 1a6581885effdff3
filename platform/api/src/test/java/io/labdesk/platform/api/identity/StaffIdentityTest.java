package io.labdesk.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffIdentityTest {

    private static StaffIdentity named(String given, String family) {
        return new StaffIdentity("sub", "user.name", given, family, null, List.of(), Set.of());
    }

    @Test
    void chineseNamesReadFamilyFirstWithoutSpace() {
        assertThat(named("伟", "张").displayName()).isEqualTo("张伟");
        assertThat(named("小明", "欧阳").displayName()).isEqualTo("欧阳小明");
    }

    @Test
    void westernNamesReadGivenFirst() {
        assertThat(named("Ada", "Lovelace").displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void fallsBackToWhateverNameThereIsThenTheUsername() {
        assertThat(named("Ada", null).displayName()).isEqualTo("Ada");
        assertThat(named(null, "张").displayName()).isEqualTo("张");
        assertThat(named(" ", null).displayName()).isEqualTo("user.name");
    }

    @Test
    void platformAdminComesFromTheRealmRole() {
        var operator = new StaffIdentity("s", "op", null, null, null, null, Set.of("platform-admin"));
        assertThat(operator.isPlatformAdmin()).isTrue();
        assertThat(operator.organizations()).isEmpty();
        assertThat(named("a", "b").isPlatformAdmin()).isFalse();
    }
}
