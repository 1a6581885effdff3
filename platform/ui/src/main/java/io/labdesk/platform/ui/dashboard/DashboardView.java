package io.labdesk.platform.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.core.capa.ActionRegister;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.kpi.Period;
import io.labdesk.platform.core.kpi.RequestKpis;
import io.labdesk.platform.core.module.ModuleDashboards;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.api.ui.EChart;
import io.labdesk.platform.ui.requests.RequestExportLink;
import io.labdesk.platform.ui.requests.RequestList;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The service dashboard (P6, P11): for a period, requests received, response timeliness and on-time delivery against
 * the goals, median and 90th-percentile times, the weekly trend and the split by type. Every number and every bar
 * lists the requests behind it, which open and export like any list.
 */
@Route(value = "dashboard", layout = MainLayout.class)
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final RequestKpis kpis;
    private final ModuleDashboards moduleDashboards;
    private final Div moduleSections = new Div();
    private final ActionRegister actions;
    private final Tenant tenant;
    private final Map<String, String> typeNames = new HashMap<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div cards = new Div();
    private final EChart trend = new EChart();
    private final EChart byType = new EChart();
    private final H3 drillTitle = new H3();
    private final RequestList drill;
    private final Div drillExport = new Div();
    private Period period;
    private boolean settingPeriod;

    @Inject
    public DashboardView(RequestKpis kpis, RequestTypes types, TenantSettings settings, ActionRegister actions,
                         ModuleDashboards moduleDashboards) {
        this.actions = actions;
        this.moduleDashboards = moduleDashboards;
        this.kpis = kpis;
        this.tenant = settings.current();
        for (RequestType t : types.list()) {
            typeNames.put(t.code(), t.name(getLocale()));
        }
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.dashboard")));

        from.setId("period-from");
        from.setLabel(getTranslation("dashboard.from"));
        to.setId("period-to");
        to.setLabel(getTranslation("dashboard.to"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div toolbar = new Div(from, to);
        toolbar.addClassName("labdesk-toolbar");

        cards.setId("kpi-cards");
        cards.addClassName("labdesk-cards");
        trend.setId("chart-trend");
        byType.setId("chart-type");
        trend.addItemClickListener((series, week) -> show(RequestKpis.Facet.WEEK, week,
                getTranslation("dashboard.week", week)));
        byType.addItemClickListener((series, name) -> typeNames.entrySet().stream()
                .filter(e -> e.getValue().equals(name)).findFirst()
                .ifPresent(e -> show(RequestKpis.Facet.TYPE, e.getKey(), name)));
        Div charts = new Div(panel(getTranslation("dashboard.trend"), trend),
                panel(getTranslation("dashboard.byType"), byType));
        charts.addClassName("labdesk-charts");

        drill = new RequestList(tenant);
        drill.setId("drill-grid");
        drillTitle.setId("drill-title");
        drillTitle.setVisible(false);
        drill.setVisible(false);
        moduleSections.setId("module-sections");
        add(toolbar, cards, charts, moduleSections, drillTitle, drillExport, drill);
    }

    /** The period from the address ({@code ?from=2026-03-01&to=2026-03-31}, both days included) or this month. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Period month = Period.monthOf(LocalDate.now(ZoneId.of(tenant.timeZone())));
        settingPeriod = true;
        from.setValue(date(parameters.get("from")).orElse(month.from()));
        to.setValue(date(parameters.get("to")).orElse(month.to().minusDays(1)));
        settingPeriod = false;
        refresh();
    }

    private static Optional<LocalDate> date(List<String> values) {
        try {
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(values.get(0)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        if (settingPeriod || from.getValue() == null || to.getValue() == null) {
            return;
        }
        RequestKpis.Summary[] summary = new RequestKpis.Summary[1];
        if (!Problems.attempt(getLocale(), Map.of("to", to), () -> {
            period = new Period(from.getValue(), to.getValue().plusDays(1));
            summary[0] = kpis.summary(period);
        })) {
            return;
        }
        RequestKpis.Summary s = summary[0];
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "dashboard?from=" + from.getValue() + "&to=" + to.getValue()));
        cards.removeAll();
        cards.add(card("received", String.valueOf(s.received()), null, RequestKpis.Facet.RECEIVED),
                rateCard("response", s.response(), RequestKpis.Facet.RESPONSE_LATE),
                rateCard("delivery", s.delivery(), RequestKpis.Facet.DELIVERY_LATE),
                card("responseTime", hours(s.medianResponseHours()) + " / " + hours(s.p90ResponseHours()),
                        getTranslation("dashboard.medianP90"), RequestKpis.Facet.RESPONSE_ON_TIME),
                card("resolutionTime", hours(s.medianResolutionHours()) + " / " + hours(s.p90ResolutionHours()),
                        getTranslation("dashboard.medianP90"), RequestKpis.Facet.RECEIVED),
                actionsCard());
        trend.setOption(trendOption(s));
        byType.setOption(typeOption(s));
        moduleSections.removeAll();
        moduleDashboards.of(period).forEach(m -> moduleSections.add(moduleSection(m)));
        drill.setVisible(false);
        drillTitle.setVisible(false);
        drillExport.removeAll();
    }

    private Component rateCard(String key, RequestKpis.Rate rate, RequestKpis.Facet late) {
        String value = rate.percent() == null ? "—" : String.format(Locale.ROOT, "%.1f %%", rate.percent());
        Div card = card(key, value, getTranslation("dashboard.rateDetail", rate.onTime(), rate.decided(),
                rate.goalPercent()), late);
        card.addClassName(rate.meetsGoal() ? "labdesk-card-good" : "labdesk-card-bad");
        return card;
    }

    /** Corrective actions not yet closed, and how many are overdue; clicking lists the overdue ones. */
    private Div actionsCard() {
        long overdue = actions.overdueCount();
        Span number = new Span(String.valueOf(actions.openCount()));
        number.setId("kpi-openActions");
        number.addClassName("labdesk-card-number");
        Span detail = new Span(getTranslation("dashboard.actionsOverdue", overdue));
        detail.setId("kpi-actionsOverdue");
        detail.addClassName("labdesk-hint");
        Div card = new Div(new Span(getTranslation("dashboard.kpi.openActions")), number, detail);
        card.addClassNames("labdesk-card", "labdesk-kpi", overdue > 0 ? "labdesk-card-bad" : "labdesk-card-good");
        card.getElement().setAttribute("role", "button");
        card.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("actions",
                com.vaadin.flow.router.QueryParameters.simple(Map.of("overdue", "")))));
        return card;
    }

    /** A number with its label; clicking it lists the requests behind it. */
    private Div card(String key, String value, String detail, RequestKpis.Facet facet) {
        String label = getTranslation("dashboard.kpi." + key);
        return card(key, label, value, detail, () -> show(facet, null, label));
    }

    /** A number ({@code kpi-<id>}) with its label and a line of detail; clicking it opens what stands behind it. */
    private static Div card(String id, String label, String value, String detail, Runnable open) {
        Span number = new Span(value);
        number.setId("kpi-" + id);
        number.addClassName("labdesk-card-number");
        Div card = new Div(new Span(label), number);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("labdesk-hint");
            card.add(d);
        }
        card.addClassNames("labdesk-card", "labdesk-kpi");
        card.getElement().setAttribute("role", "button");
        card.addClickListener(e -> open.run());
        return card;
    }

    private void show(RequestKpis.Facet facet, String value, String title) {
        List<ServiceRequest> behind = kpis.behind(period, facet, value, 1000);
        drillTitle.setText(getTranslation("dashboard.behind", title, behind.size()));
        drillTitle.setVisible(true);
        drill.setItems(behind);
        drill.setVisible(true);
        drillExport.removeAll();
        drillExport.add(RequestExportLink.of(this, ZoneId.of(tenant.timeZone()), () -> behind, "labdesk-" + facet.name().toLowerCase(Locale.ROOT)));
        drillTitle.scrollIntoView();
    }

    private String trendOption(RequestKpis.Summary s) {
        JsonArrayBuilder weeks = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder onTime = Json.createArrayBuilder();
        for (RequestKpis.Week w : s.weeks()) {
            weeks.add(w.start().toString());
            received.add(w.received());
            if (w.response().percent() == null) {
                onTime.addNull();
            } else {
                onTime.add(Math.round(w.response().percent() * 10) / 10.0);
            }
        }
        return Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder())
                .add("grid", Json.createObjectBuilder().add("left", 40).add("right", 40).add("bottom", 30))
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", weeks))
                .add("yAxis", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "value").add("minInterval", 1))
                        .add(Json.createObjectBuilder().add("type", "value").add("max", 100)))
                .add("series", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", getTranslation("dashboard.kpi.received"))
                                .add("type", "bar").add("data", received))
                        .add(Json.createObjectBuilder().add("name", getTranslation("dashboard.kpi.response"))
                                .add("type", "line").add("yAxisIndex", 1).add("data", onTime)))
                .build().toString();
    }

    private String typeOption(RequestKpis.Summary s) {
        Map<String, Long> bars = new java.util.LinkedHashMap<>();
        s.byType().forEach((code, count) -> bars.put(typeNames.getOrDefault(code, code), count));
        return horizontalBars(getTranslation("request.type"), bars);
    }

    /** A bar chart of counts by name, longest names on the left. */
    private static String horizontalBars(String series, Map<String, Long> bars) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        bars.forEach((name, count) -> {
            names.add(name);
            counts.add(count);
        });
        return Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder())
                .add("grid", Json.createObjectBuilder().add("left", 180).add("right", 30).add("bottom", 30))
                .add("xAxis", Json.createObjectBuilder().add("type", "value").add("minInterval", 1))
                .add("yAxis", Json.createObjectBuilder().add("type", "category").add("data", names))
                .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", series).add("type", "bar").add("data", counts)))
                .build().toString();
    }

    /** A module's figures: cards and bar charts, each opening the module's list of what it counts. */
    private Component moduleSection(ModuleDashboards.Shown shown) {
        Div figures = new Div();
        figures.addClassName("labdesk-cards");
        for (DashboardFigures.Figure f : shown.section().figures()) {
            Div card = card(f.id(), f.label().in(getLocale()), f.value(),
                    f.detail() == null ? null : f.detail().in(getLocale()), () -> open(f.link()));
            if (f.good() != null) {
                card.addClassName(f.good() ? "labdesk-card-good" : "labdesk-card-bad");
            }
            figures.add(card);
        }
        Div charts = new Div();
        charts.addClassName("labdesk-charts");
        for (DashboardFigures.Breakdown b : shown.section().breakdowns()) {
            EChart chart = new EChart();
            chart.setId("chart-" + b.id());
            chart.setOption(barOption(b));
            chart.addItemClickListener((series, name) -> b.bars().stream()
                    .filter(bar -> bar.label().in(getLocale()).equals(name)).findFirst()
                    .ifPresent(bar -> open(bar.link())));
            charts.add(panel(b.title().in(getLocale()), chart));
        }
        Div section = new Div(new H3(shown.title().in(getLocale())), figures, charts);
        section.setId("module-section-" + shown.module());
        return section;
    }

    private String barOption(DashboardFigures.Breakdown b) {
        Map<String, Long> bars = new java.util.LinkedHashMap<>();
        b.bars().forEach(bar -> bars.put(bar.label().in(getLocale()), bar.count()));
        return horizontalBars(b.title().in(getLocale()), bars);
    }

    /** A module's link: its view's path and query. */
    private void open(String link) {
        int query = link.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(query < 0 ? link : link.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(link.substring(query + 1))));
    }

    private static Div panel(String title, EChart chart) {
        Div panel = new Div(new H3(title), chart);
        panel.addClassName("labdesk-card");
        return panel;
    }

    private String hours(Double h) {
        return h == null ? "—" : getTranslation("dashboard.hours", String.format(Locale.ROOT, "%.1f", h));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · LabDesk";
    }
}
