package io.labdesk.platform.ui.admin.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.platform.api.ui.FileLimits;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.sla.CalendarDefinition;
import io.labdesk.platform.core.sla.CalendarIcs;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tenant admin's business calendar, which measures every SLA target: working hours per weekday with breaks,
 * holidays, make-up working days, date overrides; a start from a template; iCalendar import and export; and a
 * month view of what the calendar being edited makes of each day.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
public class CalendarView extends Div implements HasDynamicTitle {

    /** The time zones one may choose, by id (Asia/Shanghai). */
    private static final List<String> ZONES = java.time.ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final TenantCalendars calendars;
    private long version;

    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final Map<DayOfWeek, TextField> week = new EnumMap<>(DayOfWeek.class);
    private final List<CalendarDefinition.Holiday> holidays = new ArrayList<>();
    private final List<LocalDate> workdays = new ArrayList<>();
    private final SortedMap<LocalDate, List<String>> overrides = new TreeMap<>();
    private final Grid<CalendarDefinition.Holiday> holidayGrid = new Grid<>();
    private final Grid<LocalDate> workdayGrid = new Grid<>();
    private final Grid<Map.Entry<LocalDate, List<String>>> overrideGrid = new Grid<>();
    private final Span unsaved = new Span();
    private final CalendarMonth month = new CalendarMonth(this::editing);
    private final Div followBar = new Div();

    private final ShippedCalendars shipped;

