package io.labdesk.platform.core.capa;

import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The register of corrective and preventive actions: raised by modules (or by hand, for a tendency), planned by the
 * quality manager, carried out step by step by their owners, checked for effectiveness by someone else, closed.
 */
@ApplicationScoped
public class ActionRegister implements CorrectiveActions {

    private static final TenantRole[] MANAGERS = {TenantRole.QUALITY_MANAGER, TenantRole.TENANT_ADMIN};
    private static final TenantRole[] VERIFIERS = {TenantRole.QUALITY_MANAGER, TenantRole.SUPERVISOR,
            TenantRole.INTERNAL_AUDITOR, TenantRole.DIRECTOR, TenantRole.TENANT_ADMIN};

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    StaffMembers staff;

    @Inject
    TenantSettings settings;

    /** An action with its steps. */
    public record Detail(CorrectiveAction action, List<ActionStep> steps) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Summary raise(Source source, Kind kind, String problem) {
        CorrectiveAction action = open(source.module(), source.subjectId(), source.reference(), kind, problem);
        return summary(action);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Summary raise(Source source, Kind kind, String problem, String owner, LocalDate dueOn) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkOwnerAndDate(problems, owner, dueOn, "owner", "dueOn");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CorrectiveAction action = open(source.module(), source.subjectId(), source.reference(), kind, problem);
        action.assign(owner.strip(), dueOn);
        return summary(action);
    }

    @Override
    @Transactional
    public List<Summary> raisedBy(String module, UUID subjectId) {
        return tenantData.em().createQuery("SELECT a FROM CorrectiveAction a WHERE a.sourceModule = :m "
                        + "AND a.sourceId = :s ORDER BY a.raisedAt, a.number", CorrectiveAction.class)
                .setParameter("m", module).setParameter("s", subjectId).getResultStream()
                .map(ActionRegister::summary).toList();
    }

    /** A preventive (or corrective) action raised by hand, e.g. for a tendency seen in complaints or surveys. */
    @Transactional
    public CorrectiveAction raiseByHand(Kind kind, String problem, String reference) {
        currentTenant.requireAny(MANAGERS);
        return open("manual", null, reference, kind, problem);
    }

    @Transactional
    public List<CorrectiveAction> list(Status status, boolean overdueOnly) {
        currentTenant.requireAny(TenantRole.values());
        LocalDate today = today();
        return tenantData.em().createQuery("SELECT a FROM CorrectiveAction a WHERE :status IS NULL OR "
                        + "a.status = :status ORDER BY a.raisedAt DESC", CorrectiveAction.class)
                .setParameter("status", status).setMaxResults(1000).getResultStream()
                .filter(a -> !overdueOnly || a.overdue(today)).toList();
    }

    @Transactional
    public Detail detail(UUID id) {
        currentTenant.requireAny(TenantRole.values());
        CorrectiveAction action = find(id);
        return new Detail(action, steps(id));
    }

    /** Root cause, owner and due date: the action is in progress. */
    @Transactional
    public Detail plan(UUID id, String rootCause, String owner, LocalDate dueOn, long version) {
        currentTenant.requireAny(MANAGERS);
        CorrectiveAction action = editable(id, version);
        Map<String, String> problems = new LinkedHashMap<>(ActionRules.canAddStep(action.status()));
        if (rootCause == null || rootCause.isBlank() || rootCause.strip().length() > 4000) {
            problems.put("rootCause", "validation.capa.rootCause");
        }
        checkOwnerAndDate(problems, owner, dueOn, "owner", "dueOn");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        action.plan(rootCause.strip(), owner.strip(), dueOn);
        return flushed(action);
    }

