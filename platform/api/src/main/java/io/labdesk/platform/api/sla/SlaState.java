package io.labdesk.platform.api.sla;

/** Where one SLA target of a case stands: what lists and badges show. */
public enum SlaState {
    /** Running, before its warning threshold. */
    ON_TRACK,
    /** Running, past the warning threshold, not yet due. */
    AT_RISK,
    /** Running and past due. */
    BREACHED,
    /** Stopped while the institution waits for the customer. */
    PAUSED,
    /** Done in time. */
    MET,
    /** Done, but late. */
    MISSED;

    /** Whether the clock still runs (or is paused): not yet met. */
    public boolean open() {
        return this == ON_TRACK || this == AT_RISK || this == BREACHED || this == PAUSED;
    }

    /** Whether this counts against the institution: breached while open, or met late. */
    public boolean late() {
        return this == BREACHED || this == MISSED;
    }

    public String messageKey() {
        return "sla.state." + name();
    }
}
