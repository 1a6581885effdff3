package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.SkipReason;
import io.labdesk.modules.surveys.domain.Suppression;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.modules.surveys.interfaces.SurveyForm;
import io.labdesk.platform.api.module.BackgroundWork;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.PrivateLinks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.sla.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The module's round every ten seconds, per institution: sends the invitations whose delay is over (or holds them
 * back: complaint open, surveyed lately, no address), reminds once, and lets unanswered links expire.
 */
@ApplicationScoped
public class SurveyRounds implements BackgroundWork {

    static final String TOPIC = "survey-invitation";
    static final String REMINDER = "survey-reminder";

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    PrivateLinks links;

    @Inject
    SurveyForm form;

    @Inject
    CustomerMessages messages;

    @Inject
    WorkingTime workingTime;

    @Override
    public String name() {
        return "survey invitations";
    }

    @Override
    public int run() {
        ModuleSettings settings = modules.settings(SurveysModule.ID);
        Instant now = Invitations.now();
        int handled = 0;
        for (Invitation i : register.due(now, 50)) {
            // A campaign surveys its customers on purpose: only an open complaint holds it back.
            Optional<SkipReason> skip = Suppression.of(register.complaintOpen(i.customerId()),
                    i.campaignId() == null ? register.lastSurveyed(i.customerId(), i.id()) : null,
                    (int) settings.number("quietDays"), i.contactEmail() != null || i.contactPhone() != null, now);
            if (skip.isPresent()) {
                i.skipped(skip.get(), now);
            } else {
                i.sent(i.contactEmail() != null ? "EMAIL" : "SMS", now, (int) settings.number("expiryDays"));
                tell(i, TOPIC, false);
            }
            handled++;
        }
        for (Invitation i : register.waiting(200)) {
            if (i.expired(now)) {
                i.expire(now);
                handled++;
            } else if (i.reminderDue(now, (int) settings.number("reminderDays"))) {
                i.reminded(now);
                tell(i, REMINDER, true);
                handled++;
            }
        }
        return handled;
    }

    private void tell(Invitation i, String topic, boolean reminder) {
        String link = links.issue(SurveysModule.ID, form, i.id());
        String until = DateTimeFormatter.ISO_LOCAL_DATE.format(i.expiresAt().atZone(workingTime.zone()));
        String about = i.requestNumber() != null ? i.requestNumber()
                : i.campaignId() != null ? register.campaign(i.campaignId()).name() : "";
        boolean service = i.requestNumber() != null;
        Text subject = reminder
                ? Text.of("提醒：请评价我们的服务 " + about, "Reminder: please rate our service " + about)
                : Text.of("请评价我们的服务 " + about, "Please rate our service " + about);
        Text body = Text.of((service ? "感谢您委托我们办理工单 " + about + "。" : "我们正在开展“" + about + "”。")
                        + "请花两分钟告诉我们您是否满意：\n" + link + "\n\n链接有效期至 " + until + "，只需填写一次。",
                (service ? "Thank you for entrusting us with request " + about + ". " : "We are running our survey \""
                        + about + "\". ") + "Please take two minutes to tell us how satisfied you are:\n" + link
                        + "\n\nThe link works until " + until + " and is answered once.");
        Text sms = Text.of("请评价我们的服务（" + about + "，有效期至 " + until + "）：" + link,
                "Please rate our service (" + about + ", until " + until + "): " + link);
        messages.tell(new CustomerMessages.Addressee(i.contactName(), i.contactEmail(), i.contactPhone(),
                i.language()), topic, i.id(), subject, body, sms, List.of());
    }
}
