package io.labdesk.modules.retest.interfaces;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The retest views' words in the user's language, staff by name, times in the institution's zone. */
final class Words {

    private final Locale locale;
    private final List<StaffDirectory.StaffMember> staff;
    private final ZoneId zone;

    Words(List<StaffDirectory.StaffMember> staff, ZoneId zone) {
        UI ui = UI.getCurrent();
        this.locale = ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        this.staff = staff;
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

    List<StaffDirectory.StaffMember> staff() {
        return staff;
    }

    /** A staff member's name as people know it; the recorded name itself when nobody by it is active. */
    String person(String username) {
        if (username == null) {
            return "—";
        }
        return staff.stream().filter(s -> s.username().equals(username)).findFirst()
                .map(StaffDirectory.StaffMember::displayName).orElse(username);
    }

    String when(Instant at) {
        return at == null ? "—" : LocalTimes.format(at, zone);
    }

    Span badge(RetestStatus status) {
        Span badge = new Span(of(status.label()));
        badge.getElement().getThemeList().add(switch (status) {
            case NOT_ELIGIBLE, REFUSED, DECLINED -> "badge contrast";
            case CLOSED -> "badge success";
            default -> "badge";
        });
        return badge;
    }
}