    @Inject
    public CalendarView(TenantCalendars calendars, ShippedCalendars shipped, CurrentTenant currentTenant) {
        this.calendars = calendars;
        this.shipped = shipped;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.calendar")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(new Div(getTranslation("error.forbidden")));
            return;
        }
        add(new Paragraph(getTranslation("calendar.intro")));
        CalendarShortfall.of(calendars, false).ifPresent(this::add);
        followBar.setId("calendar-follow-bar");
        followBar.addClassName("labdesk-calendar-follow");
        add(followBar, saveBar());
        drawFollowBar();
        // The month view beside the editor: what a change makes of each day shows without scrolling.
        TabSheet editor = new TabSheet();
        editor.setId("calendar-editor");
        editor.addClassName("labdesk-calendar-editor");
        editor.add(tab("general", "calendar.general"), new Div(templateBar(), header(),
                new H3(getTranslation("calendar.week")), weekForm()));
        editor.add(tab("holidays", "calendar.holidays"), holidaysEditor());
        editor.add(tab("workdays", "calendar.workdays"), workdaysEditor());
        editor.add(tab("overrides", "calendar.overrides"), overridesEditor());
        editor.add(tab("ics", "calendar.ics"), icsBar());
        Div layout = new Div(month, editor);
        layout.addClassName("labdesk-calendar-layout");
        add(layout);
        TenantCalendars.Edition edition = calendars.edition();
        show(edition.definition());
        version = edition.version();
        unsaved.setText("");
    }

    private Component templateBar() {
        SortedMap<String, CalendarDefinition> templates = shipped.available();
        Select<String> template = new Select<>();
        template.setId("calendar-template");
        template.setLabel(getTranslation("calendar.template"));
        template.setItems(templates.keySet());
        template.setItemLabelGenerator(id -> {
            return templates.get(id).label(english());
        });
        Button use = new Button(getTranslation("calendar.useTemplate"), e -> {
            if (template.getValue() != null) {
                show(templates.get(template.getValue()));
            }
        });
        use.setId("use-template");
        HorizontalLayout bar = new HorizontalLayout(template, use);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return bar;
    }

    private Component header() {
        name.setLabel(getTranslation("calendar.name"));
        name.setId("calendar-name");
        nameEn.setLabel(getTranslation("calendar.nameEn"));
        nameEn.setId("calendar-name-en");
        timeZone.setLabel(getTranslation("tenants.timeZone"));
        timeZone.setId("calendar-time-zone");
        timeZone.setHelperText(getTranslation("calendar.timeZone.help"));
        timeZone.setItems(ZONES);
        timeZone.setAllowCustomValue(false);
        List.of(name, nameEn).forEach(f -> f.addValueChangeListener(e -> changed()));
        timeZone.addValueChangeListener(e -> changed());
        return new FormLayout(name, nameEn, timeZone);
    }

    private Component weekForm() {
        FormLayout form = new FormLayout();
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField hours = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()));
            hours.setId("week-" + day.name());
            hours.setPlaceholder(getTranslation("calendar.closed"));
            hours.addValueChangeListener(e -> changed());
            week.put(day, hours);
            form.add(hours);
        }
        return new Div(new Span(getTranslation("calendar.week.help")), form);
    }

    private Component holidaysEditor() {
        holidayGrid.setId("holidays");
        holidayGrid.addColumn(h -> h.from().toString()).setHeader(getTranslation("calendar.from")).setAutoWidth(true);
        holidayGrid.addColumn(h -> h.to().toString()).setHeader(getTranslation("calendar.to")).setAutoWidth(true);
        holidayGrid.addColumn(CalendarDefinition.Holiday::name).setHeader(getTranslation("calendar.holidayName"))
                .setFlexGrow(1);
        holidayGrid.addComponentColumn(h -> remove(() -> holidays.remove(h))).setAutoWidth(true);
        holidayGrid.setAllRowsVisible(true);
        DatePicker from = datePicker("calendar.from", "holiday-from");
        DatePicker to = datePicker("calendar.to", "holiday-to");
        TextField holidayName = new TextField(getTranslation("calendar.holidayName"));
        holidayName.setId("holiday-name");
        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> {
            if (from.getValue() == null || (to.getValue() != null && to.getValue().isBefore(from.getValue()))) {
                from.setErrorMessage(Messages.get("validation.calendar.holiday", getLocale()));
                from.setInvalid(true);
                return;
            }
            from.setInvalid(false);
            holidays.add(new CalendarDefinition.Holiday(from.getValue(),
                    to.getValue() == null ? from.getValue() : to.getValue(), holidayName.getValue().strip()));
            holidays.sort(java.util.Comparator.comparing(CalendarDefinition.Holiday::from));
            from.clear();
            to.clear();
            holidayName.clear();
            changed();
        });
        add.setId("add-holiday");
        return new Div(holidayGrid, row(from, to, holidayName, add));
    }

    private Component workdaysEditor() {
        workdayGrid.setId("workdays");
        workdayGrid.addColumn(LocalDate::toString).setHeader(getTranslation("calendar.date")).setFlexGrow(1);
        workdayGrid.addComponentColumn(d -> remove(() -> workdays.remove(d))).setAutoWidth(true);
        workdayGrid.setAllRowsVisible(true);
        DatePicker date = datePicker("calendar.date", "workday-date");
        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> {
            if (date.getValue() != null && !workdays.contains(date.getValue())) {
                workdays.add(date.getValue());
                workdays.sort(null);
                date.clear();
                changed();
            }
        });
        add.setId("add-workday");
        return new Div(new Span(getTranslation("calendar.workdays.help")), workdayGrid, row(date, add));
    }

    private Component overridesEditor() {
        overrideGrid.setId("overrides");
        overrideGrid.addColumn(e -> e.getKey().toString()).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        overrideGrid.addColumn(e -> e.getValue().isEmpty() ? getTranslation("calendar.closed")
                : String.join(", ", e.getValue())).setHeader(getTranslation("calendar.hours")).setFlexGrow(1);
        overrideGrid.addComponentColumn(e -> remove(() -> overrides.remove(e.getKey()))).setAutoWidth(true);
        overrideGrid.setAllRowsVisible(true);
        DatePicker date = datePicker("calendar.date", "override-date");
        TextField hours = new TextField(getTranslation("calendar.hours"));
        hours.setId("override-hours");
        hours.setPlaceholder(getTranslation("calendar.closed"));
        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> {
            if (date.getValue() != null) {
                overrides.put(date.getValue(), intervals(hours.getValue()));
                date.clear();
                hours.clear();
                changed();
            }
        });
        add.setId("add-override");
        return new Div(overrideGrid, row(date, hours, add));
    }

    private Component icsBar() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                show(editing().withIcs(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                Notification.show(Messages.get("validation.calendar.ics", getLocale()), 5000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        upload.setId("ics-import");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        FileLimits.apply(upload, 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("calendar.importIcs"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("calendar.dropIcs")));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] ics = CalendarIcs.export(calendars.edition().definition()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(ics), "calendar.ics", "text/calendar", ics.length);
        }), getTranslation("calendar.exportIcs"));
        export.setId("ics-export");
        HorizontalLayout bar = new HorizontalLayout(upload, export);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return new Div(new Paragraph(getTranslation("calendar.ics.help")), bar);
    }

    private Component saveBar() {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-calendar");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unsaved.setId("calendar-unsaved");
        unsaved.addClassName("labdesk-muted");
        HorizontalLayout bar = new HorizontalLayout(save, unsaved);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return bar;
    }

    /** Whether the calendar follows a shipped one, and the admin's choice to stop or to start following it. */
    private void drawFollowBar() {
        followBar.removeAll();
        SortedMap<String, CalendarDefinition> available = shipped.available();
        java.util.Optional<String> follows = calendars.followedCalendar();
        if (follows.isPresent()) {
            String id = follows.get();
            Paragraph text = new Paragraph(getTranslation("calendar.follows", available.containsKey(id)
                    ? available.get(id).label(english()) : id));
            text.setId("calendar-follows");
            Button stop = new Button(getTranslation("calendar.unfollow"), e -> follow(null, null));
            stop.setId("calendar-unfollow");
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            followBar.add(text, stop);
            return;
        }
        Paragraph text = new Paragraph(getTranslation("calendar.notFollowing"));
        text.setId("calendar-follows");
        Select<String> choice = new Select<>();
        choice.setId("calendar-follow-choice");
        choice.setAriaLabel(getTranslation("calendar.template"));
        choice.setItems(available.keySet());
        choice.setItemLabelGenerator(id -> available.get(id).label(english()));
        if (!available.isEmpty()) {
            choice.setValue(available.firstKey());
        }
        Button start = new Button(getTranslation("calendar.follow"), e -> {
            if (choice.getValue() != null) {
                follow(choice.getValue(), available.get(choice.getValue()));
            }
        });
        start.setId("calendar-follow");
        followBar.add(text, row(choice, start));
    }

    /** Starts or stops following; the calendar may take years now, so the editor shows it anew. */
    private void follow(String id, CalendarDefinition template) {
        if (Problems.attempt(getLocale(), Map.of(), () -> calendars.follow(id, template))) {
            TenantCalendars.Edition edition = calendars.edition();
            show(edition.definition());
            version = edition.version();
            unsaved.setText("");
            drawFollowBar();
            success(getTranslation(id == null ? "calendar.unfollowed" : "calendar.followed"));
        }
    }

    private Tab tab(String id, String label) {
        Tab tab = new Tab(getTranslation(label));
        tab.setId("tab-" + id);
        return tab;
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    private void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void show(CalendarDefinition definition) {
        name.setValue(definition.name() == null ? "" : definition.name());
        nameEn.setValue(definition.nameEn() == null ? "" : definition.nameEn());
        if (definition.timeZone() != null && !ZONES.contains(definition.timeZone())) {
            List<String> zones = new ArrayList<>(ZONES);
            zones.add(definition.timeZone());
            timeZone.setItems(zones);
        }
        timeZone.setValue(definition.timeZone());
        week.forEach((day, field) -> field.setValue(String.join(", ", definition.week().getOrDefault(day,
                List.of()))));
        holidays.clear();
        holidays.addAll(definition.holidays());
        workdays.clear();
        workdays.addAll(definition.workdays());
        overrides.clear();
        overrides.putAll(definition.overrides());
        changed();
    }

    /** The calendar as edited so far. */
    private CalendarDefinition editing() {
        Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, field) -> hours.put(day, intervals(field.getValue())));
        return new CalendarDefinition(name.getValue().strip(), nameEn.getValue().strip(), timeZone.getValue() == null ? "" : timeZone.getValue(),
                hours, holidays, workdays, overrides);
    }

    private static List<String> intervals(String text) {
        return Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void changed() {
        unsaved.setText(getTranslation("sla.policy.unsaved"));
        holidayGrid.setItems(holidays);
        workdayGrid.setItems(workdays);
        overrideGrid.setItems(new ArrayList<>(overrides.entrySet()));
        month.draw();
    }

    private void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("timeZone", timeZone);
        week.forEach((day, field) -> fields.put("week." + day.name(), field));
        fields.put("week", week.get(DayOfWeek.MONDAY));
        TenantCalendars.Edition[] saved = new TenantCalendars.Edition[1];
        if (Problems.attempt(getLocale(), fields, () -> saved[0] = calendars.update(editing(), version))) {
            version = saved[0].version();
            unsaved.setText("");
            success(getTranslation("action.saved"));
        }
    }

    private Button remove(Runnable removal) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            removal.run();
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("calendar.remove"));
        return remove;
    }

    private DatePicker datePicker(String label, String id) {
        DatePicker picker = new DatePicker(getTranslation(label));
        picker.setId(id);
        return picker;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " · LabDesk";
    }
}
