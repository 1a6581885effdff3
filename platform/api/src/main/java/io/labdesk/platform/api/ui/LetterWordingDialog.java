package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.module.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an institution rewords one of a module's letters, per language: the wording in force, the placeholders it
 * may use with what each stands for, save, and back to the default. The same in every module.
 */
public class LetterWordingDialog extends Dialog {

    private final Locale locale;
    private LetterTemplates.Template current;

    public LetterWordingDialog(LetterTemplates templates, String module, LetterKind kind) {
        locale = UI.getCurrent() == null || UI.getCurrent().getLocale() == null ? Languages.CHINESE
                : UI.getCurrent().getLocale();
        setHeaderTitle(kind.title().in(locale));
        setWidth("52rem");
        Select<String> language = new Select<>();
        language.setId("letter-language");
        language.setLabel(t("语言", "Language"));
        language.setItems(List.of("zh-CN", "en"));
        language.setItemLabelGenerator(Languages::name);
        TextArea body = new TextArea(t("信函内容", "Wording"));
        body.setId("letter-body");
        body.setWidthFull();
        body.setMinHeight("18rem");
        body.setHelperText(t("可用占位符：", "Placeholders: ") + kind.placeholders().stream()
                .map(p -> "{" + p.name() + "} " + p.meaning().in(locale)).collect(Collectors.joining("；")));
        Span state = new Span();
        state.setId("letter-state");
        state.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Runnable show = () -> {
            body.setValue(current.body());
            state.setText(current.own() ? t("本机构的措辞。", "Your institution's wording.")
                    : t("默认措辞（尚未修改）。", "The default wording (not changed yet)."));
        };
        language.addValueChangeListener(e -> {
            current = templates.of(module, kind.name(), e.getValue());
            body.setInvalid(false);
            show.run();
        });
        language.setValue(Languages.CHINESE.equals(Languages.choose(locale, null)) ? "zh-CN" : "en");
        Button save = new Button(t("保存", "Save"), e -> {
            if (Attempt.run(Map.of("body", body), () -> current = templates.keep(module, kind.name(),
                    language.getValue(), body.getValue(), current.version()))) {
                show.run();
                Feedback.done(t("信函措辞已保存。", "The wording is saved."));
            }
        });
        save.setId("letter-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restore = new Button(t("恢复默认", "Restore the default"), e -> {
            if (Attempt.run(Map.of("body", body), () -> current = templates.restore(module, kind.name(),
                    language.getValue(), current.version()))) {
                show.run();
                Feedback.done(t("已恢复默认措辞。", "The default wording is back."));
            }
        });
        restore.setId("letter-restore");
        add(language, state, body);
        Button close = new Button(t("关闭", "Close"), e -> close());
        close.setId("letter-close");
        getFooter().add(restore, close, save);
    }

    private String t(String zh, String en) {
        return Text.of(zh, en).in(locale);
    }
}
