package io.labdesk.modules.surveys;

import io.labdesk.modules.surveys.domain.Answer;
import io.labdesk.modules.surveys.domain.AnswerItem;
import io.labdesk.modules.surveys.domain.Campaign;
import io.labdesk.modules.surveys.domain.ComplaintHold;
import io.labdesk.modules.surveys.domain.FollowUp;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.Questionnaire;
import io.labdesk.modules.surveys.domain.QuestionnaireVersion;
import io.labdesk.platform.api.module.ModuleEntities;
import java.util.List;

/** The module's entities, announced as a Java service (see META-INF/services). */
public class SurveyEntities implements ModuleEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(Questionnaire.class, QuestionnaireVersion.class, Invitation.class, Answer.class,
                AnswerItem.class, FollowUp.class, ComplaintHold.class, Campaign.class);
    }
}
