package io.labdesk.platform.core.language;

import java.text.MessageFormat;
import java.util.List;
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

    public static String get(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The first of the caller's acceptable languages that LabDesk speaks; English otherwise. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                return l;
            }
        }
        return Locale.ENGLISH;
    }
}
