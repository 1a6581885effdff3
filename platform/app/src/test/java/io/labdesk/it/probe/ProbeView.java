package io.labdesk.it.probe;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.ui.EChart;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/**
 * The probe's page: its greeting (a setting), the latest notes and a chart of them by kind; opened from a request's
 * page ({@code ?request=SR-…}) the notes about that request, with the request's facts and a link back to it.
 */
public class ProbeView extends Div implements BeforeEnterObserver {

    private final TenantModules modules;
    private final ProbeNotes notes;
    private final RequestDirectory requests;

    @Inject
    public ProbeView(TenantModules modules, ProbeNotes notes, RequestDirectory requests) {
        this.modules = modules;
        this.notes = notes;
        this.requests = requests;
        setId("probe-view");
        addClassName("labdesk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ModuleSettings settings = modules.settings(ProbeModule.ID);
        H2 greeting = new H2(settings.text("greeting"));
        greeting.setId("probe-greeting");
        add(greeting);
        event.getLocation().getQueryParameters().getSingleParameter("request").flatMap(requests::byNumber)
                .ifPresentOrElse(this::about, () -> latest((int) settings.number("limit")));
    }

    private void latest(int limit) {
        UnorderedList list = new UnorderedList();
        list.setId("probe-notes");
        notes.list(limit).forEach(n -> list.add(new ListItem(n)));
        add(list, chart(notes.countByKind()));
    }

    /** The request as the module reads it, its notes, and the way back to its page. */
    private void about(RequestDirectory.Request request) {
        Paragraph facts = new Paragraph(request.number() + " · " + request.type().in(getLocale()) + " · "
                + request.statusName().in(getLocale()) + " · " + request.contact().name());
        facts.setId("probe-request");
        Anchor back = new Anchor(request.link(), request.number());
        back.setId("probe-request-link");
        UnorderedList list = new UnorderedList();
        list.setId("probe-notes");
        notes.about(request.number()).forEach(n -> list.add(new ListItem(n)));
        add(facts, back, list);
    }

    private static EChart chart(Map<String, Long> counts) {
        JsonArrayBuilder kinds = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        counts.forEach((kind, count) -> {
            kinds.add(kind);
            values.add(count);
        });
        EChart chart = new EChart();
        chart.setId("probe-chart");
        chart.setHeight("200px");
        chart.setOption(Json.createObjectBuilder()
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", kinds))
                .add("yAxis", Json.createObjectBuilder().add("type", "value"))
                .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "bar")
                        .add("name", "notes").add("data", values)))
                .build().toString());
        return chart;
    }
}
