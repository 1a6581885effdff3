package io.labdesk.modules.surveys.domain;

/** Where an invitation stands: waiting for its delay, sent, answered, or ended without an answer. */
public enum InvitationStatus {
    SCHEDULED, SENT, ANSWERED, EXPIRED, WITHDRAWN, SKIPPED;

    /** Whether the customer may still answer it. */
    public boolean open() {
        return this == SENT;
    }
}
