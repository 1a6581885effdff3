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

    @Column(name = "retest_case", length = 20)
    private String retestCase;

    @Column(name = "retest_state_zh", length = 1000)
    private String retestStateZh;

    @Column(name = "retest_state_en", length = 1000)
    private String retestStateEn;

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

    void retestCase(String number, String stateZh, String stateEn) {
        this.retestCase = number;
        this.retestStateZh = stateZh;
        this.retestStateEn = stateEn;
    }

    /** The retest module's case for the ordered retest, when that module runs it; null while it is a task here. */
    public String retestCase() {
        return retestCase;
    }

    public String retestStateZh() {
        return retestStateZh;
    }

    public String retestStateEn() {
        return retestStateEn;
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
