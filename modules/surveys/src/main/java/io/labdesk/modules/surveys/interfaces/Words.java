package io.labdesk.modules.surveys.interfaces;

import com.vaadin.flow.component.UI;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The survey views' words in the user's language, times in the institution's zone. */
final class Words {

    private final Locale locale;
    private final ZoneId zone;

    Words(ZoneId zone) {
        UI ui = UI.getCurrent();
        this.locale = ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        this.zone = zone;
    }

    String t(String zh, String en) {
        return Text.of(zh, en).in(locale);
    }

    String of(Text text) {
        return text == null ? "" : text.in(locale);
    }

    Locale locale() {
        return locale;
    }

    ZoneId zone() {
        return zone;
    }

    String when(Instant at) {
        return at == null ? "—" : LocalTimes.format(at, zone);
    }
}
