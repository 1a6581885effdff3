package io.labdesk.modules.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The file names staff as people know them, and keeps those who have left as recorded. */
class StaffNamesTest {

    /** 赵敏 and 陈杰 work here; wang.lei, named in an old complaint, has left. */
    private final StaffDirectory directory = new StaffDirectory() {
        private final List<StaffMember> active = List.of(
                new StaffMember("zhao.min", "赵敏", Set.of(TenantRole.QUALITY_MANAGER)),
                new StaffMember("chen.jie", "陈杰", Set.of(TenantRole.DIRECTOR)));

        @Override
        public Optional<StaffMember> find(String username) {
            return active.stream().filter(s -> s.username().equals(username)).findFirst();
        }

        @Override
        public List<StaffMember> holding(TenantRole role) {
            return active.stream().filter(s -> s.holds(role)).toList();
        }

        @Override
        public List<StaffMember> active() {
            return active;
        }
    };

    private final StaffNames names = new StaffNames(directory);

    @Test
    void staffNamedInAComplaintShowWithTheirNamesInTheOrderRecordedAndThoseWhoLeftAsRecorded() {
        List<String> recorded = List.of("wang.lei", "zhao.min", "chen.jie");

        assertThat(names.of(recorded, true)).isEqualTo("wang.lei、赵敏 (zhao.min)、陈杰 (chen.jie)");
        assertThat(names.of(recorded, false)).isEqualTo("wang.lei, 赵敏 (zhao.min), 陈杰 (chen.jie)");
        assertThat(names.of(List.of(), true)).isNull();
    }

    @Test
    void oneActorShowsByNameAndUsernameAndALetterCarriesTheNameAlone() {
        assertThat(names.of("chen.jie")).isEqualTo("陈杰 (chen.jie)");
        assertThat(names.of("wang.lei")).isEqualTo("wang.lei");
        assertThat(names.of((String) null)).isNull();
        assertThat(names.name("chen.jie")).isEqualTo("陈杰");
        assertThat(names.name("wang.lei")).isEqualTo("wang.lei");
    }
}
