package io.labdesk.modules.audit.interfaces;

import com.vaadin.flow.component.UI;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.Text;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audit views' words in the user's language, and staff by name. */
final class Words {

    private final Locale locale;
    private final List<StaffDirectory.StaffMember> staff;

    Words(List<StaffDirectory.StaffMember> staff) {
        UI ui = UI.getCurrent();
        this.locale = ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        this.staff = staff;
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

    List<StaffDirectory.StaffMember> staff() {
        return staff;
    }

    /** A colleague by name; the username when they are no longer active. */
    String name(String username) {
        if (username == null) {
            return "";
        }
        return staff.stream().filter(s -> s.username().equals(username)).findFirst()
                .map(StaffDirectory.StaffMember::displayName).orElse(username);
    }

    String names(Collection<String> usernames) {
        return usernames.stream().map(this::name).collect(Collectors.joining(t("、", ", ")));
    }
}