    @Transactional
    public Detail addStep(UUID id, String description, String owner, LocalDate dueOn, long version) {
        currentTenant.requireAny(MANAGERS);
        CorrectiveAction action = editable(id, version);
        Map<String, String> problems = new LinkedHashMap<>(ActionRules.canAddStep(action.status()));
        if (description == null || description.isBlank() || description.strip().length() > 2000) {
            problems.put("description", "validation.capa.step");
        }
        checkOwnerAndDate(problems, owner, dueOn, "owner", "dueOn");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        tenantData.em().persist(new ActionStep(id, description.strip(), owner.strip(), dueOn));
        // A change of the steps is a change of the action: concurrent planners are told.
        tenantData.em().lock(action, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushed(action);
    }

    /** The step's owner (or a manager) records it as done. */
    @Transactional
    public Detail completeStep(UUID id, UUID stepId, String note) {
        CorrectiveAction action = find(id);
        ActionStep step = steps(id).stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NotFound("action step", stepId));
        if (!step.owner().equals(currentTenant.actor())) {
            currentTenant.requireAny(MANAGERS);
        }
        if (step.done()) {
            throw new InvalidInput(Map.of("step", "validation.capa.stepDone"));
        }
        step.done(Instant.now().truncatedTo(ChronoUnit.MICROS), note == null || note.isBlank() ? null : note.strip());
        tenantData.em().lock(action, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushed(action);
    }

    /** Every step done: ready for someone else to check that it worked. */
    @Transactional
    public Detail submit(UUID id, long version) {
        currentTenant.requireAny(MANAGERS);
        CorrectiveAction action = editable(id, version);
        Map<String, String> problems = ActionRules.canSubmit(action.status(), action.rootCause(),
                steps(id).stream().map(ActionStep::done).toList());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        action.toVerification();
        return flushed(action);
    }

    /** Effective: closed. Not effective: back in progress, for further steps. */
    @Transactional
    public Detail verify(UUID id, boolean effective, String note, long version) {
        currentTenant.requireAny(VERIFIERS);
        CorrectiveAction action = editable(id, version);
        Map<String, String> problems = new LinkedHashMap<>(ActionRules.canVerify(action.status(),
                currentTenant.actor(), action.owner(), steps(id).stream().map(ActionStep::owner).toList()));
        if (note == null || note.isBlank() || note.strip().length() > 4000) {
            problems.put("note", "validation.capa.verificationNote");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        action.verified(currentTenant.actor(), effective, note.strip(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        return flushed(action);
    }

    /** Actions not yet closed, for the dashboard. */
    @Transactional
    public long openCount() {
        return tenantData.em().createQuery("SELECT count(a) FROM CorrectiveAction a WHERE a.status <> :closed",
                Long.class).setParameter("closed", Status.CLOSED).getSingleResult();
    }

    /** Open actions past their due date, for the dashboard. */
    @Transactional
    public long overdueCount() {
        LocalDate today = today();
        return tenantData.em().createQuery("SELECT count(a) FROM CorrectiveAction a WHERE a.status <> :closed "
                        + "AND a.dueOn < :today", Long.class).setParameter("closed", Status.CLOSED)
                .setParameter("today", today).getSingleResult();
    }

    private CorrectiveAction open(String module, UUID subjectId, String reference, Kind kind, String problem) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "validation.capa.kind");
        }
        if (problem == null || problem.isBlank() || problem.strip().length() > 4000) {
            problems.put("problem", "validation.capa.problem");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int year = now.atZone(ZoneId.of(settings.current().timeZone())).getYear();
        CorrectiveAction action = new CorrectiveAction(number(year), kind, module, subjectId,
                reference == null || reference.isBlank() ? null : reference.strip(), problem.strip(), now,
                currentTenant.actor());
        tenantData.em().persist(action);
        return action;
    }

    private void checkOwnerAndDate(Map<String, String> problems, String owner, LocalDate dueOn, String ownerField,
                                   String dueField) {
        if (owner == null || staff.findByUsername(owner.strip()).filter(TenantMember::active).isEmpty()) {
            problems.put(ownerField, "validation.capa.owner");
        }
        if (dueOn == null || dueOn.isBefore(today())) {
            problems.put(dueField, "validation.capa.dueOn");
        }
    }

    private String number(int year) {
        Object last = tenantData.em().createNativeQuery("INSERT INTO corrective_action_counter (tenant_id, year, "
                        + "last_number) VALUES (?, ?, 1) ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = "
                        + "corrective_action_counter.last_number + 1 RETURNING last_number")
                .setParameter(1, currentTenant.id().orElseThrow()).setParameter(2, year).getSingleResult();
        return String.format("CA-%d-%04d", year, ((Number) last).intValue());
    }

    private CorrectiveAction find(UUID id) {
        CorrectiveAction action = tenantData.em().find(CorrectiveAction.class, id);
        if (action == null) {
            throw new NotFound("corrective action", id);
        }
        return action;
    }

    private CorrectiveAction editable(UUID id, long version) {
        CorrectiveAction action = find(id);
        if (action.version() != version) {
            throw new ConcurrentEdit("The action " + action.number());
        }
        return action;
    }

    private List<ActionStep> steps(UUID id) {
        return tenantData.em().createQuery("SELECT s FROM ActionStep s WHERE s.actionId = :a ORDER BY s.dueOn, "
                + "s.description", ActionStep.class).setParameter("a", id).getResultList();
    }

    private Detail flushed(CorrectiveAction action) {
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The action " + action.number());
        }
        return new Detail(action, steps(action.id()));
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(settings.current().timeZone()));
    }

    private static Summary summary(CorrectiveAction a) {
        return new Summary(a.id(), a.number(), a.kind(), a.status(), a.problem(), a.rootCause(), a.owner(),
                a.dueOn(), a.verifiedBy(), a.verificationNote(), a.closedAt());
    }
}
