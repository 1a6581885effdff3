package io.labdesk.modules.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The complainant's opinion of the outcome (C5), which closes the file: satisfied or not, in their words, when, and
 * who recorded it — a member of staff, or {@code public} when the complainant gave it through the private link.
 */
@Embeddable
public class CustomerOpinion {

    @Column(name = "feedback_satisfied")
    private Boolean satisfied;

    @Column(name = "feedback_opinion", length = 4000)
    private String opinion;

    @Column(name = "feedback_at")
    private Instant at;

    @Column(name = "feedback_by", length = 100)
    private String by;

    void given(boolean satisfied, String opinion, String by, Instant at) {
        this.satisfied = satisfied;
        this.opinion = opinion;
        this.by = by;
        this.at = at;
    }

    public Boolean satisfied() {
        return satisfied;
    }

    public String opinion() {
        return opinion;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }
}
