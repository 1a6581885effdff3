package io.labdesk.platform.ui.admin.history;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.settings.SettingsChange;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Every change of the institution's settings, newest first: when, who (by name), what area, and per field that
 * changed its label, the value before and the value after, in the reader's words.
 */
@Route(value = "admin/settings-history", layout = MainLayout.class)
public class SettingsHistoryView extends Div implements HasDynamicTitle {

    @Inject
    public SettingsHistoryView(SettingsHistory history, CurrentTenant currentTenant, TenantSettings settings,
                               InstalledModules modules, StaffMembers members, RequestTypes types) {
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.settingsHistory")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(new Div(getTranslation("error.forbidden")));
            return;
        }
        var tenant = settings.current();
        ActorNames names = members.names();
        SettingsChangeText.Words words = new ReaderWords(this, getLocale(), names, types.names(getLocale()), modules);
        List<SettingsChange> changes = history.recent(null, 500);
        Div list = new Div();
        list.setId("settings-history");
        list.addClassName("labdesk-changes");
        if (changes.isEmpty()) {
            list.add(new Paragraph(getTranslation("history.empty")));
        }
        for (SettingsChange c : changes) {
            Div change = new Div();
            change.addClassNames("labdesk-card", "labdesk-change");
            Span area = new Span(area(c.area(), words));
            area.addClassName("labdesk-change-area");
            Span when = new Span(tenant.localTime(c.changedAt()) + " · " + names.of(c.actor(), null, getLocale()));
            when.addClassName("labdesk-hint");
            change.add(new Div(area, when));
            Div table = new Div();
            table.addClassName("labdesk-change-fields");
            for (String header : List.of("history.field", "history.before", "history.after")) {
                Span h = new Span(getTranslation(header));
                h.addClassName("labdesk-fact-label");
                table.add(h);
            }
            List<SettingsChangeText.FieldChange> fields = SettingsChangeText.of(c.area(), c.before(), c.after(), words);
            for (SettingsChangeText.FieldChange f : fields) {
                Span label = new Span(f.label());
                label.addClassName("labdesk-change-label");
                table.add(label, new Span(f.before()), new Span(f.after()));
            }
            if (fields.isEmpty()) {
                change.add(new Span(getTranslation("history.noFieldChanged")));
            } else {
                change.add(table);
            }
            list.add(change);
        }
        add(list);
    }

    private String area(String area, SettingsChangeText.Words words) {
        return area.startsWith("module:")
                ? getTranslation("history.area.module", words.moduleName(area.substring("module:".length())))
                : Optional.ofNullable(words.find("history.area." + area)).orElse(area);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settingsHistory") + " · LabDesk";
    }
}
