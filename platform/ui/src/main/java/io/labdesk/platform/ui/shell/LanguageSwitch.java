package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.select.Select;
import io.labdesk.platform.ui.i18n.LabDeskTranslations;
import java.util.Locale;

/** Chooses the UI language (中文 / English) for the rest of the session; the page reloads in it. */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch(Locale current) {
        setId("language-switch");
        setItems(LabDeskTranslations.CHINESE, LabDeskTranslations.ENGLISH);
        // Each language is named in itself, so a reader of either finds their own.
        setItemLabelGenerator(l -> LabDeskTranslations.CHINESE.equals(l) ? "中文" : "English");
        setValue(LabDeskTranslations.supported(current));
        setWidth("7.5em");
        setAriaLabel(getTranslation("shell.language"));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                StaffSession.chooseLanguage(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
    }
}
