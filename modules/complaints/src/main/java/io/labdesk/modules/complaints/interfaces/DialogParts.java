package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintVocabulary;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.LocalTimes;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.Feedback;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the complaint views share: words in the user's language, the institution's staff by name, form fields, and
 * how a refused change is shown (at its field where there is one).
 */
final class DialogParts {

    private final Locale locale;
    private final List<StaffDirectory.StaffMember> staff;
    private final ZoneId zone;

    DialogParts(List<StaffDirectory.StaffMember> staff, ZoneId zone) {
        UI ui = UI.getCurrent();
        this.locale = ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        this.staff = staff;
        this.zone = zone;
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

    Span statusBadge(Complaint c) {
        Span badge = new Span(label(c.status()));
        badge.getElement().getThemeList().add(switch (c.status()) {
            case REFUSED -> "badge contrast";
            case REPLIED, CLOSED -> "badge success";
            default -> "badge";
        });
        return badge;
    }

    /** Runs a change; shows why it was refused, at the field concerned where there is one. */
    boolean attempt(Map<String, ? extends HasValidation> fields, Runnable action) {
        return Attempt.run(fields, action);
    }

    static void error(String message) {
        Feedback.refused(message);
    }

    /** Confirms a step taken on a complaint: its number, the step, and where the file stands now. */
    void done(Complaint c, String step) {
        Feedback.done(t(c.number() + "：" + step + "——已完成。当前状态：" + label(c.status()) + "。",
                c.number() + ": " + step + " — done. Now: " + label(c.status()) + "."));
    }

    <T> Select<T> select(String id, String label, List<T> items,
                                 com.vaadin.flow.component.ItemLabelGenerator<T> names) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(names);
        return select;
    }

    MultiSelectComboBox<String> people(String id, String label) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setId(id);
        box.setItems(staff.stream().map(StaffDirectory.StaffMember::username).toList());
        box.setItemLabelGenerator(this::person);
        return box;
    }

    /** The staff member's name alone (for lists); the username as recorded when they are no longer active. */
    String name(String username) {
        return username == null ? "" : staff.stream().filter(s -> s.username().equals(username)).findFirst()
                .map(s -> s.displayName()).orElse(username);
    }

    String person(String username) {
        return staff.stream().filter(s -> s.username().equals(username)).findFirst()
                .map(s -> s.displayName() + " (" + username + ")").orElse(username == null ? "" : username);
    }

    static TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        return field;
    }

    static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    String when(Instant at) {
        return at == null ? "—" : LocalTimes.format(at, zone);
    }

    String languageName(String code) {
        return Languages.ENGLISH.equals(code) ? "English" : "中文";
    }

    boolean zh() {
        return !"en".equals(locale.getLanguage());
    }

    String t(String zh, String en) {
        return Text.of(zh, en).in(locale);
    }

    String label(Enum<?> value) {
        return ComplaintVocabulary.of(value).in(locale);
    }}
