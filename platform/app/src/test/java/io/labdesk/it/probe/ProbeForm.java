package io.labdesk.it.probe;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The probe's public form ({@code /t/{slug}/probe-note}): anyone leaves a note, offered on tracking pages too. */
@ApplicationScoped
public class ProbeForm implements PublicForm {

    @Inject
    ProbeNotes notes;

    @Override
    public String path() {
        return "probe-note";
    }

    @Override
    public Text title() {
        return Text.of("留言", "Leave a note");
    }

    @Override
    public Text lead() {
        return Text.of("测试用表单。", "A form for tests.");
    }

    @Override
    public Text trackingLink() {
        return Text.of("留言", "Leave a note about this request");
    }

    @Override
    public List<PublicField> fields() {
        return List.of(PublicField.of("text", PublicField.Kind.TEXT, Text.of("内容", "Text"), true, 40),
                PublicField.of("about", PublicField.Kind.TEXT, Text.of("工单", "Request"), false, 40)
                        .prefilledWith(PublicField.Prefill.REQUEST_NUMBER));
    }

    @Override
    public Text submit(Submission submission) {
        String text = submission.value("text").orElseThrow(() -> InvalidModuleInput.of("text",
                Text.of("请写点什么。", "Write something.")));
        notes.add(notes.tenant(), "public", text + submission.requestNumber().map(n -> "@" + n).orElse(""));
        return Text.of("已记下：" + text, "Noted: " + text);
    }
}
