package io.labdesk.platform.api.tenant;

import java.util.Locale;

/** The current tenant as its documents name it: its name in a language, and the language it works in. */
public interface Institution {

    String name(Locale locale);

    Locale defaultLocale();
}
