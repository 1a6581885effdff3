package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One audit of the programme: its scope (clauses, areas), the period whose records it looks at, the lead auditor and
 * team, the opening and closing meetings, and what it concluded. Unscheduled ones name what asked for them.
 */
@Entity
@Table(name = "audit_audit")
public class Audit extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "planned_month", nullable = false)
    private int month;

    @Column(name = "planned_year", nullable = false)
    private int year;

    @Convert(converter = Codes.class)
    @Column(nullable = false, length = 2000)
    private List<String> clauses = List.of();

    @Convert(converter = Codes.class)
    @Column(nullable = false, length = 2000)
    private List<String> areas = List.of();

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_until", nullable = false)
    private LocalDate periodUntil;

    @Column(name = "lead_auditor", length = 100)
    private String leadAuditor;

    @Convert(converter = Codes.class)
    @Column(nullable = false, length = 1000)
    private List<String> team = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AuditStatus status;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 4000)
    private String summary;

    @Column(length = 4000)
    private String conclusion;

    @Column(name = "origin_module", length = 63)
    private String originModule;

    @Column(name = "origin_id")
    private UUID originId;

    @Column(name = "origin_reference", length = 100)
    private String originReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Audit() {
    }

    public Audit(UUID programmeId, String number, String title, YearMonth month, List<String> clauses,
                 List<String> areas, LocalDate periodFrom, LocalDate periodUntil, AuditStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.number = number;
        this.title = title;
        this.year = month.getYear();
        this.month = month.getMonthValue();
        this.clauses = List.copyOf(clauses);
        this.areas = List.copyOf(areas);
        this.periodFrom = periodFrom;
        this.periodUntil = periodUntil;
        this.status = status;
        this.createdAt = now;
    }

    /** What asked for an unscheduled audit (a complaint), kept with it. */
    public void askedBy(String module, UUID subject, String reference) {
        this.originModule = module;
        this.originId = subject;
        this.originReference = reference;
    }

    public void assign(String lead, List<String> team) {
        this.leadAuditor = lead;
        List<String> others = new ArrayList<>(team);
        others.remove(lead);
        this.team = List.copyOf(others);
    }

    public void plan() {
        this.status = AuditStatus.PLANNED;
    }

    public void open(LocalDate on) {
        this.openedOn = on;
        this.status = AuditStatus.IN_PROGRESS;
    }

    public void report(LocalDate closingMeeting, String summary, String conclusion) {
        this.closedOn = closingMeeting;
        this.summary = summary;
        this.conclusion = conclusion;
        this.status = AuditStatus.REPORTED;
    }

    public void close() {
        this.status = AuditStatus.CLOSED;
    }

    public void cancel() {
        this.status = AuditStatus.CANCELLED;
    }

    /** The lead and the team: everyone who audits. */
    public List<String> auditors() {
        List<String> all = new ArrayList<>();
        if (leadAuditor != null) {
            all.add(leadAuditor);
        }
        all.addAll(team);
        return all;
    }

    public YearMonth plannedMonth() {
        return YearMonth.of(year, month);
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public List<String> clauses() {
        return clauses;
    }

    public List<String> areas() {
        return areas;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodUntil() {
        return periodUntil;
    }

    public String leadAuditor() {
        return leadAuditor;
    }

    public List<String> team() {
        return team;
    }

    public AuditStatus status() {
        return status;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String summary() {
        return summary;
    }

    public String conclusion() {
        return conclusion;
    }

    public String originModule() {
        return originModule;
    }

    public UUID originId() {
        return originId;
    }

    public String originReference() {
        return originReference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
