package io.labdesk.modules.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The decision on a complaint: who decides, whether it is upheld and why, and whether it questions the system. */
@Embeddable
public class Decision {

    @Column(length = 100)
    private String decider;

    private Boolean upheld;

    @Column(name = "decision_reason", length = 10000)
    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "questions_system", nullable = false)
    private boolean questionsSystem;

    void by(String username) {
        this.decider = username;
    }

    void made(boolean upheld, String reason, boolean questionsSystem, Instant at) {
        this.upheld = upheld;
        this.reason = reason;
        this.questionsSystem = questionsSystem;
        this.decidedAt = at;
    }

    public String decider() {
        return decider;
    }

    public Boolean upheld() {
        return upheld;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean questionsSystem() {
        return questionsSystem;
    }
}
