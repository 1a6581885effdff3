package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.sla.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the customer's survey page shows, read without the staff's permissions: the request, the state, the questions. */
@ApplicationScoped
public class SurveyPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    SurveyRegister register;

    @Inject
    RequestDirectory requests;

    @Inject
    WorkingTime workingTime;

    /** The questions of the pinned version while the invitation takes an answer; none otherwise. */
    @Transactional
    public List<Item> openItems(UUID invitation) {
        Invitation i = register.findInvitation(invitation).orElse(null);
        if (i == null || i.status() != InvitationStatus.SENT || i.expired(Invitations.now())) {
            return List.of();
        }
        return register.version(i.questionnaireVersionId()).items();
    }

    @Transactional
    public List<PublicForm.Section> sections(UUID invitation) {
        Invitation i = register.findInvitation(invitation).orElse(null);
        if (i == null) {
            return List.of();
        }
        List<PublicForm.Section> sections = new ArrayList<>();
        RequestDirectory.Request request = i.requestId() == null ? null : requests.find(i.requestId()).orElse(null);
        if (request != null) {
            String closed = request.closedAt() == null ? "" : DAY.format(request.closedAt().atZone(workingTime.zone()));
            sections.add(new PublicForm.Section("survey-request", Text.of("关于工单 " + request.number(),
                    "About request " + request.number()), Text.of(request.type().zh() + "：" + request.subject()
                    + (closed.isEmpty() ? "" : "\n办结日期：" + closed), request.type().en() + ": "
                    + request.subject() + (closed.isEmpty() ? "" : "\nCompleted on " + closed))));
        }
        if (i.campaignId() != null) {
            io.labdesk.modules.surveys.domain.Campaign c = register.campaign(i.campaignId());
            sections.add(new PublicForm.Section("survey-campaign", Text.of(c.name(), c.name()), Text.of(
                    "调查期间：" + c.periodFrom() + " 至 " + c.periodTo(), "Period: " + c.periodFrom() + " to "
                    + c.periodTo())));
        }
        Instant now = Invitations.now();
        if (i.status() == InvitationStatus.ANSWERED) {
            String on = DAY.format(i.answeredAt().atZone(workingTime.zone()));
            sections.add(new PublicForm.Section("survey-state", Text.of("已提交", "Answered"), Text.of(
                    "您已于 " + on + " 提交了此调查，每份调查只能提交一次。谢谢！",
                    "You answered this survey on " + on + "; it is answered once. Thank you!")));
        } else if (i.status() != InvitationStatus.SENT || i.expired(now)) {
            sections.add(new PublicForm.Section("survey-state", Text.of("无法填写", "Closed"),
                    Answers.closedMessage(i, now)));
        } else if (i.expiresAt() != null) {
            String until = DAY.format(i.expiresAt().atZone(workingTime.zone()));
            sections.add(new PublicForm.Section("survey-state", Text.of("有效期", "Open until"),
                    Text.of("请在 " + until + " 之前填写，标 * 的为必答题。",
                            "Please answer by " + until + "; questions marked * are required.")));
        }
        return sections;
    }
}
