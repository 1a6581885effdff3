package io.labdesk.platform.ui.admin.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.sla.BusinessCalendar;
import io.labdesk.platform.core.sla.CalendarDefinition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A month as the calendar being edited makes it: working, off, holiday, make-up working day, override. Holidays,
 * make-up working days and overrides say so in words in the day itself, not only by colour.
 */
class CalendarMonth extends Div {

    private final Supplier<CalendarDefinition> editing;
    private final Div month = new Div();
    private final Span title = new Span();
    private YearMonth shown = YearMonth.now();

    CalendarMonth(Supplier<CalendarDefinition> editing) {
        this.editing = editing;
        setId("calendar-month");
        addClassName("labdesk-calendar-month");
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> {
            shown = shown.minusMonths(1);
            draw();
        });
        previous.setId("month-previous");
        previous.setAriaLabel(getTranslation("calendar.month.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> {
            shown = shown.plusMonths(1);
            draw();
        });
        next.setId("month-next");
        next.setAriaLabel(getTranslation("calendar.month.next"));
        title.setId("month-title");
        title.getStyle().set("font-weight", "600").set("min-width", "5em").set("text-align", "center");
        month.setId("month-view");
        month.addClassName("labdesk-month");
        HorizontalLayout bar = new HorizontalLayout(previous, title, next);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div legend = new Div();
        legend.addClassName("labdesk-month-legend");
        for (String kind : List.of("working", "off", "holiday", "workday", "override")) {
            Span key = new Span(getTranslation("calendar.kind." + kind));
            key.addClassNames("labdesk-day", "labdesk-day-" + kind);
            legend.add(key);
        }
        H3 heading = new H3(getTranslation("calendar.month"));
        heading.getStyle().set("margin-top", "0");
        add(heading, bar, month, legend);
    }

    /** Draws the shown month anew from the calendar as edited so far. */
    void draw() {
        month.removeAll();
        title.setText(shown.format(DateTimeFormatter.ofPattern("yyyy-MM")));
        CalendarDefinition definition;
        BusinessCalendar calendar;
        try {
            definition = editing.get();
            calendar = definition.calendar();
        } catch (RuntimeException e) {
            month.add(new Span(Messages.get("validation.calendar.hours", getLocale())));
            return;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            Span head = new Span(day.getDisplayName(TextStyle.SHORT, getLocale()));
            head.addClassName("labdesk-day-head");
            month.add(head);
        }
        LocalDate first = shown.atDay(1);
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            month.add(new Span());
        }
        Map<LocalDate, BusinessCalendar.DayKind> special = calendar.specialDays();
        for (LocalDate date = first; !date.isAfter(shown.atEndOfMonth()); date = date.plusDays(1)) {
            String kind = kind(calendar, special.get(date), date);
            Div cell = new Div(new Span(Integer.toString(date.getDayOfMonth())));
            cell.setId("day-" + date);
            cell.addClassNames("labdesk-day", "labdesk-day-" + kind);
            cell.getElement().setAttribute("data-kind", kind);
            String label = label(definition, kind, date);
            List<String> hours = calendar.hoursOfDate(date);
            cell.getElement().setAttribute("title", (label.isEmpty() ? "" : label + " · ")
                    + (hours.isEmpty() ? getTranslation("calendar.closed") : String.join(", ", hours)));
            if (!label.isEmpty()) {
                Span small = new Span(label);
                small.addClassName("labdesk-day-note");
                cell.add(small);
            }
            month.add(cell);
        }
    }

    /** The words a special day carries: the holiday's name (or "holiday"), "make-up working day", "override". */
    private String label(CalendarDefinition definition, String kind, LocalDate date) {
        return switch (kind) {
            case "holiday" -> definition.holidays().stream()
                    .filter(h -> !date.isBefore(h.from()) && !date.isAfter(h.to()))
                    .map(CalendarDefinition.Holiday::name).filter(n -> n != null && !n.isBlank()).findFirst()
                    .orElse(getTranslation("calendar.kind.holiday"));
            case "workday", "override" -> getTranslation("calendar.kind." + kind);
            default -> "";
        };
    }

    private static String kind(BusinessCalendar calendar, BusinessCalendar.DayKind special, LocalDate date) {
        if (special == BusinessCalendar.DayKind.HOLIDAY) {
            return "holiday";
        }
        if (special == BusinessCalendar.DayKind.MAKE_UP_WORKDAY) {
            return "workday";
        }
        if (special == BusinessCalendar.DayKind.OVERRIDE) {
            return "override";
        }
        return calendar.isWorkingDay(date) ? "working" : "off";
    }
}
