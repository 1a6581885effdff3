package io.labdesk.modules.surveys.interfaces;

import io.labdesk.modules.surveys.application.Answers;
import io.labdesk.modules.surveys.application.SurveyPages;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.domain.RatingScale;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The customer's survey page ({@code /t/{slug}/survey?key=…}), opened by the invitation's private link: which request
 * it is about, then the questions of the version the invitation pinned, 1–5 and 0–10 as rows of points a thumb can hit.
 * Once answered, expired or withdrawn the page says so and asks nothing.
 */
@ApplicationScoped
public class SurveyForm implements PublicForm {

    @Inject
    SurveyPages pages;

    @Inject
    Answers answers;

    @Override
    public String path() {
        return "survey";
    }

    @Override
    public Text title() {
        return Text.of("服务满意度调查", "How satisfied are you with our service?");
    }

    @Override
    public Text lead() {
        return Text.of("感谢您抽出两分钟评价我们的服务。您的意见将帮助我们改进工作。",
                "Thank you for taking two minutes to rate our service. What you tell us helps us improve.");
    }

    @Override
    public boolean opensByLink() {
        return true;
    }

    /** Without a record nothing is asked; the platform serves this form only by link. */
    @Override
    public List<PublicField> fields() {
        return List.of();
    }

    @Override
    public List<PublicField> fields(UUID record) {
        return pages.openItems(record).stream().map(SurveyForm::field).toList();
    }

    @Override
    public List<Section> shows(UUID record) {
        return pages.sections(record);
    }

    static PublicField field(Item item) {
        return switch (item.kind()) {
            case RATING -> PublicField.scale(item.code(), item.wording(), item.required(),
                    RatingScale.POINTS.toArray(Text[]::new));
            case RECOMMENDATION -> PublicField.recommendation(item.code(), item.wording(), item.required(),
                    RatingScale.UNLIKELY, RatingScale.LIKELY);
            case YES_NO -> PublicField.choice(item.code(), item.wording(), item.required(),
                    new SettingField.Choice("yes", RatingScale.YES), new SettingField.Choice("no", RatingScale.NO));
            case CHOICE -> PublicField.choice(item.code(), item.wording(), item.required(), item.options().stream()
                    .map(o -> new SettingField.Choice(o.value(), o.label())).toArray(SettingField.Choice[]::new));
            case TEXT -> PublicField.of(item.code(), PublicField.Kind.TEXTAREA, item.wording(), item.required(), 4000);
        };
    }

    @Override
    public Text submit(Submission s) {
        UUID invitation = s.record().orElseThrow(() -> InvalidModuleInput.of("key",
                Text.of("此链接无效。", "This link is not valid.")));
        answers.byLink(invitation, s.values(), s.language());
        return Text.of("谢谢！您的评价已提交。", "Thank you! Your answer is on record.");
    }
}
