package io.labdesk.platform.core.request;

import static io.labdesk.platform.core.request.RequestLifecycle.Action.ACKNOWLEDGE;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.ASSIGN;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.CLOSE;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.FOLLOW_UP;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.REOPEN;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.RESOLVE;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.RESUME;
import static io.labdesk.platform.core.request.RequestLifecycle.Action.WAIT_FOR_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestLifecycleTest {

    @Test
    void theWholeWayFromReceiptToArchive() {
        RequestStatus s = RequestStatus.RECEIVED;
        for (RequestLifecycle.Action a : new RequestLifecycle.Action[] {ACKNOWLEDGE, ASSIGN, WAIT_FOR_CUSTOMER, RESUME,
                RESOLVE, FOLLOW_UP, CLOSE}) {
            s = RequestLifecycle.next(s, a).orElseThrow(() -> new AssertionError("refused: " + a));
        }
        assertThat(s).isEqualTo(RequestStatus.CLOSED);
        assertThat(RequestLifecycle.next(s, REOPEN)).contains(RequestStatus.REOPENED);
        assertThat(RequestLifecycle.next(RequestStatus.REOPENED, ACKNOWLEDGE)).contains(RequestStatus.ACKNOWLEDGED);
    }

    @Test
    void stepsCannotBeSkipped() {
        assertThat(RequestLifecycle.next(RequestStatus.RECEIVED, RESOLVE)).isEmpty();
        assertThat(RequestLifecycle.next(RequestStatus.RECEIVED, ASSIGN)).isEmpty();
        assertThat(RequestLifecycle.next(RequestStatus.IN_PROGRESS, CLOSE)).isEmpty();
        assertThat(RequestLifecycle.next(RequestStatus.WAITING_FOR_CUSTOMER, RESOLVE)).isEmpty();
        assertThat(RequestLifecycle.next(RequestStatus.CLOSED, FOLLOW_UP)).isEmpty();
    }

    @Test
    void guardsSayWhoMayMakeEachMove() {
        assertThat(RequestLifecycle.roles(ACKNOWLEDGE)).contains(TenantRole.CUSTOMER_SERVICE).doesNotContain(TenantRole.TESTER);
        assertThat(RequestLifecycle.roles(RESOLVE)).contains(TenantRole.TESTER);
        assertThat(RequestLifecycle.roles(FOLLOW_UP)).contains(TenantRole.FOLLOW_UP).doesNotContain(TenantRole.TESTER);
        assertThat(RequestLifecycle.available(RequestStatus.IN_PROGRESS, Set.of(TenantRole.TESTER)))
                .containsExactlyInAnyOrder(WAIT_FOR_CUSTOMER, RESOLVE);
        assertThat(RequestLifecycle.available(RequestStatus.RECEIVED, Set.of(TenantRole.DIRECTOR))).isEmpty();
    }
}
