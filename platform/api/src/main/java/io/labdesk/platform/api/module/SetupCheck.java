package io.labdesk.platform.api.module;

import java.util.List;

/**
 * A module's check of the institution's set-up: what keeps it from working as it should (nobody holds a role its
 * work is routed to, a setting it needs). Its warnings are shown to the institution's admins on the home page and
 * right after they switch the module on, so the gap is closed before work gets stuck in it.
 */
public interface SetupCheck {

    /** What is missing in the current institution now; empty when all is well. */
    List<SetupWarning> warnings();
}
