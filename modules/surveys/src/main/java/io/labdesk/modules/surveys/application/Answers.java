package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.Answer;
import io.labdesk.modules.surveys.domain.AnswerChannel;
import io.labdesk.modules.surveys.domain.AnswerItem;
import io.labdesk.modules.surveys.domain.AnswerValues;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers to invitations, read against the version the invitation pinned: by the customer through the link while it
 * is open, or recorded by follow-up staff from a call (回访), the channel kept. Each invitation is answered once; an
 * unhappy answer opens a follow-up in the same transaction.
 */
@ApplicationScoped
public class Answers {

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    FollowUps followUps;

    /** The customer's answer by the link; {@code field} names the first question, where a refusal is shown. */
    @Transactional
    public Answer byLink(UUID invitation, Map<String, String> values, String language) {
        Invitation i = register.invitationToAnswer(invitation);
        Instant now = Invitations.now();
        if (i.status() != InvitationStatus.SENT || i.expired(now)) {
            throw InvalidModuleInput.of(firstItem(i), closedMessage(i, now));
        }
        return store(i, values, AnswerChannel.LINK, language, null, now);
    }

    /** An answer the customer gave on the phone, recorded by a member of follow-up staff. */
    @Transactional
    public Answer byPhone(UUID invitation, Map<String, String> values) {
        modules.require(SurveysModule.FOLLOW_UP);
        Invitation i = register.invitationToAnswer(invitation);
        if (i.status() == InvitationStatus.ANSWERED || i.status() == InvitationStatus.WITHDRAWN) {
            throw InvalidModuleInput.of("invitation", closedMessage(i, Invitations.now()));
        }
        return store(i, values, AnswerChannel.PHONE, i.language(), currentTenant.actor(), Invitations.now());
    }

    /** The questions of the version the invitation pinned. */
    @Transactional
    public List<Item> questions(UUID invitation) {
        modules.require(SurveysModule.READ);
        return register.version(register.invitation(invitation).questionnaireVersionId()).items();
    }

    @Transactional
    public Optional<Answer> of(UUID invitation) {
        modules.require(SurveysModule.READ);
        return register.answerOf(register.invitation(invitation).id());
    }

    @Transactional
    public List<AnswerItem> items(UUID answer) {
        modules.require(SurveysModule.READ);
        return register.items(register.answer(answer).id());
    }

    private Answer store(Invitation i, Map<String, String> raw, AnswerChannel channel, String language, String by,
                         Instant now) {
        AnswerValues values = AnswerValues.read(register.version(i.questionnaireVersionId()).items(), raw,
                (int) modules.settings(SurveysModule.ID).number("threshold"));
        Answer answer = new Answer(i, channel, language == null ? i.language() : language, now, by, values.unhappy());
        register.add(answer);
        values.values().forEach(v -> register.add(new AnswerItem(answer.id(), v)));
        i.answered(now);
        if (values.unhappy()) {
            followUps.open(answer, i.contactName(), values.whyUnhappy());
        }
        return answer;
    }

    private String firstItem(Invitation i) {
        return register.version(i.questionnaireVersionId()).items().getFirst().code();
    }

    /** Why an invitation takes no answer (any more). */
    static Text closedMessage(Invitation i, Instant now) {
        if (i.status() == InvitationStatus.ANSWERED) {
            return Text.of("您已提交过此调查，每份调查只能提交一次。谢谢！",
                    "You have answered this survey already; it is answered once. Thank you!");
        }
        if (i.status() == InvitationStatus.WITHDRAWN) {
            return Text.of("此调查已撤回：相关工单已重新打开。", "This survey was withdrawn: the request was reopened.");
        }
        if (i.expired(now)) {
            return Text.of("此调查链接已过期。", "This survey's link has expired.");
        }
        return Text.of("此调查尚未开放。", "This survey is not open.");
    }
}
