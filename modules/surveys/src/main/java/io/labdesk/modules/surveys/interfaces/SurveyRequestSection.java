package io.labdesk.modules.surveys.interfaces;

import com.vaadin.flow.component.UI;
import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.application.Invitations;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.platform.api.module.RequestSection;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The satisfaction survey on a request's page: its invitation, where it stands, opening it with its answer. */
@ApplicationScoped
public class SurveyRequestSection implements RequestSection {

    @Inject
    Invitations invitations;

    @Inject
    WorkingTime workingTime;

    @Override
    public Text title() {
        return Text.of("满意度调查", "Satisfaction survey");
    }

    @Override
    public String permission() {
        return SurveysModule.READ;
    }

    @Override
    public List<Entry> about(UUID requestId, String number) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        return invitations.ofRequest(requestId).stream().map(i -> new Entry(
                Text.of("调查邀请", "Invitation").in(locale) + " · " + i.status().text().in(locale)
                        + (i.skipReason() == null ? "" : " · " + i.skipReason().text().in(locale)),
                when(i), "surveys?tab=invitations&invitation=" + i.id())).toList();
    }

    private String when(Invitation i) {
        Instant at = i.answeredAt() != null ? i.answeredAt() : i.sentAt() != null ? i.sentAt() : i.sendAt();
        return LocalTimes.format(at, workingTime.zone());
    }
}
