package io.labdesk.modules.audit.application;

import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.domain.Area;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.AuditStatus;
import io.labdesk.modules.audit.domain.ChecklistItem;
import io.labdesk.modules.audit.domain.Clause;
import io.labdesk.modules.audit.domain.ClauseLibrary;
import io.labdesk.modules.audit.domain.Coverage;
import io.labdesk.modules.audit.domain.Criterion;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.GradeRules;
import io.labdesk.modules.audit.domain.HandledRecord;
import io.labdesk.modules.audit.domain.Independence;
import io.labdesk.modules.audit.domain.ItemResult;
import io.labdesk.modules.audit.domain.Programme;
import io.labdesk.modules.audit.infrastructure.persistence.AuditRegister;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.identity.Qualifications;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The life of the institution's internal audits: areas and own criteria; a yearly programme, approved and revised;
 * audits planned in it with their scope and a team that is qualified and independent; the opening meeting with the
 * checklist from the clauses in scope; answers and graded findings, each nonconformity with a corrective action in
 * the platform's register; the closing meeting and the report within the institution's working days; the auditor's
 * verification that closes each finding and, with the last, the audit.
 */
@ApplicationScoped
public class Audits {

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");

    @Inject
    AuditRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    StaffDirectory staff;

    @Inject
    Qualifications qualifications;

    @Inject
    RequestDirectory requests;

    @Inject
    CorrectiveActions actions;

    @Inject
    RecordNumbers numbers;

    @Inject
    WorkingTime workingTime;

    @Inject
    Institution institution;

    @Inject
    AuditDeadlines deadlines;

    @Inject
    Event<ModuleEvent> events;

    @Inject
    io.labdesk.platform.api.notification.StaffMessages staffMessages;

    /** An audit as planned. */
    public record NewAudit(int year, int month, String title, List<String> clauses, List<String> areas,
                           LocalDate periodFrom, LocalDate periodUntil, String lead, List<String> team) {
    }

    /** An audit with its checklist and findings, the actions its findings raised. */
    public record Detail(Audit audit, List<ChecklistItem> checklist, List<Finding> findings,
                         List<CorrectiveActions.Summary> actions) {
    }

    /** A year's programme with its audits and what it leaves uncovered. */
    public record Plan(Programme programme, List<Audit> audits, Map<String, java.util.TreeSet<Integer>> clauses,
                       Map<String, java.util.TreeSet<Integer>> areas, List<Coverage.Gap> gaps) {
    }

    // ---- areas and criteria ----

    @Transactional
    public List<Area> areas() {
        modules.require(AuditModule.READ);
        return register.areas();
    }

