package io.labdesk.platform.core.language;

import io.labdesk.platform.api.language.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The platform's messages (bundle {@code i18n/labdesk-core}) in Chinese or English. */
public final class Messages {

    public static final String BUNDLE = "i18n.labdesk-core";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * The message in the reader's language, {@code locale}; where it is none LabDesk speaks, the rule of
     * {@link Languages} applies (callers that know the institution pass {@code Languages.choose(…)}).
     */
    public static String get(String key, Locale locale, Object... params) {
        Locale effective = Languages.choose(locale, null);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
