package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.application.ComplaintReplies;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The complainant's opinion of the outcome (C5), by the private link that comes with the reply letter
 * ({@code /t/{slug}/complaint-opinion?key=…}); it closes the file, as when staff record it.
 */
@ApplicationScoped
public class ComplaintOpinionForm implements PublicForm {

    @Inject
    ComplaintReplies replies;

    @Override
    public String path() {
        return "complaint-opinion";
    }

    @Override
    public Text title() {
        return Text.of("您对投诉处理结果的意见", "Your opinion of the outcome");
    }

    @Override
    public Text lead() {
        return Text.of("感谢您阅读我们的复函。您的意见将记入投诉档案，用于改进我们的工作。",
                "Thank you for reading our reply. Your opinion goes into the complaint's file and helps us improve.");
    }

    @Override
    public boolean opensByLink() {
        return true;
    }

    @Override
    public List<PublicField> fields() {
        return List.of(
                PublicField.choice("satisfied", Text.of("您对处理结果是否满意？", "Are you satisfied with the outcome?"),
                        true, new SettingField.Choice("true", Text.of("满意", "Satisfied")),
                        new SettingField.Choice("false", Text.of("不满意", "Not satisfied"))),
                PublicField.of("opinion", PublicField.Kind.TEXTAREA, Text.of("您的意见（可选）",
                        "What you think (optional)"), false, 4000));
    }

    @Override
    public Text submit(Submission s) {
        Boolean satisfied = s.value("satisfied").filter(v -> v.equals("true") || v.equals("false"))
                .map(Boolean::valueOf).orElse(null);
        replies.feedbackFromComplainant(s.record().orElseThrow(() -> InvalidModuleInput.of("key",
                Text.of("此链接无效。", "This link is not valid."))), satisfied, s.value("opinion").orElse(null));
        return Text.of("谢谢，您的意见已记录。", "Thank you, your opinion is on record.");
    }
}