    /** Adds the area or changes its name and staff. */
    @Transactional
    public Area saveArea(String code, String name, List<String> staffNames) {
        modules.require(AuditModule.PLAN);
        Map<String, Text> problems = new LinkedHashMap<>();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            problems.put("code", Text.of("代码为 1–40 个字母、数字、点、横线或下划线。",
                    "The code is 1 to 40 letters, digits, dots, dashes or underscores."));
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.put("name", Text.of("请填写区域名称（1–200 字）。", "Name the area (1 to 200 characters)."));
        }
        List<String> people = staffNames == null ? List.of() : staffNames.stream().map(String::strip).distinct()
                .toList();
        for (String person : people) {
            if (staff.find(person).isEmpty()) {
                problems.put("staff", Text.of(person + " 不是本机构在职员工。",
                        person + " is not active staff of this institution."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        Optional<Area> existing = register.area(code.strip());
        Area area = existing.orElseGet(() -> new Area(code.strip(), name.strip(), people));
        if (existing.isPresent()) {
            area.change(name.strip(), people);
        } else {
            register.add(area);
        }
        register.written("The area " + area.code());
        return area;
    }

    /** The clauses audits may cover, for whoever reads audits. */
    @Transactional
    public ClauseLibrary clauses() {
        modules.require(AuditModule.READ);
        return library();
    }

    /** The standard's clauses and the institution's own criteria. */
    @Transactional
    public ClauseLibrary library() {
        return new ClauseLibrary(register.criteria().stream().map(Criterion::clause).toList());
    }

    @Transactional
    public Criterion addCriterion(String number, String title, String question) {
        modules.require(AuditModule.PLAN);
        Map<String, Text> problems = new LinkedHashMap<>();
        if (number == null || !CODE.matcher(number.strip()).matches()) {
            problems.put("number", Text.of("编号为 1–40 个字母、数字、点或横线，例如 QP-07。",
                    "The number is 1 to 40 letters, digits, dots or dashes, e.g. QP-07."));
        } else if (ClauseLibrary.isStandard(number.strip()) || library().find(number.strip()).isPresent()) {
            problems.put("number", Text.of("该编号已被使用。", "This number is taken."));
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            problems.put("title", Text.of("请填写名称（1–200 字）。", "Give the title (1 to 200 characters)."));
        }
        if (question == null || question.isBlank() || question.strip().length() > 1000) {
            problems.put("question", Text.of("请填写检查问题（1–1000 字）。",
                    "Give the question to check (1 to 1000 characters)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        Criterion c = new Criterion(number.strip(), title.strip(), question.strip());
        register.add(c);
        return c;
    }

    // ---- programme ----

    @Transactional
    public Optional<Plan> plan(int year) {
        modules.require(AuditModule.READ);
        return register.programme(year).map(p -> planOf(p, year));
    }

    @Transactional
    public Programme openProgramme(int year) {
        modules.require(AuditModule.PLAN);
        if (year < 2000 || year > 2100) {
            throw InvalidModuleInput.of("year", Text.of("请填写有效年份。", "Give a valid year."));
        }
        if (register.programme(year).isPresent()) {
            throw InvalidModuleInput.of("year", Text.of(year + " 年的内审方案已存在。",
                    "The audit programme of " + year + " exists already."));
        }
        Programme p = new Programme(year, currentTenant.actor());
        register.add(p);
        return p;
    }

    /** Approves the programme's current revision; it needs at least one planned audit. */
    @Transactional
    public Programme approve(int year, long version) {
        modules.require(AuditModule.APPROVE);
        Programme p = register.programmeAt(year, version);
        if (p.status() == Programme.Status.APPROVED) {
            throw InvalidModuleInput.of("programme", Text.of("此修订版已批准。", "This revision is approved already."));
        }
        if (register.audits(year).stream().noneMatch(a -> a.status() != AuditStatus.CANCELLED
                && a.status() != AuditStatus.PROPOSED)) {
            throw InvalidModuleInput.of("programme", Text.of("方案中还没有计划的审核。",
                    "The programme has no planned audit yet."));
        }
        p.approve(currentTenant.actor(), now());
        register.written("The audit programme " + year);
        return p;
    }

    private Plan planOf(Programme p, int year) {
        List<Audit> audits = register.audits(year);
        List<Audit> counted = register.auditsUpTo(year);
        List<String> clauses = library().numbers();
        List<String> areas = register.areas().stream().map(Area::code).toList();
        List<Coverage.Audited> byClause = new ArrayList<>();
        List<Coverage.Audited> byArea = new ArrayList<>();
        for (Audit a : counted) {
            a.clauses().forEach(c -> byClause.add(new Coverage.Audited(c, a.plannedMonth())));
            a.areas().forEach(c -> byArea.add(new Coverage.Audited(c, a.plannedMonth())));
        }
        List<Coverage.Gap> gaps = new ArrayList<>(Coverage.gaps(clauses, byClause, year));
        gaps.addAll(Coverage.gaps(areas, byArea, year));
        return new Plan(p, audits, Coverage.matrix(clauses, byClause, year), Coverage.matrix(areas, byArea, year),
                gaps);
    }

    // ---- audits ----

    @Transactional
    public List<Audit> audits(int year) {
        modules.require(AuditModule.READ);
        return register.audits(year);
    }

    @Transactional
    public Detail detail(UUID id) {
        modules.require(AuditModule.READ);
        Audit a = register.audit(id);
        return new Detail(a, register.checklist(id), register.findings(id), findingActions(id));
    }

    private List<CorrectiveActions.Summary> findingActions(UUID auditId) {
        List<CorrectiveActions.Summary> all = new ArrayList<>();
        for (Finding f : register.findings(auditId)) {
            all.addAll(actions.raisedBy(AuditModule.ID, f.id()));
        }
        return all;
    }

    /** Plans an audit in the year's programme; the lead and team must be qualified and independent. */
    @Transactional
    public Audit planAudit(NewAudit n) {
        modules.require(AuditModule.PLAN);
        Programme p = register.programme(n.year()).orElseThrow(() -> InvalidModuleInput.of("year", Text.of(
                "请先建立 " + n.year() + " 年的内审方案。", "Open the audit programme of " + n.year() + " first.")));
        Map<String, Text> problems = scopeProblems(n.title(), n.month(), n.clauses(), n.areas());
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        YearMonth month = YearMonth.of(n.year(), n.month());
        LocalDate until = n.periodUntil() != null ? n.periodUntil() : month.atDay(1).minusDays(1);
        LocalDate from = n.periodFrom() != null ? n.periodFrom() : until.minusYears(1).plusDays(1);
        if (from.isAfter(until)) {
            throw InvalidModuleInput.of("periodFrom", Text.of("受审期间的开始不能晚于结束。",
                    "The audited period cannot start after it ends."));
        }
        Audit a = new Audit(p.id(), numbers.next("IA", n.year()), n.title().strip(), month, distinct(n.clauses()),
                distinct(n.areas()), from, until, AuditStatus.PLANNED, now());
        checkTeam(a, n.lead(), n.team());
        a.assign(n.lead().strip(), distinct(n.team()));
        register.add(a);
        p.changed();
        register.written("The audit programme " + n.year());
        tellAuditees(a);
        return a;
    }

    /** The audit plan goes to the staff of the audited areas (ISO 19011 §6.3.2: the auditee is told in advance). */
    private void tellAuditees(Audit a) {
        List<String> auditees = register.areas().stream().filter(x -> a.areas().contains(x.code()))
                .flatMap(x -> x.staff().stream()).distinct().toList();
        if (auditees.isEmpty()) {
            return;
        }
        String lead = staff.find(a.leadAuditor()).map(StaffDirectory.StaffMember::displayName)
                .orElse(a.leadAuditor());
        String clauses = String.join(", ", a.clauses());
        staffMessages.email(auditees, "audit-notice", a.id(),
                Text.of("内部审核通知：" + a.number(), "Internal audit notice: " + a.number()),
                Text.of("您所在的区域将于 " + a.plannedMonth() + " 接受内部审核“" + a.title() + "”。\n审核条款：" + clauses
                                + "\n受审期间：" + a.periodFrom() + " 至 " + a.periodUntil() + "\n审核组长：" + lead,
                        "Your area will be audited in " + a.plannedMonth() + ": \"" + a.title() + "\".\nClauses: "
                                + clauses + "\nAudited period: " + a.periodFrom() + " to " + a.periodUntil()
                                + "\nLead auditor: " + lead));
    }

    /** Names the lead auditor and team; each must be qualified and independent, else refused with the reason. */
    @Transactional
    public Audit assign(UUID id, String lead, List<String> team, long version) {
        modules.require(AuditModule.PLAN);
        Audit a = register.auditAt(id, version);
        if (a.status() != AuditStatus.PLANNED && a.status() != AuditStatus.PROPOSED) {
            throw InvalidModuleInput.of("lead", Text.of("审核开始后不能更换审核组。",
                    "The team cannot change once the audit has begun."));
        }
        checkTeam(a, lead, team);
        a.assign(lead.strip(), distinct(team));
        if (a.status() == AuditStatus.PROPOSED) {
            a.plan();
            tellAuditees(a);
        }
        register.programme(a.plannedMonth().getYear()).ifPresent(Programme::changed);
        register.written("The audit " + a.number());
        return a;
    }

    /** Why {@code username} may not audit {@code audit}, or empty when they may. */
    @Transactional
    public Optional<Text> barToAudit(Audit a, String username) {
        StaffDirectory.StaffMember member = staff.find(username).orElse(null);
        if (member == null) {
            return Optional.of(Text.of(username + " 不是本机构在职员工。",
                    username + " is not active staff of this institution."));
        }
        LocalDate on = a.plannedMonth().atDay(1).isAfter(today()) ? a.plannedMonth().atDay(1) : today();
        boolean qualified = qualifications.holds(username, Qualifications.Kind.INTERNAL_AUDITOR, on);
        List<Area> areas = register.areas();
        List<String> workedIn = areas.stream().filter(x -> x.staff().contains(username)).map(Area::code).toList();
        Map<String, String> scopeAreas = new LinkedHashMap<>();
        areas.stream().filter(x -> a.areas().contains(x.code())).forEach(x -> scopeAreas.put(x.code(), x.name()));
        Instant from = a.periodFrom().atStartOfDay(workingTime.zone()).toInstant();
        Instant until = a.periodUntil().plusDays(1).atStartOfDay(workingTime.zone()).toInstant();
        List<Independence.Handled> handled = new ArrayList<>();
        if (a.clauses().contains("7.1")) {
            requests.handledBy(username, from, until).forEach(r -> handled.add(new Independence.Handled("request",
                    r.number())));
        }
        register.handledBy(username, from, until).forEach(h -> handled.add(new Independence.Handled(h.module(),
                h.reference() == null ? h.subjectId().toString() : h.reference())));
        return Independence.bar(new Independence.Candidate(username, member.displayName(), qualified, workedIn,
                handled), new Independence.Scope(Set.copyOf(a.clauses()), scopeAreas));
    }

    private void checkTeam(Audit a, String lead, List<String> team) {
        if (lead == null || lead.isBlank()) {
            throw InvalidModuleInput.of("lead", Text.of("请指定审核组长。", "Name the lead auditor."));
        }
        barToAudit(a, lead.strip()).ifPresent(bar -> {
            throw InvalidModuleInput.of("lead", bar);
        });
        for (String member : distinct(team)) {
            barToAudit(a, member).ifPresent(bar -> {
                throw InvalidModuleInput.of("team", bar);
            });
        }
    }

    /** The opening meeting: the audit begins and its checklist is drawn from the clauses in scope. */
    @Transactional
    public Audit open(UUID id, LocalDate on, long version) {
        Audit a = auditing(register.auditAt(id, version));
        if (a.status() != AuditStatus.PLANNED) {
            throw InvalidModuleInput.of("status", Text.of("只有已计划的审核可以召开首次会议。",
                    "Only a planned audit has its opening meeting."));
        }
        if (on == null || on.isAfter(today())) {
            throw InvalidModuleInput.of("openedOn", Text.of("首次会议日期不能晚于今天。",
                    "The opening meeting is on a day up to today."));
        }
        ClauseLibrary library = library();
        int position = 1;
        for (String number : a.clauses()) {
            Clause clause = library.find(number).orElse(null);
            String question = clause == null ? number : clause.question().in(institution.defaultLocale());
            register.add(new ChecklistItem(a.id(), position++, number, question));
        }
        a.open(on);
        register.written("The audit " + a.number());
        return a;
    }

    /** The auditor's answer to one checklist item, with evidence (required unless conforming or not applicable). */
    @Transactional
    public ChecklistItem answer(UUID id, UUID itemId, ItemResult result, String evidence, long itemVersion) {
        Audit a = auditing(register.audit(id));
        if (a.status() != AuditStatus.IN_PROGRESS) {
            throw InvalidModuleInput.of("status", Text.of("审核进行中才能填写检查表。",
                    "The checklist is filled in while the audit is in progress."));
        }
        ChecklistItem item = register.item(id, itemId);
        if (item.version() != itemVersion) {
            throw new io.labdesk.platform.api.data.ConcurrentEdit("This checklist item");
        }
        if (result == null) {
            throw InvalidModuleInput.of("result", Text.of("请选择结果。", "Choose the result."));
        }
        boolean needsEvidence = result == ItemResult.NONCONFORMING || result == ItemResult.OBSERVATION;
        if (needsEvidence && (evidence == null || evidence.isBlank()) || evidence != null && evidence.length() > 4000) {
            throw InvalidModuleInput.of("evidence", Text.of("不符合和观察项须写明客观证据（不超过 4000 字）。",
                    "A nonconformity or observation needs its objective evidence (up to 4000 characters)."));
        }
        item.answer(result, evidence == null || evidence.isBlank() ? null : evidence.strip(), currentTenant.actor(),
                now());
        register.written("This checklist item");
        return item;
    }

    /**
     * A finding, graded; a nonconformity opens a corrective action in the platform's register with its owner and
     * due date, whose due date is tracked.
     */
    @Transactional
    public Finding raise(UUID id, UUID itemId, String area, GradeRules.Draft draft) {
        Audit a = auditing(register.audit(id));
        if (a.status() != AuditStatus.IN_PROGRESS) {
            throw InvalidModuleInput.of("status", Text.of("审核进行中才能提出发现。",
                    "Findings are raised while the audit is in progress."));
        }
        ChecklistItem item = itemId == null ? null : register.item(id, itemId);
        GradeRules.Draft d = item == null || draft.clause() != null && !draft.clause().isBlank() ? draft
                : new GradeRules.Draft(draft.grade(), item.clause(), draft.statement(), draft.evidence(),
                draft.owner(), draft.dueOn());
        Map<String, Text> problems = new LinkedHashMap<>(GradeRules.problems(d, item == null ? null : item.result(),
                today(), (int) settings().number("majorDays"), (int) settings().number("minorDays")));
        if (d.clause() != null && !d.clause().isBlank() && !a.clauses().contains(d.clause().strip())) {
            problems.put("clause", Text.of("条款 " + d.clause() + " 不在本次审核范围内。",
                    "Clause " + d.clause() + " is not in this audit's scope."));
        }
        if (area != null && !area.isBlank() && !a.areas().contains(area.strip())) {
            problems.put("area", Text.of("区域 " + area + " 不在本次审核范围内。",
                    "Area " + area + " is not in this audit's scope."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        Finding f = new Finding(a.id(), a.number() + "-" + String.format("%02d", register.findings(id).size() + 1),
                itemId, area, d, currentTenant.actor(), now());
        register.add(f);
        if (d.grade().nonconformity()) {
            CorrectiveActions.Summary action = actions.raise(new CorrectiveActions.Source(AuditModule.ID, f.id(),
                            f.number()), CorrectiveActions.Kind.CORRECTIVE,
                    d.grade().text().in(institution.defaultLocale()) + " " + f.number() + "（" + d.clause() + "）："
                            + d.statement().strip(), d.owner(), d.dueOn());
            f.actionRaised(action.id(), action.number());
            deadlines.actionDue(a, f);
        }
        register.written("The audit " + a.number());
        return f;
    }

    /** The closing meeting: every checklist item answered; the report is due within the working days set. */
    @Transactional
    public Audit closingMeeting(UUID id, LocalDate on, long version) {
        Audit a = auditing(register.auditAt(id, version));
        if (a.status() != AuditStatus.IN_PROGRESS || a.closedOn() != null) {
            throw InvalidModuleInput.of("status", Text.of("审核进行中才能召开末次会议。",
                    "The closing meeting is held while the audit is in progress."));
        }
        if (on == null || on.isAfter(today()) || on.isBefore(a.openedOn())) {
            throw InvalidModuleInput.of("closedOn", Text.of("末次会议日期在首次会议与今天之间。",
                    "The closing meeting is between the opening meeting and today."));
        }
        long open = register.checklist(id).stream().filter(i -> i.result() == null).count();
        if (open > 0) {
            throw InvalidModuleInput.of("checklist", Text.of("检查表还有 " + open + " 项未填写。",
                    open + " checklist items are still unanswered."));
        }
        a.report(on, null, null);
        deadlines.reportDue(a, on.atStartOfDay(workingTime.zone()).toInstant());
        register.written("The audit " + a.number());
        return a;
    }

    /** The lead auditor issues the report; with no nonconformity open the audit is closed at once. */
    @Transactional
    public Audit issueReport(UUID id, String summary, String conclusion, long version) {
        Audit a = auditing(register.auditAt(id, version));
        if (!currentTenant.actor().equals(a.leadAuditor())) {
            throw InvalidModuleInput.of("lead", Text.of("审核报告由审核组长出具。", "The lead auditor issues the report."));
        }
        if (a.status() != AuditStatus.REPORTED || a.summary() != null) {
            throw InvalidModuleInput.of("status", Text.of("末次会议后、报告出具前才能出具报告。",
                    "The report is issued once, after the closing meeting."));
        }
        Map<String, Text> problems = new LinkedHashMap<>();
        if (summary == null || summary.isBlank() || summary.strip().length() > 4000) {
            problems.put("summary", Text.of("请填写审核概述（1–4000 字）。", "Summarise the audit (1 to 4000 characters)."));
        }
        if (conclusion == null || conclusion.isBlank() || conclusion.strip().length() > 4000) {
            problems.put("conclusion", Text.of("请填写审核结论（1–4000 字）。",
                    "Give the conclusion (1 to 4000 characters)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        a.report(a.closedOn(), summary.strip(), conclusion.strip());
        deadlines.reported(a, now());
        closeIfDone(a);
        register.written("The audit " + a.number());
        return a;
    }

    /**
     * The auditor's verification of a nonconformity's corrective action: effective, with the action closed in the
     * register, closes the finding (and, with the last one, the audit).
     */
    @Transactional
    public Finding verify(UUID id, UUID findingId, boolean effective, String note, long version) {
        Audit a = auditing(register.audit(id));
        Finding f = register.finding(id, findingId);
        if (f.version() != version) {
            throw new io.labdesk.platform.api.data.ConcurrentEdit("The finding " + f.number());
        }
        if (f.status() == Finding.Status.CLOSED) {
            throw InvalidModuleInput.of("status", Text.of("该发现已关闭。", "This finding is closed already."));
        }
        if (note == null || note.isBlank() || note.strip().length() > 4000) {
            throw InvalidModuleInput.of("note", Text.of("请写明验证情况（1–4000 字）。",
                    "Say what the verification found (1 to 4000 characters)."));
        }
        boolean actionClosed = actions.raisedBy(AuditModule.ID, f.id()).stream()
                .allMatch(x -> x.status() == CorrectiveActions.Status.CLOSED);
        Text bar = GradeRules.barToClose(f.grade(), effective, actionClosed);
        if (bar != null && effective) {
            throw InvalidModuleInput.of("effective", bar);
        }
        f.verified(currentTenant.actor(), effective, note.strip(), now());
        if (f.status() == Finding.Status.CLOSED) {
            deadlines.actionVerified(f, now());
        }
        register.written("The finding " + f.number());
        closeIfDone(a);
        register.written("The audit " + a.number());
        return f;
    }

    private void closeIfDone(Audit a) {
        if (a.status() == AuditStatus.REPORTED && a.summary() != null
                && register.findings(a.id()).stream().allMatch(f -> f.status() == Finding.Status.CLOSED)) {
            a.close();
            Map<String, String> data = new LinkedHashMap<>();
            data.put("number", a.number());
            if (a.originReference() != null) {
                data.put("reference", a.originReference());
            }
            events.fire(new ModuleEvent(a.tenantId(), AuditModule.ID, "audit-closed",
                    a.originId() == null ? a.id() : a.originId(), data));
        }
    }

    // ---- figures and tasks ----

    /** A year's figures: audits planned and done, coverage gaps, open findings by grade, actions overdue. */
    public record Figures(int year, long planned, long done, long gaps, Map<io.labdesk.modules.audit.domain.Grade, Long>
            openByGrade, long overdue) {
    }

    @Transactional
    public Figures figures(int year) {
        modules.require(AuditModule.READ);
        List<Audit> all = register.audits(year).stream().filter(a -> a.status() != AuditStatus.CANCELLED
                && a.status() != AuditStatus.PROPOSED).toList();
        long done = all.stream().filter(a -> a.status() == AuditStatus.REPORTED || a.status() == AuditStatus.CLOSED)
                .count();
        long gaps = register.programme(year).map(p -> planOf(p, year).gaps().size()).orElse(0);
        Map<io.labdesk.modules.audit.domain.Grade, Long> open = new java.util.EnumMap<>(
                io.labdesk.modules.audit.domain.Grade.class);
        long overdue = 0;
        LocalDate today = today();
        for (Finding f : register.findingsOfYear(year)) {
            if (f.status() == Finding.Status.OPEN) {
                open.merge(f.grade(), 1L, Long::sum);
                if (f.dueOn() != null && f.dueOn().isBefore(today)) {
                    overdue++;
                }
            }
        }
        return new Figures(year, all.size(), done, gaps, open, overdue);
    }

    /** Audits of this year the current user is on and that are not yet reported. */
    @Transactional
    public long myAuditsToDo() {
        String me = currentTenant.actor();
        return register.audits(today().getYear()).stream().filter(a -> a.auditors().contains(me))
                .filter(a -> a.status() == AuditStatus.PLANNED || a.status() == AuditStatus.IN_PROGRESS).count();
    }

    /** Proposed audits waiting to be planned. */
    @Transactional
    public long proposed() {
        return register.audits(today().getYear()).stream().filter(a -> a.status() == AuditStatus.PROPOSED).count();
    }

    // ---- unscheduled audits ----

    /**
     * An additional audit asked for by another module's record (a complaint questioning the quality system): proposed
     * in the current year's programme with the clauses on complaints and corrective action, once per record.
     */
    @Transactional
    public Audit propose(String module, UUID subject, String reference, List<String> clauses) {
        Optional<Audit> known = register.askedBy(subject);
        if (known.isPresent()) {
            return known.get();
        }
        YearMonth month = YearMonth.from(today());
        Programme p = register.programme(month.getYear()).orElseGet(() -> {
            Programme created = new Programme(month.getYear(), currentTenant.actor());
            register.add(created);
            return created;
        });
        Audit a = new Audit(p.id(), numbers.next("IA", month.getYear()), Text.of("附加内审：" + reference,
                "Additional audit: " + reference).in(institution.defaultLocale()), month, clauses, List.of(),
                today().minusYears(1), today(), AuditStatus.PROPOSED, now());
        a.askedBy(module, subject, reference);
        register.add(a);
        p.changed();
        events.fire(new ModuleEvent(a.tenantId() == null ? currentTenant.id().orElseThrow() : a.tenantId(),
                AuditModule.ID, "audit-proposed", subject, Map.of("number", a.number(), "reference", reference)));
        return a;
    }

    /** Notes who handled another module's record, as its events say, for the independence of auditors. */
    @Transactional
    public void noteHandled(String module, UUID subject, String reference, String username, Instant at) {
        if (username == null || username.isBlank() || register.knows(module, subject, username.strip())) {
            return;
        }
        register.add(new HandledRecord(module, subject, reference, username.strip(), at));
    }

    // ---- helpers ----

    /** The audit, if the current user audits it (lead or team) and holds the auditing permission. */
    private Audit auditing(Audit a) {
        modules.require(AuditModule.AUDIT);
        if (!a.auditors().contains(currentTenant.actor())) {
            throw InvalidModuleInput.of("auditor", Text.of("只有本次审核的审核组成员可以操作。",
                    "Only the audit's team can do this."));
        }
        return a;
    }

    private Map<String, Text> scopeProblems(String title, int month, List<String> clauses, List<String> areas) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            problems.put("title", Text.of("请填写审核名称（1–200 字）。", "Give the audit a title (1 to 200 characters)."));
        }
        if (month < 1 || month > 12) {
            problems.put("month", Text.of("请选择 1–12 月。", "Choose a month from 1 to 12."));
        }
        ClauseLibrary library = library();
        if (clauses == null || clauses.isEmpty()) {
            problems.put("clauses", Text.of("请至少选择一个条款。", "Choose at least one clause."));
        } else {
            clauses.stream().filter(c -> library.find(c.strip()).isEmpty()).findFirst().ifPresent(c ->
                    problems.put("clauses", Text.of("未知的条款：" + c, "Unknown clause: " + c)));
        }
        Set<String> known = new LinkedHashSet<>(register.areas().stream().map(Area::code).toList());
        if (areas != null) {
            areas.stream().filter(x -> !known.contains(x.strip())).findFirst().ifPresent(x ->
                    problems.put("areas", Text.of("未知的区域：" + x, "Unknown area: " + x)));
        }
        return problems;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).distinct().toList();
    }

    private ModuleSettings settings() {
        return modules.settings(AuditModule.ID);
    }

    private LocalDate today() {
        return LocalDate.now(workingTime.zone());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
