package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.modules.complaints.application.ComplaintReplies;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.modules.complaints.domain.ReplyLetter;
import io.labdesk.platform.api.ui.Feedback;
import java.util.List;
import java.util.Map;

/** The institution's own wording of the reply letter, per language, with the placeholders it may use. */
public class ReplyTemplatesDialog extends Dialog {

    ReplyTemplatesDialog(ComplaintReplies replies, DialogParts forms) {
        setHeaderTitle(forms.t("复函模板", "Reply letter templates"));
        setWidth("52rem");
        Select<String> language = forms.select("template-language", forms.t("语言", "Language"),
                List.of(Languages.CHINESE, Languages.ENGLISH), forms::languageName);
        TextArea body = new TextArea(forms.t("模板", "Template"));
        body.setId("template-body");
        body.setWidthFull();
        body.setMinHeight("18rem");
        body.setHelperText(forms.t("可用占位符：", "Placeholders: ") + ReplyLetter.PLACEHOLDERS.stream()
                .map(p -> "{" + p + "}").collect(java.util.stream.Collectors.joining(" "))
                + forms.t("。{salutation}：单位 姓名 先生/女士；{checked}：调查时实际核查的项目。",
                ". {salutation}: Dear name; {addressee}: name and organisation; {checked}: what the investigation "
                        + "actually checked."));
        ComplaintReplies.Template[] current = new ComplaintReplies.Template[1];
        language.addValueChangeListener(e -> {
            current[0] = replies.template(e.getValue());
            body.setValue(current[0].body());
        });
        language.setValue(Languages.of(forms.locale()));
        Button save = new Button(forms.t("保存", "Save"), e -> {
            if (forms.attempt(Map.of("body", body), () -> current[0] = replies.saveTemplate(language.getValue(),
                    body.getValue(), current[0].version()))) {
                Feedback.done(forms.t("模板已保存。", "The template is saved."));
            }
        });
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(language, body);
        getFooter().add(new Button(forms.t("关闭", "Close"), e -> close()), save);
    }
}
