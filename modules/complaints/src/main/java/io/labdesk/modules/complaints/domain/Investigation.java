package io.labdesk.modules.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The investigation of a complaint (投诉处理记录): who investigates, what was checked and found, and a retest the
 * investigator ordered with its result.
 */
@Embeddable
public class Investigation {

    @Column(length = 100)
    private String investigator;

    @Column(length = 200)
    private String checked;

    @Column(length = 10000)
    private String findings;

    @Column(name = "investigated_at")
    private Instant investigatedAt;

    @Column(name = "retest_note", length = 2000)
    private String retestNote;

    @Column(name = "retest_done_at")
    private Instant retestDoneAt;

    @Column(name = "retest_result", length = 4000)
    private String retestResult;

    void by(String username) {
        this.investigator = username;
    }

    void recorded(Set<ComplaintKinds.Check> checks, String findings, Instant at) {
        this.checked = String.join(",", checks.stream().map(Enum::name).sorted().toList());
        this.findings = findings;
        this.investigatedAt = at;
    }

    void retestOrdered(String note) {
        this.retestNote = note;
    }

    void retestDone(String result, Instant at) {
        this.retestResult = result;
        this.retestDoneAt = at;
    }

    public String investigator() {
        return investigator;
    }

    public List<ComplaintKinds.Check> checked() {
        return checked == null || checked.isBlank() ? List.of()
                : Arrays.stream(checked.split(",")).map(ComplaintKinds.Check::valueOf).toList();
    }

    public String findings() {
        return findings;
    }

    public Instant investigatedAt() {
        return investigatedAt;
    }

    public String retestNote() {
        return retestNote;
    }

    public Instant retestDoneAt() {
        return retestDoneAt;
    }

    public String retestResult() {
        return retestResult;
    }
}
