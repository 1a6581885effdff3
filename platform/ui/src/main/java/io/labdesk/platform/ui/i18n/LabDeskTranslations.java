package io.labdesk.platform.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.core.language.Messages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * LabDesk's texts in Simplified Chinese and English, from the resource bundle {@code i18n/labdesk}. A missing
 * key shows as {@code !key!} so it is seen and fixed rather than silently blank.
 */
public class LabDeskTranslations implements I18NProvider {

    public static final Locale CHINESE = Languages.CHINESE;
    public static final Locale ENGLISH = Languages.ENGLISH;
    public static final String BUNDLE = "i18n.labdesk";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    /** The UI's own texts first, then the platform's messages (validation, errors) shared with the API. */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String bundle : new String[] {BUNDLE, Messages.BUNDLE}) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, effective, getClass().getClassLoader(), NO_FALLBACK)
                        .getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return "!" + key + "!";
    }

    /** The spoken language for {@code locale}, by the platform's rule ({@link Languages}). */
    public static Locale supported(Locale locale) {
        return Languages.choose(locale, null);
    }
}
