package io.labdesk.platform.ui.admin.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import io.labdesk.platform.core.sla.CalendarTemplates;
import io.labdesk.platform.core.sla.CalendarDefinition;
import io.labdesk.platform.core.sla.TenantCalendars;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells a tenant admin that the institution's calendar has no holidays for a year that has begun or begins within
 * 60 days (its deadlines would count the Spring Festival as working days), and what to do about it.
 */
public class CalendarShortfall extends Div {

    private CalendarShortfall(List<Integer> years, Optional<String> follows, boolean linkToCalendar) {
        setId("calendar-shortfall");
        getElement().setAttribute("role", "alert");
        getStyle().set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-m) 0").set("border-radius", "var(--lumo-border-radius-m)");
        String yearList = years.stream().map(String::valueOf)
                .collect(Collectors.joining(getTranslation("calendar.shortfall.separator")));
        Span title = new Span(VaadinIcon.WARNING.create(), new Span(" " + getTranslation("calendar.shortfall",
                yearList)));
        title.getStyle().set("font-weight", "600");
        add(title);
        String what = follows.map(id -> getTranslation("calendar.shortfall.follows", shippedName(id)))
                .orElse(getTranslation("calendar.shortfall.own"));
        Paragraph todo = new Paragraph(what);
        todo.setId("calendar-shortfall-todo");
        todo.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
        add(todo);
        if (linkToCalendar) {
            RouterLink link = new RouterLink(getTranslation("calendar.shortfall.open"), CalendarView.class);
            link.setId("calendar-shortfall-link");
            add(link);
        }
    }

    /** The warning for the current institution, if its calendar lacks a year. */
    public static Optional<CalendarShortfall> of(TenantCalendars calendars, boolean linkToCalendar) {
        List<Integer> years = calendars.missingYears();
        if (years.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CalendarShortfall(years, calendars.followedCalendar(), linkToCalendar));
    }

    private String shippedName(String id) {
        CalendarDefinition shipped = CalendarTemplates.available().get(id);
        if (shipped == null) {
            return id;
        }
        return getLocale().getLanguage().equals("en") && shipped.nameEn() != null ? shipped.nameEn() : shipped.name();
    }
}
