package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.domain.Acceptance;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintFigures;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.ComplaintTask;
import io.labdesk.modules.complaints.domain.ComplaintDeadlines;
import io.labdesk.modules.complaints.domain.Eligibility;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.modules.complaints.domain.Recusal;
import io.labdesk.modules.complaints.infrastructure.persistence.ComplaintRegister;
import io.labdesk.modules.complaints.interfaces.ComplaintStatusPage;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.data.EmailAddress;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.customer.CustomerDirectory;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.PrivateLinks;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.Institution;
import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The complaint file's life so far: recorded and checked for acceptance at once (a refusal carries the explanation
 * the customer is told), acknowledged, classified (which sets the major complaint's deadline and routes it), and
 * given an investigator and a decider who are not involved.
 */
@ApplicationScoped
public class ComplaintFiles {

    private static final String RETEST_MODULE = "retest";
    private static final String SURVEY_MODULE = "surveys";
    private static final String AUDIT_MODULE = "internal-audit";

    @Inject
    ComplaintRegister register;

    @Inject
    RecordNumbers numbers;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantModules modules;

    @Inject
    WorkingTime workingTime;

    @Inject
    StaffDirectory staff;

    @Inject
    Event<ModuleEvent> events;

    @Inject
    CorrectiveActions actions;

    @Inject
    CustomerMessages messages;

    @Inject
    ComplainantNotices notices;

    @Inject
    RecordFiles recordFiles;

    @Inject
    Institution institution;

    @Inject
    DeadlineTracking deadlines;

    @Inject
    PrivateLinks links;

    @Inject
    ComplaintStatusPage statusPage;

    @Inject
    CustomerDirectory customers;

    /** What staff record of a complaint; {@code receivedAt} null: now (a letter or transfer may have come earlier). */
    public record NewComplaint(ComplaintKinds.Channel channel, String transferredFrom, ComplaintKinds.Subject subject,
                               String reportNumber, LocalDate aboutDate, Boolean repeatable, String requestNumber,
                               List<String> namedStaff, List<String> performedBy, String complainantName,
                               String complainantOrganisation, String complainantPhone, String complainantEmail,
                               String description, Instant receivedAt) {
    }

    @Transactional
    public Complaint record(NewComplaint c) {
        modules.require(ComplaintsModule.RECORD);
        return file(c, Languages.of(institution.defaultLocale()));
    }

    /**
     * A complaint the customer filed on the institution's public form, without an account: received now, online,
     * in the language of the page they used.
     */
    @Transactional
    public Complaint fileOnline(NewComplaint c, String language, List<PublicForm.Upload> uploads) {
        if (c.channel() != ComplaintKinds.Channel.ONLINE || c.receivedAt() != null || c.transferredFrom() != null) {
            throw new IllegalArgumentException("A public complaint is received online, now");
        }
        Complaint complaint = file(c, Languages.code(language));
        // Kept with the file whatever its acceptance: what the customer sent is part of the record.
        for (PublicForm.Upload upload : uploads) {
            recordFiles.attach(ComplaintsModule.ID, complaint.id(), upload.fileName(), upload.content());
        }
        return complaint;
    }

    /**
     * The complaint a complainant's private link opens, read without staff permissions: only what its status page
     * shows them comes out of it.
     */
    @Transactional
    public Optional<Followed> followedByComplainant(UUID id) {
        return register.find(id).map(c -> new Followed(c, deadlines.of(c.id()), workingTime.zone()));
    }

    /** A complaint with its deadlines, and the institution's zone to show their times in. */
    public record Followed(Complaint complaint, List<TrackedDeadline> deadlines, java.time.ZoneId zone) {
    }

    /** The complainant's private link to follow the complaint, for the receipt. */
    private String followLink(Complaint c) {
        return links.issue(ComplaintsModule.ID, statusPage, c.id());
    }

    private Complaint file(NewComplaint c, String language) {
        // Microseconds, as PostgreSQL keeps them: deadlines read back equal those answered now.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant received = c.receivedAt() == null ? now : c.receivedAt().truncatedTo(ChronoUnit.MICROS);
        check(c, received, now);
        LocalDate receivedOn = received.atZone(workingTime.zone()).toLocalDate();
        Complaint complaint = new Complaint(numbers.next("CP", receivedOn.getYear()), c.channel(), blankToNull(c.transferredFrom()),
                c.subject(), blankToNull(c.reportNumber()), c.aboutDate(), c.repeatable() == null || c.repeatable(),
                blankToNull(c.requestNumber()), usernames(c.namedStaff()), usernames(c.performedBy()),
                c.complainantName().strip(), blankToNull(c.complainantOrganisation()),
                blankToNull(c.complainantPhone()), blankToNull(c.complainantEmail()), c.description().strip(),
                received, currentTenant.actor());
        ModuleSettings settings = modules.settings(ComplaintsModule.ID);
        Acceptance.Windows windows = new Acceptance.Windows((int) settings.number("reportWindowDays"),
                (int) settings.number("otherWindowMonths"));
        Acceptance.Decision decision = Acceptance.decide(c.subject(), receivedOn, c.aboutDate(),
                complaint.repeatable(), windows);
        if (decision.accepted()) {
            complaint.accept();
        } else {
            Text explanation = decision.refusal().explanation(decision.lastDay(), windows, c.subject());
            complaint.refuse(decision.refusal(), explanation.zh(), explanation.en());
        }
        complaint.speaks(language);
        complaint.comesFrom(customers.match(complaint.complainantEmail(), complaint.complainantPhone()).orElse(null));
        register.add(complaint);
        if (decision.accepted()) {
            deadlines.plan(complaint);
        } else {
            tellRefusal(complaint);
        }
        events.fire(new ModuleEvent(currentTenant.id().orElseThrow(), ComplaintsModule.ID,
                decision.accepted() ? "complaint-received" : "complaint-refused", complaint.id(),
                Map.of("number", complaint.number())));
        if (decision.accepted()) {
            events.fire(new ModuleEvent(currentTenant.id().orElseThrow(), ComplaintsModule.ID, ComplaintsModule.OPENED,
                    complaint.id(), complaint.eventData()));
        }
        return complaint;
    }

    @Transactional
    public List<Complaint> latest(int limit) {
        return search(null, null, limit);
    }

    /**
     * The latest complaints whose number, complainant, organisation or report number contains {@code text}, in
     * {@code status}; either may be null for any.
     */
    @Transactional
    public List<Complaint> search(String text, ComplaintKinds.Status status, int limit) {
        modules.require(ComplaintsModule.READ);
        return register.search(text, status, limit);
    }

    /** How many complaints wait for {@code task}; the investigation and decision those assigned to the caller. */
    @Transactional
    public long waiting(ComplaintTask task) {
        modules.require(ComplaintsModule.READ);
        return register.count(task, currentTenant.actor());
    }

    /** The complaints that wait for {@code task} (as {@link #waiting} counts them), the longest waiting first. */
    @Transactional
    public List<Complaint> waitingFor(ComplaintTask task) {
        modules.require(ComplaintsModule.READ);
        return register.waitingFor(task, currentTenant.actor(), 200);
    }

    @Transactional
    public Optional<Complaint> find(UUID id) {
        modules.require(ComplaintsModule.READ);
        return register.find(id);
    }

    /** The complaints received on the days from {@code from} up to, not including, {@code until}, newest first. */
    @Transactional
    public List<Complaint> receivedBetween(LocalDate from, LocalDate until) {
        modules.require(ComplaintsModule.READ);
        return register.receivedBetween(from.atStartOfDay(workingTime.zone()).toInstant(),
                until.atStartOfDay(workingTime.zone()).toInstant());
    }

    /** The period's figures, as the dashboard shows them. */
    @Transactional
    public ComplaintFigures.Summary figures(LocalDate from, LocalDate until) {
        List<Complaint> received = receivedBetween(from, until);
        return ComplaintFigures.of(received, deadlinesOf(received));
    }

    /** The complaints of the period a figure counts. */
    @Transactional
    public List<Complaint> behind(LocalDate from, LocalDate until, ComplaintFigures.Facet facet, String value) {
        List<Complaint> received = receivedBetween(from, until);
        return received.stream().filter(ComplaintFigures.matching(facet, value, deadlinesOf(received))).toList();
    }

    /** Each complaint's deadlines, in the order they fall due. */
    @Transactional
    public List<TrackedDeadline> deadlinesOf(UUID id) {
        modules.require(ComplaintsModule.READ);
        return deadlines.of(id);
    }

    /** The deadlines of many complaints in one read, for lists. */
    @Transactional
    public Map<UUID, List<TrackedDeadline>> deadlinesOf(List<Complaint> complaints) {
        modules.require(ComplaintsModule.READ);
        return deadlines.of(complaints.stream().map(Complaint::id).toList());
    }

    /**
     * A tendency behind a dashboard figure (the period's complaints of one kind, channel, …) becomes a preventive
     * action in the register (C6), naming the complaints it rests on.
     */
    @Transactional
    public CorrectiveActions.Summary raiseForTendency(LocalDate from, LocalDate until, ComplaintFigures.Facet facet,
                                                      String value, String observation) {
        modules.require(ComplaintsModule.MANAGE);
        List<Complaint> behind = behind(from, until, facet, value);
        if (behind.isEmpty()) {
            throw InvalidModuleInput.of("facet", Text.of("该统计项下没有投诉，无从提出预防措施。",
                    "No complaints stand behind this figure to act on."));
        }
        if (observation != null && observation.strip().length() > 1000) {
            throw InvalidModuleInput.of("observation", Text.of("不超过 1000 个字符。", "At most 1,000 characters."));
        }
        String numbers = behind.stream().map(Complaint::number).sorted().collect(Collectors.joining(", "));
        String last = until.minusDays(1).toString();
        String problem = (blank(observation) ? "" : observation.strip() + "\n") + "投诉趋势：" + from + " 至 " + last
                + " 共 " + behind.size() + " 件 / Complaint tendency: " + behind.size() + " from " + from + " to "
                + last + " — " + numbers;
        return actions.raise(new CorrectiveActions.Source(ComplaintsModule.ID, null, "trend " + from + "/" + last),
                CorrectiveActions.Kind.PREVENTIVE, problem.length() > 4000 ? problem.substring(0, 3999) + "…"
                        : problem);
    }

    /**
     * Not accepted after all, for another reason the institution's rules list (C3): by a manager, before the
     * investigation starts, with the reason the complainant is told.
     */
    @Transactional
    public Complaint refuse(UUID id, String reason, long version) {
        modules.require(ComplaintsModule.MANAGE);
        Complaint c = editable(id, version);
        if (c.status() != ComplaintKinds.Status.RECEIVED && c.status() != ComplaintKinds.Status.ACKNOWLEDGED) {
            throw InvalidModuleInput.of("status", Text.of("调查开始后不能再决定不予受理。",
                    "Once the investigation started the complaint can no longer be refused."));
        }
        if (blank(reason) || reason.strip().length() > 2000) {
            throw InvalidModuleInput.of("reason", Text.of("请说明不予受理所依据的规定（不超过 2000 个字符）。",
                    "Give the rule under which it is not accepted (at most 2,000 characters)."));
        }
        Text explanation = Acceptance.Refusal.underRule(reason.strip());
        c.refuse(Acceptance.Refusal.OTHER_RULE, explanation.zh(), explanation.en());
        deadlines.stop(c);
        Complaint refused = register.written(c);
        tellRefusal(refused);
        events.fire(new ModuleEvent(c.tenantId(), ComplaintsModule.ID, "complaint-refused", c.id(),
                Map.of("number", c.number())));
        // Open until now (a complaint refused at once was never opened): it is over for other modules.
        events.fire(new ModuleEvent(c.tenantId(), ComplaintsModule.ID, ComplaintsModule.CLOSED, c.id(),
                c.eventData()));
        return refused;
    }

    /** Confirms receipt to the complainant (due within 2 h by default). */
    @Transactional
    public Complaint acknowledge(UUID id, long version) {
        modules.require(ComplaintsModule.RECORD);
        Complaint c = editable(id, version);
        if (c.status() != ComplaintKinds.Status.RECEIVED) {
            throw InvalidModuleInput.of("status", Text.of("只能确认刚收到的投诉。",
                    "Only a complaint just received can be acknowledged."));
        }
        c.acknowledge(Instant.now().truncatedTo(ChronoUnit.MICROS));
        deadlines.met(c, ComplaintDeadlines.Step.ACKNOWLEDGE, c.acknowledgedAt());
        Complaint acknowledged = register.written(c);
        String due = deadlines.of(c.id()).stream()
                .filter(d -> d.name().equals(ComplaintDeadlines.Step.PRELIMINARY.name())).findFirst()
                .map(d -> LocalTimes.format(d.due(), workingTime.zone())).orElse("");
        String follow = followLink(c);
        Text text = Text.of("我们已收到您的投诉（编号 " + c.number() + "），将在 " + due + " 前提出初步处理意见。"
                        + "\n\n查看投诉处理进度：" + follow,
                "We have received your complaint (number " + c.number() + ") and will propose a first solution by "
                        + due + ".\n\nFollow your complaint: " + follow);
        Text sms = Text.of("已收到您的投诉 " + c.number() + "，将在 " + due + " 前提出初步处理意见。进度：" + follow,
                "Complaint " + c.number() + " received; first solution by " + due + ". Follow it: " + follow);
        notices.tell(c, "complaint-acknowledged", Text.of("已收到您的投诉 " + c.number(),
                "Your complaint " + c.number() + " is received"), text, sms, List.of());
        return acknowledged;
    }

    /** Major or normal, technical or procedural; a major complaint gets its detailed-solution deadline. */
    @Transactional
    public Complaint classify(UUID id, ComplaintKinds.Severity severity, ComplaintKinds.Nature nature, long version) {
        modules.require(ComplaintsModule.MANAGE);
        Map<String, Text> problems = new LinkedHashMap<>();
        if (severity == null) {
            problems.put("severity", Text.of("请选择重大或一般。", "Choose major or normal."));
        }
        if (nature == null) {
            problems.put("nature", Text.of("请选择技术类或程序类。", "Choose technical or procedural."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        Complaint c = editable(id, version);
        c.classify(severity, nature);
        deadlines.plan(c);
        return register.written(c);
    }

    /**
     * The investigator: the technical manager for a technical complaint, the quality manager for a procedural one,
     * never someone the complaint names, who did the work or who decides it ({@link Eligibility}).
     */
    @Transactional
    public Complaint assignInvestigator(UUID id, String username, long version) {
        modules.require(ComplaintsModule.MANAGE);
        Complaint c = editable(id, version);
        if (c.nature() == null) {
            throw InvalidModuleInput.of("nature", Eligibility.CLASSIFY_FIRST);
        }
        eligible("investigator", Eligibility.Part.INVESTIGATOR, c, active(username));
        c.investigateBy(username.strip());
        deadlines.readdress(c);
        return register.written(c);
    }

    /** Who decides (or approves the decision): a manager or the director, not involved, not the investigator. */
    @Transactional
    public Complaint assignDecider(UUID id, String username, long version) {
        modules.require(ComplaintsModule.MANAGE);
        Complaint c = editable(id, version);
        eligible("decider", Eligibility.Part.DECIDER, c, active(username));
        c.decideBy(username.strip());
        return register.written(c);
    }

    /** The institution's active staff who may take {@code part} in the complaint, and those who may not with why. */
    @Transactional
    public Candidates candidates(UUID id, Eligibility.Part part) {
        modules.require(ComplaintsModule.READ);
        Complaint c = register.get(id);
        List<StaffDirectory.StaffMember> everyone = staff.active();
        return new Candidates(Eligibility.eligible(part, c, everyone), Eligibility.excluded(part, c, everyone));
    }

    public record Candidates(List<StaffDirectory.StaffMember> eligible, List<Eligibility.Excluded> excluded) {
    }

    /** The investigator's record: what was checked and what was found. */
    @Transactional
    public Complaint recordInvestigation(UUID id, Set<ComplaintKinds.Check> checks, String findings, String retest,
                                         long version) {
        modules.require(ComplaintsModule.READ);
        Complaint c = editable(id, version);
        if (c.status() != ComplaintKinds.Status.INVESTIGATING || !currentTenant.actor().equals(c.investigator())) {
            throw InvalidModuleInput.of("investigator", Text.of("只有指派的调查人可以填写调查记录。",
                    "Only the assigned investigator records the investigation."));
        }
        Map<String, Text> problems = new LinkedHashMap<>();
        if (checks == null || checks.isEmpty()) {
            problems.put("checked", Text.of("请说明核查了哪些内容（原始记录、设备、方法、环境、报告副本）。",
                    "Say what was checked (original records, equipment, method, environment, report copies)."));
        }
        if (blank(findings) || findings.strip().length() > 10_000) {
            problems.put("findings", Text.of("请填写调查结论（不超过 10000 个字符）。",
                    "Give the findings (at most 10,000 characters)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        c.investigated(checks, findings.strip(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        deadlines.met(c, ComplaintDeadlines.Step.PRELIMINARY, c.investigatedAt());
        if (!blank(retest)) {
            c.retestOrdered(retest.strip());
            Map<String, String> order = new LinkedHashMap<>();
            order.put("number", c.number());
            order.put("report", c.reportNumber() == null ? "" : c.reportNumber());
            order.put("reportDate", c.aboutDate() == null ? "" : c.aboutDate().toString());
            order.put("note", retest.strip());
            order.put("customerName", c.complainantName());
            order.put("customerLanguage", c.complainantLanguage());
            putIfKnown(order, "customerOrganisation", c.complainantOrganisation());
            putIfKnown(order, "customerEmail", c.complainantEmail());
            putIfKnown(order, "customerPhone", c.complainantPhone());
            events.fire(new ModuleEvent(c.tenantId(), ComplaintsModule.ID, ComplaintsModule.RETEST_ORDERED, c.id(),
                    order));
        }
        return register.written(c);
    }

    /**
     * Evidence for the investigation record (original records, equipment logs, report copies): by the investigator
     * or a manager, until the file is closed.
     */
    @Transactional
    public RecordFiles.StoredFile attach(UUID id, String fileName, byte[] content) {
        modules.require(ComplaintsModule.READ);
        Complaint c = register.get(id);
        if (!currentTenant.actor().equals(c.investigator())) {
            modules.require(ComplaintsModule.MANAGE);
        }
        if (c.status() == ComplaintKinds.Status.REFUSED || c.status() == ComplaintKinds.Status.CLOSED) {
            throw InvalidModuleInput.of("attachments", Text.of("该投诉已结案或未予受理，不能再添加附件。",
                    "This complaint is closed or was not accepted: no more files."));
        }
        return recordFiles.attach(ComplaintsModule.ID, id, fileName, content);
    }

    @Transactional
    public List<RecordFiles.StoredFile> filesOf(UUID id) {
        modules.require(ComplaintsModule.READ);
        register.get(id); // another institution's complaint, or none: 404, as for the complaint itself
        return recordFiles.of(ComplaintsModule.ID, id);
    }

    @Transactional
    public Optional<RecordFiles.Content> file(UUID id, UUID fileId) {
        modules.require(ComplaintsModule.READ);
        return recordFiles.content(ComplaintsModule.ID, id, fileId);
    }

    /** The result of a retest kept as a task on the complaint (where no retest module takes it over). */
    @Transactional
    public Complaint recordRetest(UUID id, String result, long version) {
        modules.require(ComplaintsModule.READ);
        Complaint c = editable(id, version);
        if (c.retestNote() == null || c.retestDoneAt() != null) {
            throw InvalidModuleInput.of("retest", Text.of("该投诉没有待完成的复测。", "This complaint has no retest to do."));
        }
        if (!currentTenant.actor().equals(c.investigator())) {
            modules.require(ComplaintsModule.MANAGE);
        }
        if (blank(result) || result.strip().length() > 4000) {
            throw InvalidModuleInput.of("result", Text.of("请填写复测结果（不超过 4000 个字符）。",
                    "Give the retest's result (at most 4,000 characters)."));
        }
        c.retestDone(result.strip(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return register.written(c);
    }

    /**
     * Upheld or not, by the assigned decider — who is not involved; an upheld complaint opens a corrective action in
     * the institution's register (C6).
     */
    @Transactional
    public Complaint decide(UUID id, Boolean upheld, String reason, boolean questionsSystem, long version) {
        modules.require(ComplaintsModule.READ);
        Complaint c = editable(id, version);
        if (c.status() != ComplaintKinds.Status.INVESTIGATED) {
            throw InvalidModuleInput.of("status", Text.of("调查记录完成后才能作出决定。",
                    "A decision follows the investigation record."));
        }
        if (!currentTenant.actor().equals(c.decider())) {
            throw InvalidModuleInput.of("decider", Text.of("只有指派的决定人可以作出决定。",
                    "Only the assigned decider decides."));
        }
        recuse("decider", c, currentTenant.actor());
        Map<String, Text> problems = new LinkedHashMap<>();
        if (upheld == null) {
            problems.put("upheld", Text.of("请决定投诉是否成立。", "Decide whether the complaint is upheld."));
        }
        if (blank(reason) || reason.strip().length() > 10_000) {
            problems.put("reason", Text.of("请说明决定的理由（不超过 10000 个字符）。",
                    "Give the reasons (at most 10,000 characters)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
        if (c.retestNote() != null && c.retestDoneAt() == null && !modules.enabled(RETEST_MODULE)) {
            throw InvalidModuleInput.of("retest", Text.of("请先记录复测结果，再作出决定。",
                    "Record the retest's result before deciding."));
        }
        c.decided(upheld, reason.strip(), questionsSystem, Instant.now().truncatedTo(ChronoUnit.MICROS));
        deadlines.met(c, ComplaintDeadlines.Step.DETAILED, c.decidedAt());
        if (upheld) {
            actions.raise(new CorrectiveActions.Source(ComplaintsModule.ID, c.id(), c.number()),
                    CorrectiveActions.Kind.CORRECTIVE, "投诉 " + c.number() + " 成立 / Complaint " + c.number()
                            + " upheld: " + reason.strip());
        }
        if (questionsSystem) {
            events.fire(new ModuleEvent(c.tenantId(), ComplaintsModule.ID, ComplaintsModule.AUDIT_REQUESTED, c.id(),
                    Map.of("number", c.number())));
            if (!modules.enabled(AUDIT_MODULE)) {
                // Until an internal-audit module takes it, the request waits in the register for the quality manager.
                actions.raise(new CorrectiveActions.Source(ComplaintsModule.ID, c.id(), c.number()),
                        CorrectiveActions.Kind.PREVENTIVE, "附加内部审核：投诉 " + c.number() + " 涉及管理体系 / "
                                + "Additional internal audit: complaint " + c.number() + " questions the quality system");
            }
        }
        return register.written(c);
    }

    /** A refused complaint's explanation goes to the complainant (C3). */
    private void tellRefusal(Complaint c) {
        Text explanation = Text.of(c.refusalZh(), c.refusalEn());
        notices.tell(c, "complaint-refused", Text.of("关于您的投诉 " + c.number(), "About your complaint " + c.number()),
                explanation, explanation, List.of());
    }

    /** What was sent about the complaint (to the complainant, and deadline warnings to staff), oldest first. */
    @Transactional
    public List<CustomerMessages.Sent> messagesOf(UUID id) {
        modules.require(ComplaintsModule.READ);
        register.get(id);
        return messages.about(id);
    }

    /** The corrective actions a complaint raised. */
    @Transactional
    public List<CorrectiveActions.Summary> actionsOf(UUID id) {
        modules.require(ComplaintsModule.READ);
        register.get(id);
        return actions.raisedBy(ComplaintsModule.ID, id);
    }

    private static void eligible(String field, Eligibility.Part part, Complaint c, StaffDirectory.StaffMember member) {
        Optional<Eligibility.Bar> bar = Eligibility.bar(part, c, member);
        if (bar.isPresent()) {
            throw InvalidModuleInput.of(field, bar.get().explained());
        }
    }

    private void recuse(String field, Complaint c, String username) {
        Optional<Text> reason = Recusal.reason(username, c.namedStaff(), c.performedBy());
        if (reason.isPresent()) {
            throw InvalidModuleInput.of(field, reason.get());
        }
    }

    private StaffDirectory.StaffMember active(String username) {
        return staff.find(username == null ? "" : username.strip()).orElseThrow(() -> InvalidModuleInput.of("username",
                Text.of("本机构没有该在职员工。", "No active staff member of this institution has that username.")));
    }

    /** A complaint to change: at the version the user saw, and accepted (a refused one is done with). */
    private Complaint editable(UUID id, long version) {
        Complaint c = register.atVersion(id, version);
        if (c.status() == ComplaintKinds.Status.REFUSED) {
            throw InvalidModuleInput.of("status", Text.of("该投诉未予受理。", "This complaint was not accepted."));
        }
        return c;
    }

    private void check(NewComplaint c, Instant received, Instant now) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (c.channel() == null) {
            problems.put("channel", Text.of("请选择投诉渠道。", "Choose how the complaint came in."));
        } else if (c.channel() == ComplaintKinds.Channel.TRANSFERRED && blank(c.transferredFrom())) {
            problems.put("transferredFrom", Text.of("请填写转交投诉的单位。", "Say who passed the complaint on."));
        }
        if (c.subject() == null) {
            problems.put("subject", Text.of("请选择投诉事项：对报告的异议或其他。",
                    "Choose what it concerns: an objection to a report, or something else."));
        } else {
            LocalDate receivedOn = received.atZone(workingTime.zone()).toLocalDate();
            Acceptance.datesProblem(c.subject(), receivedOn, c.aboutDate())
                    .ifPresent(t -> problems.put("aboutDate", t));
        }
        if (received.isAfter(now.plusSeconds(60))) {
            problems.put("receivedAt", Text.of("收到时间不能在将来。", "The time received cannot be in the future."));
        }
        if (blank(c.complainantName()) || c.complainantName().strip().length() > 100) {
            problems.put("complainantName", Text.of("请填写投诉人（1 至 100 个字符）。",
                    "Give the complainant's name (1 to 100 characters)."));
        }
        if (blank(c.complainantPhone()) && blank(c.complainantEmail())) {
            problems.put("complainantPhone", Text.of("请至少留下电话或电子邮箱，以便答复。",
                    "Leave a phone number or an e-mail address for the answer."));
        }
        if (!blank(c.complainantEmail()) && !EmailAddress.valid(c.complainantEmail())) {
            problems.put("complainantEmail", Text.of("电子邮箱格式不正确。", "This is not an e-mail address."));
        }
        if (blank(c.description()) || c.description().strip().length() > 10_000) {
            problems.put("description", Text.of("请描述投诉内容（不超过 10000 个字符）。",
                    "Describe the complaint (at most 10,000 characters)."));
        }
        for (String name : usernames(c.namedStaff())) {
            if (staff.find(name).isEmpty()) {
                problems.put("namedStaff", Text.of("本机构没有在职员工 " + name + "。",
                        "No active staff member " + name + " in this institution."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
    }

    private static List<String> usernames(List<String> names) {
        return names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void putIfKnown(Map<String, String> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    /**
     * The retest module reports on a retest this complaint ordered (accepted, refused, its result): the complaint
     * shows its case and outcome instead of the task. Heard only while both modules run.
     */
    @Transactional
    void onRetestReport(@jakarta.enterprise.event.Observes ModuleEvent event) {
        if (!event.module().equals(RETEST_MODULE) || !event.data().containsKey("complaintId")) {
            return;
        }
        Map<String, String> d = event.data();
        register.find(UUID.fromString(d.get("complaintId"))).ifPresent(c -> {
            String stateZh = d.getOrDefault("statusZh", "") + (d.containsKey("verdictZh") ? "：" + d.get("verdictZh") : "")
                    + (d.containsKey("refusalZh") ? "：" + d.get("refusalZh") : d.containsKey("refusal") ? "："
                    + d.get("refusal") : "");
            String stateEn = d.getOrDefault("statusEn", "") + (d.containsKey("verdictEn") ? ": " + d.get("verdictEn") : "")
                    + (d.containsKey("refusalEn") ? ": " + d.get("refusalEn") : d.containsKey("refusal") ? ": "
                    + d.get("refusal") : "");
            boolean result = event.type().equals("retest-result");
            c.retestReported(d.get("number"), stateZh, stateEn,
                    result ? d.get("number") + " " + d.getOrDefault("verdictZh", "") + " / "
                            + d.getOrDefault("verdictEn", "") : null,
                    result ? Instant.now().truncatedTo(ChronoUnit.MICROS) : null);
            register.written(c);
        });
    }

    /**
     * The survey module passes the follow-up of an unhappy customer on as a complaint: filed as received now by
     * phone (the follow-up call), by the member of staff who made the call, about the request surveyed. Heard only
     * while both modules run; refused input (no way to reach the customer) refuses the hand-over as a whole.
     */
    @Transactional
    void onSurveyComplaint(@jakarta.enterprise.event.Observes ModuleEvent event) {
        if (!event.is(SURVEY_MODULE, "survey-complaint")) {
            return;
        }
        Map<String, String> d = event.data();
        String description = "满意度调查回访 " + d.getOrDefault("number", "") + "\n" + d.getOrDefault("description", "");
        file(new NewComplaint(ComplaintKinds.Channel.PHONE, null, ComplaintKinds.Subject.OTHER, null,
                LocalDate.now(workingTime.zone()), true, d.get("requestNumber"), List.of(), List.of(),
                d.getOrDefault("customerName", "—"), null, d.get("phone"), d.get("email"), description, null),
                d.containsKey("language") ? Languages.code(d.get("language"))
                        : Languages.of(institution.defaultLocale()));
    }
}
