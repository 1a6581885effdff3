package io.labdesk.platform.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorNamesTest {

    private final ActorNames names = new ActorNames(Map.of("wang.fang", "王芳"));

    @Test
    void staffShowByNameAndSomeoneRemovedSinceByTheUsernameRecorded() {
        assertThat(names.of("wang.fang", "冯宇", Locale.SIMPLIFIED_CHINESE)).isEqualTo("王芳");
        assertThat(names.of("gone.member", "冯宇", Locale.SIMPLIFIED_CHINESE)).isEqualTo("gone.member");
        assertThat(names.staff(null)).isNull();
    }

    @Test
    void theCustomerIsNamedAndLabDesksOwnWorkIsSaidToBe() {
        assertThat(names.of("customer", "冯宇", Locale.SIMPLIFIED_CHINESE)).isEqualTo("冯宇（客户）");
        assertThat(names.of("customer", null, Locale.ENGLISH)).isEqualTo("The customer");
        assertThat(names.of("system", null, Locale.ENGLISH)).isEqualTo("LabDesk (automatic)");
    }
}
