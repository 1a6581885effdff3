package io.labdesk.platform.api.module;

import java.util.Locale;
import java.util.Objects;

/** A short text in the two languages LabDesk speaks: what a module shows of itself (names, labels, messages). */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
