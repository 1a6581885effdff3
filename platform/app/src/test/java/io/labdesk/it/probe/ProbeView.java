package io.labdesk.it.probe;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import jakarta.inject.Inject;

/** The probe's page: its greeting (a setting) and the latest notes. */
public class ProbeView extends Div {

    @Inject
    public ProbeView(TenantModules modules, ProbeNotes notes) {
        setId("probe-view");
        addClassName("labdesk-page");
        ModuleSettings settings = modules.settings(ProbeModule.ID);
        H2 greeting = new H2(settings.text("greeting"));
        greeting.setId("probe-greeting");
        UnorderedList list = new UnorderedList();
        notes.list((int) settings.number("limit")).forEach(n -> list.add(new ListItem(n)));
        add(greeting, list);
    }
}
