package io.labdesk.platform.ui.platform.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.sla.CalendarDefinition;
import io.labdesk.platform.core.sla.HolidayCoverage;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.ui.shell.Problems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The operator's part of the calendars: the institutions whose calendar runs out of holidays soon, and a year's
 * official holidays and make-up working days added once to a shipped calendar, which reaches those who follow it.
 */
class ShippedCalendarsSection extends Div {

    private final ShippedCalendars shipped;
    private final Div shortfalls = new Div();
    private final Select<String> calendar = new Select<>();
    private final Span years = new Span();
    private final IntegerField year = new IntegerField();
    private final TextArea holidays = new TextArea();
    private final TextField workdays = new TextField();

    ShippedCalendarsSection(ShippedCalendars shipped) {
        this.shipped = shipped;
        shortfalls.setId("calendar-shortfalls");
        add(shortfalls, new H3(getTranslation("shipped.title")), new Paragraph(getTranslation("shipped.intro")));
        calendar.setId("shipped-calendar");
        calendar.setLabel(getTranslation("shipped.calendar"));
        SortedMap<String, CalendarDefinition> available = shipped.available();
        calendar.setItems(available.keySet());
        // The name as the files give it (without years): the years shown below change as they are added.
        calendar.setItemLabelGenerator(id -> {
            CalendarDefinition d = available.get(id);
            return d == null ? id : getLocale().getLanguage().equals("en") && d.nameEn() != null ? d.nameEn()
                    : d.name();
        });
        calendar.addValueChangeListener(e -> {
            showYears();
            showYear();
        });
        years.setId("shipped-years");
        year.setId("shipped-year");
        year.setLabel(getTranslation("shipped.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now().plusDays(HolidayCoverage.WARNING_DAYS).getYear());
        year.setHelperText(getTranslation("shipped.year.help"));
        year.addValueChangeListener(e -> showYear());
        holidays.setId("shipped-holidays");
        holidays.setLabel(getTranslation("shipped.holidays"));
        holidays.setHelperText(getTranslation("shipped.holidays.help"));
        holidays.setMinHeight("8em");
        workdays.setId("shipped-workdays");
        workdays.setLabel(getTranslation("shipped.workdays"));
        workdays.setHelperText(getTranslation("shipped.workdays.help"));
        Button save = new Button(getTranslation("shipped.save"), e -> save());
        save.setId("shipped-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(calendar, year, holidays, workdays);
        form.setColspan(holidays, 2);
        form.setColspan(workdays, 2);
        add(form, years, new Div(save));
        if (!available.isEmpty()) {
            calendar.setValue(available.firstKey());
        }
        refresh();
    }

    /** The institutions whose calendar lacks a year that has begun or begins within 60 days. */
    void refresh() {
        shortfalls.removeAll();
        List<ShippedCalendars.Shortfall> lacking = shipped.shortfalls();
        if (lacking.isEmpty()) {
            return;
        }
        shortfalls.getElement().setAttribute("role", "alert");
        shortfalls.getStyle().set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "var(--lumo-space-m) 0");
        UnorderedList list = new UnorderedList();
        lacking.forEach(s -> list.add(new ListItem(getTranslation("shipped.shortfall", s.tenant().name(getLocale()),
                s.years().stream().map(String::valueOf).collect(Collectors.joining(
                        getTranslation("calendar.shortfall.separator")))))));
        shortfalls.add(new Span(getTranslation("shipped.shortfalls")), list);
    }

    /** A year the calendar has already is shown to correct; a new one starts empty. */
    private void showYear() {
        CalendarDefinition d = calendar.getValue() == null ? null : shipped.available().get(calendar.getValue());
        if (d == null || year.getValue() == null) {
            return;
        }
        CalendarDefinition days = d.daysOf(java.util.Set.of(year.getValue()));
        holidays.setValue(days.holidays().stream().map(h -> h.from() + " " + h.to() + " " + h.name())
                .collect(Collectors.joining("\n")));
        workdays.setValue(days.workdays().stream().map(LocalDate::toString).collect(Collectors.joining(" ")));
    }

    private void showYears() {
        CalendarDefinition d = calendar.getValue() == null ? null : shipped.available().get(calendar.getValue());
        years.setText(d == null ? "" : getTranslation("shipped.years", HolidayCoverage.years(d).stream()
                .map(String::valueOf).collect(Collectors.joining(getTranslation("calendar.shortfall.separator")))));
    }

    private void save() {
        List<CalendarDefinition.Holiday> days = new ArrayList<>();
        List<LocalDate> makeUp = new ArrayList<>();
        try {
            for (String line : holidays.getValue().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("[\\s,，]+", 3);
                if (parts.length < 3) {
                    throw new DateTimeException(line);
                }
                days.add(new CalendarDefinition.Holiday(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]),
                        parts[2].strip()));
            }
        } catch (DateTimeException e) {
            Problems.attempt(getLocale(), Map.of("holidays", holidays), () -> {
                throw new InvalidInput(Map.of("holidays", "validation.calendar.yearHoliday"));
            });
            return;
        }
        try {
            Arrays.stream(workdays.getValue().split("[\\s,，、]+")).filter(s -> !s.isBlank())
                    .map(LocalDate::parse).forEach(makeUp::add);
        } catch (DateTimeException e) {
            Problems.attempt(getLocale(), Map.of("workdays", workdays), () -> {
                throw new InvalidInput(Map.of("workdays", "validation.calendar.yearWorkdays"));
            });
            return;
        }
        String id = calendar.getValue();
        int asked = year.getValue() == null ? 0 : year.getValue();
        int[] reached = new int[1];
        if (Problems.attempt(getLocale(), Map.of("year", year, "holidays", holidays, "workdays", workdays),
                () -> reached[0] = shipped.putYear(id, asked, days, makeUp))) {
            Notification n = Notification.show(getTranslation("shipped.saved", String.valueOf(asked),
                    calendar.getItemLabelGenerator().apply(id), reached[0]), 6000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showYears();
            showYear();
            refresh();
        }
    }
}
