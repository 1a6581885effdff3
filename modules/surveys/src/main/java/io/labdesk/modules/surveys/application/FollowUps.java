package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.Answer;
import io.labdesk.modules.surveys.domain.FollowUp;
import io.labdesk.modules.surveys.domain.FollowUpStatus;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follow-ups of unhappy answers (S5): each opened with a deadline on the institution's calendar for the follow-up
 * staff (the quality manager warned too when it is missed), ended by recording what was done, or passed on as a
 * complaint (a module event the complaint module may observe) or as a corrective action in the CAPA register.
 */
@ApplicationScoped
public class FollowUps {

    public static final String DEADLINE = "FOLLOW_UP";

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RecordNumbers numbers;

    @Inject
    TrackedDeadlines deadlines;

    @Inject
    WorkingTime workingTime;

    @Inject
    CorrectiveActions actions;

    @Inject
    Event<ModuleEvent> events;

    @Transactional(Transactional.TxType.MANDATORY)
    void open(Answer answer, String customerName, Text reason) {
        Instant now = answer.answeredAt();
        FollowUp f = new FollowUp(numbers.next("SF", now.atZone(workingTime.zone()).getYear()), answer, customerName,
                reason, now);
        register.add(f);
        deadlines.start(DeadlinePlan.of(SurveysModule.ID, f.id(), DEADLINE)
                .says(f.number(), Text.of("回访不满意的客户", "following up an unhappy customer"), reason)
                .link("surveys?followUp=" + f.id())
                .withinWorkingDays(now, (int) modules.settings(SurveysModule.ID).number("followUpDays"))
                .warn(Recipients.roles(TenantRole.FOLLOW_UP), Recipients.roles(TenantRole.QUALITY_MANAGER))
                .build());
        events.fire(new ModuleEvent(currentTenant.id().orElseThrow(), SurveysModule.ID, SurveysModule.UNHAPPY, f.id(),
                data(f)));
    }

    @Transactional
    public List<FollowUp> latest(FollowUpStatus status, int limit) {
        modules.require(SurveysModule.READ);
        return register.followUps(status, limit);
    }

    @Transactional
    public FollowUp get(UUID id) {
        modules.require(SurveysModule.READ);
        return register.followUp(id);
    }

    @Transactional
    public List<TrackedDeadline> deadlines(UUID id) {
        modules.require(SurveysModule.READ);
        return deadlines.of(register.followUp(id).id());
    }

    /** The customer was called: what was done. */
    @Transactional
    public FollowUp done(UUID id, String outcome, long version) {
        modules.require(SurveysModule.FOLLOW_UP);
        return close(id, version, FollowUpStatus.DONE, required(outcome), null);
    }

    /** The customer's dissatisfaction is a complaint: the complaint module files it where it runs. */
    @Transactional
    public FollowUp complaint(UUID id, String outcome, long version) {
        modules.require(SurveysModule.FOLLOW_UP);
        FollowUp f = close(id, version, FollowUpStatus.COMPLAINT, required(outcome), null);
        Answer answer = register.answer(f.answerId());
        Map<String, String> data = data(f);
        data.put("description", f.reason().zh() + "\n" + f.outcome());
        register.findInvitation(answer.invitationId()).ifPresent(i -> contact(data, i));
        events.fire(new ModuleEvent(f.tenantId(), SurveysModule.ID, SurveysModule.COMPLAINT_ASKED, f.id(), data));
        return f;
    }

    /** The cause lies with the institution: a corrective action in the CAPA register. */
    @Transactional
    public FollowUp action(UUID id, String problem, long version) {
        modules.require(SurveysModule.FOLLOW_UP);
        FollowUp f = register.followUpAt(id, version);
        CorrectiveActions.Summary raised = actions.raise(new CorrectiveActions.Source(SurveysModule.ID, f.id(),
                f.number()), CorrectiveActions.Kind.CORRECTIVE, required(problem));
        return close(id, version, FollowUpStatus.ACTION, problem.strip(), raised.number());
    }

    private FollowUp close(UUID id, long version, FollowUpStatus how, String outcome, String actionNumber) {
        FollowUp f = register.followUpAt(id, version);
        Instant now = Invitations.now();
        if (!f.close(how, outcome, currentTenant.actor(), now, actionNumber)) {
            throw InvalidModuleInput.of("status", Text.of("此回访已结束。", "This follow-up is over already."));
        }
        deadlines.meet(f.id(), DEADLINE, now);
        register.written("The follow-up " + f.number());
        return f;
    }

    private static String required(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 4000) {
            throw InvalidModuleInput.of("outcome", Text.of("请写明与客户沟通的情况和处理结果（不超过 4000 个字符）。",
                    "Write what the customer said and what was done (at most 4,000 characters)."));
        }
        return text.strip();
    }

    private static Map<String, String> data(FollowUp f) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("number", f.number());
        if (f.requestNumber() != null) {
            data.put("requestNumber", f.requestNumber());
        }
        if (f.customerName() != null) {
            data.put("customerName", f.customerName());
        }
        return data;
    }

    private static void contact(Map<String, String> data, Invitation i) {
        if (i.customerId() != null) {
            data.put("customerId", i.customerId().toString());
        }
        if (i.contactEmail() != null) {
            data.put("email", i.contactEmail());
        }
        if (i.contactPhone() != null) {
            data.put("phone", i.contactPhone());
        }
        data.put("language", i.language());
    }
}
