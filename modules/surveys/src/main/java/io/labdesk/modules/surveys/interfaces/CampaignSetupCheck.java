package io.labdesk.modules.surveys.interfaces;

import io.labdesk.modules.surveys.application.Campaigns;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The institution's settings ask for periodic surveys of all customers every year: none planned this year is told. */
@ApplicationScoped
public class CampaignSetupCheck implements SetupCheck {

    @Inject
    Campaigns campaigns;

    @Override
    public List<SetupWarning> warnings() {
        if (!campaigns.shortThisYear()) {
            return List.of();
        }
        return List.of(new SetupWarning("surveys-no-campaign", Text.of(
                "今年计划的客户满意度定期调查少于设置要求的次数。",
                "Fewer periodic surveys of all customers are planned this year than the settings ask for."),
                new SetupWarning.OpenView(Text.of("安排定期调查", "Plan a periodic survey"), "surveys?tab=campaigns")));
    }
}
