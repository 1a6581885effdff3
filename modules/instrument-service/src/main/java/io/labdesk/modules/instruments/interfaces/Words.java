package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.modules.instruments.domain.Warranty;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The instrument views' words in the user's language, times in the institution's zone. */
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

    ZoneId zone() {
        return zone;
    }

    String when(Instant at) {
        return at == null ? "—" : LocalTimes.format(at, zone);
    }

    Span badge(CaseStatus status) {
        Span badge = new Span(of(status.label()));
        badge.getElement().getThemeList().add(switch (status) {
            case DECLINED -> "badge contrast";
            case CLOSED -> "badge success";
            case AWAITING_ACCEPTANCE -> "badge warning";
            default -> "badge";
        });
        return badge;
    }

    Span badge(Warranty.Standing standing, boolean chargeable) {
        Span badge = new Span(of(standing.label()) + (chargeable ? t(" · 收费", " · charged") : ""));
        badge.getElement().getThemeList().add(chargeable ? "badge contrast" : "badge success");
        return badge;
    }
}
