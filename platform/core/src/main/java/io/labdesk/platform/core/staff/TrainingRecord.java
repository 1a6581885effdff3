package io.labdesk.platform.core.staff;

import io.labdesk.platform.api.identity.Qualifications.Kind;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One training attended, qualification gained or yearly assessment of a staff member, as the institution keeps it. */
@Entity
@Table(name = "staff_training")
public class TrainingRecord extends TenantOwned {

    /** What the record is: a course attended, an authorisation gained, the yearly assessment. */
    public enum Category { TRAINING, QUALIFICATION, ASSESSMENT }

    /** How it ended: passed (a qualification is granted only so), failed, attended (a course without a test). */
    public enum Result { PASSED, FAILED, ATTENDED }

    @Id
    private UUID id;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "assessed_by", length = 200)
    private String assessedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Result result;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected TrainingRecord() {
    }

    TrainingRecord(UUID memberId, TrainingRules.Entry entry, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.category = entry.category();
        this.kind = entry.kind();
        this.title = entry.title().strip();
        this.heldOn = entry.heldOn();
        this.validUntil = entry.validUntil();
        this.assessedBy = blankToNull(entry.assessedBy());
        this.result = entry.result();
        this.note = blankToNull(entry.note());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void change(TrainingRules.Entry entry) {
        this.category = entry.category();
        this.kind = entry.kind();
        this.title = entry.title().strip();
        this.heldOn = entry.heldOn();
        this.validUntil = entry.validUntil();
        this.assessedBy = blankToNull(entry.assessedBy());
        this.result = entry.result();
        this.note = blankToNull(entry.note());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean validOn(LocalDate day) {
        return TrainingRules.qualifies(category, result, heldOn, validUntil, day);
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public Category category() {
        return category;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Result result() {
        return result;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
