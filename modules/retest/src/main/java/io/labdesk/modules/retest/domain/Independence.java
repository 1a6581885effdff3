package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.identity.StaffDirectory.StaffMember;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.Optional;

/**
 * Who may decide a retest case and who approves the decision: nobody who did the original test or approved its
 * report decides it, and the decision is approved by a technical manager other than the decider.
 */
public final class Independence {

    private Independence() {
    }

    /** Why {@code member} may not decide a case on a test done by {@code tester} and approved by {@code approver}. */
    public static Optional<Text> barToDecide(StaffMember member, String tester, String reportApprover) {
        String who = member.displayName();
        if (member.username().equals(tester)) {
            return Optional.of(Text.of(who + " 做了原测试，不能决定其复测。",
                    who + " did the original test and cannot decide its retest."));
        }
        if (member.username().equals(reportApprover)) {
            return Optional.of(Text.of(who + " 批准了原报告，不能决定其复测。",
                    who + " approved the original report and cannot decide its retest."));
        }
        return Optional.empty();
    }

    /** Why {@code member} may not approve the decision {@code decider} made, if they may not. */
    public static Optional<Text> barToApprove(StaffMember member, String decider, String tester) {
        String who = member.displayName();
        if (!member.holds(TenantRole.TECHNICAL_MANAGER)) {
            return Optional.of(Text.of("复测决定由技术负责人批准；" + who + " 不是技术负责人。",
                    "A retest decision is approved by a technical manager; " + who + " is not one."));
        }
        if (member.username().equals(decider)) {
            return Optional.of(Text.of(who + " 作出了该决定，不能自行批准。",
                    who + " made the decision and cannot approve it too."));
        }
        if (member.username().equals(tester)) {
            return Optional.of(Text.of(who + " 做了原测试，不能批准其复测决定。",
                    who + " did the original test and cannot approve the decision on its retest."));
        }
        return Optional.empty();
    }
}
