package io.labdesk.platform.ui.admin.securitylog;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.ui.admin.history.ReaderWords;
import io.labdesk.platform.ui.admin.history.SettingsChangeText;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The tenant's security log, newest first: sign-ins, switches, member and role changes, contacts viewed. Filtered by
 * who, what and when, and read a page at a time as the list scrolls (the log grows for years).
 */
@Route(value = "admin/security-log", layout = MainLayout.class)
public class SecurityLogView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ComboBox<String> actor = new ComboBox<>();
    private final Select<SecurityEvent.Kind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Span count = new Span();
    private ZoneId zone;

    @Inject
    public SecurityLogView(SecurityLog log, CurrentTenant currentTenant, TenantSettings settings, StaffMembers members,
                           InstalledModules modules, RequestTypes types) {
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.securityLog")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(new Div(getTranslation("error.forbidden")));
            return;
        }
        zone = ZoneId.of(settings.current().timeZone());
        ActorNames names = members.names();
        SettingsChangeText.Words words = new ReaderWords(this, getLocale(), names, types.names(getLocale()), modules);

        actor.setId("log-actor");
        actor.setLabel(getTranslation("log.filter.actor"));
        actor.setItems(members.list().stream().map(TenantMember::username).toList());
        actor.setItemLabelGenerator(u -> names.staff(u) + " (" + u + ")");
        actor.setClearButtonVisible(true);
        actor.setPlaceholder(getTranslation("log.filter.any"));
        kind.setId("log-kind");
        kind.setLabel(getTranslation("log.filter.kind"));
        kind.setItems(Arrays.asList(SecurityEvent.Kind.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("log.filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("log.filter.any")
                : getTranslation("log.kind." + k.name()));
        from.setId("log-from");
        from.setLabel(getTranslation("log.filter.from"));
        until.setId("log-until");
        until.setLabel(getTranslation("log.filter.until"));
        count.setId("log-count");
        count.addClassName("labdesk-hint");

        Grid<SecurityEvent> grid = new Grid<>();
        grid.setId("security-log");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> TIME.format(e.occurredAt().atZone(zone))).setHeader(getTranslation("log.time"))
                .setWidth("12.5rem").setFlexGrow(0);
        grid.addColumn(e -> names.of(e.actor(), null, getLocale())).setHeader(getTranslation("log.actor"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("log.kind." + e.kind().name())).setHeader(getTranslation("log.kind"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(e -> SecurityEventText.subject(e.kind(), e.subject(), words))
                .setHeader(getTranslation("log.subject")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(e -> SecurityEventText.detail(e.kind(), e.detail(), words)).setHeader(getTranslation("log.detail"))
                .setFlexGrow(1);
        grid.setPageSize(50);
        CallbackDataProvider<SecurityEvent, Void> entries = DataProvider.fromCallbacks(
                q -> log.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, log.count(filter())));
        grid.setItems(entries);
        Runnable refresh = () -> {
            long n = log.count(filter());
            count.setText(n == 0 ? getTranslation("log.empty") : getTranslation("log.count", n));
            entries.refreshAll();
        };
        actor.addValueChangeListener(e -> refresh.run());
        kind.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        until.addValueChangeListener(e -> refresh.run());
        refresh.run();

        Div filters = new Div(actor, kind, from, until, count);
        filters.addClassName("labdesk-toolbar");
        add(filters, grid);
    }

    /** The filters as chosen; dates are whole days in the institution's zone, "until" included. */
    private SecurityLog.Filter filter() {
        LocalDate f = from.getValue();
        LocalDate u = until.getValue();
        return new SecurityLog.Filter(actor.getValue(), kind.getValue(),
                f == null ? null : f.atStartOfDay(zone).toInstant(),
                u == null ? null : u.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.securityLog") + " · LabDesk";
    }
}
