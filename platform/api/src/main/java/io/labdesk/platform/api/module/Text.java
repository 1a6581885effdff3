package io.labdesk.platform.api.module;

import io.labdesk.platform.api.language.Languages;
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

    /**
     * In the reader's language, {@code locale}; where it is none LabDesk speaks, the rule of {@link Languages} applies
     * (callers that know the institution pass {@code Languages.choose(reader, institutionDefault)}).
     */
    public String in(Locale locale) {
        return Languages.CHINESE.equals(Languages.choose(locale, null)) ? zh : en;
    }
}
