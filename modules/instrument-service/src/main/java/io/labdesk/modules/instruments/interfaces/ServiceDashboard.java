package io.labdesk.modules.instruments.interfaces;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.CaseKind;
import io.labdesk.modules.instruments.domain.ServiceFigures;
import io.labdesk.modules.instruments.domain.ServiceLevels;
import io.labdesk.modules.instruments.domain.Way;
import io.labdesk.platform.api.deadline.Timeliness;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instrument service section of the dashboard: cases opened, the share charged, proposals and on-site visits in
 * time, the repair cycles' median and 90th percentile against their targets, quotes accepted; cases by kind and by
 * way. Each number opens the cases it counts.
 */
@ApplicationScoped
public class ServiceDashboard implements DashboardFigures {

    @Inject
    ServiceCases cases;

    @Override
    public Text title() {
        return Text.of("仪器售后", "Instrument service");
    }

    @Override
    public String permission() {
        return InstrumentServiceModule.READ;
    }

    @Override
    public Section of(LocalDate from, LocalDate until) {
        ServiceCases.Figures f = cases.figures(from, until);
        ServiceFigures.Summary s = f.summary();
        List<Figure> figures = List.of(
                new Figure("instrument-cases-opened", Text.of("服务单", "Service cases"), Long.toString(s.opened()),
                        Text.of("本期开单", "opened in the period"), null,
                        link(from, until, ServiceFigures.Facet.OPENED, null)),
                new Figure("instrument-cases-charged", Text.of("收费占比", "Charged"), percent(s.opened(), s.chargeable()),
                        Text.of(s.opened() + " 件中收费 " + s.chargeable() + " 件，其余保修",
                                s.chargeable() + " of " + s.opened() + " charged, the rest under warranty"), null,
                        link(from, until, ServiceFigures.Facet.CHARGEABLE, null)),
                onTime("instrument-proposals-on-time", Text.of("按时提出方案", "Solutions proposed in time"),
                        f.timeliness().get(ServiceLevels.PROPOSAL)),
                onTime("instrument-on-site-on-time", Text.of("按时上门", "On site in time"),
                        f.timeliness().get(ServiceLevels.ON_SITE)),
                new Figure("instrument-first-visit-fix", Text.of("一次上门修复率", "Fixed on the first visit"),
                        percent(s.visited(), s.firstVisitFixed()), Text.of("上门完成 " + s.visited() + " 件中一次修复 "
                        + s.firstVisitFixed() + " 件", s.firstVisitFixed() + " of " + s.visited()
                        + " visits fixed without waiting for parts"), null,
                        link(from, until, ServiceFigures.Facet.VISITED, null)),
                cycle("instrument-parts-cycle", Text.of("配件维修周期", "Repairs with parts"), s.partsRepair(),
                        f.partsRepairDays()),
                cycle("instrument-factory-cycle", Text.of("返厂维修周期", "Factory returns"), s.factoryReturn(),
                        f.factoryReturnDays()),
                new Figure("instrument-quotes-accepted", Text.of("报价接受率", "Quotes accepted"),
                        percent(f.quoted(), f.quotesAccepted()), Text.of("报价 " + f.quoted() + " 件中接受 "
                        + f.quotesAccepted() + " 件", f.quotesAccepted() + " of " + f.quoted() + " quotes accepted"),
                        null, "service-cases"));
        List<Bar> byKind = new ArrayList<>();
        for (CaseKind k : CaseKind.values()) {
            byKind.add(new Bar(k.label(), s.byKind().getOrDefault(k, 0L),
                    link(from, until, ServiceFigures.Facet.KIND, k.name())));
        }
        List<Bar> byWay = new ArrayList<>();
        for (Way w : Way.values()) {
            byWay.add(new Bar(w.label(), s.byWay().getOrDefault(w, 0L),
                    link(from, until, ServiceFigures.Facet.WAY, w.name())));
        }
        return new Section(figures, List.of(new Breakdown("instrument-cases-by-kind", Text.of("按类型", "By kind"),
                byKind), new Breakdown("instrument-cases-by-way", Text.of("按服务方式", "By way"), byWay)));
    }

    private static Figure cycle(String id, Text label, ServiceFigures.Cycles c, int targetDays) {
        return new Figure(id, label, c.medianDays() == null ? "—" : String.format(Locale.ROOT, "%.1f / %.1f",
                c.medianDays(), c.p90Days()), Text.of("中位数 / 90% 分位（天），目标 " + targetDays + " 个工作日，完成 "
                        + c.done() + " 件", "median / 90th percentile (days), target " + targetDays
                        + " working days, " + c.done() + " done"),
                c.p90Days() == null ? null : c.p90Days() <= targetDays, "service-cases");
    }

    private static Figure onTime(String id, Text label, Timeliness t) {
        return new Figure(id, label, t == null || t.percent() == null ? "—"
                : String.format(Locale.ROOT, "%.1f %%", t.percent()), t == null ? Text.of("本期无到期", "none due")
                : Text.of("已到期 " + t.decided() + " 件中按时 " + t.inTime() + " 件", t.inTime() + " of "
                + t.decided() + " due were in time"), t == null || t.percent() == null ? null : t.percent() >= 95,
                "service-cases");
    }

    private static String percent(long of, long part) {
        return of == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / of);
    }

    static String link(LocalDate from, LocalDate until, ServiceFigures.Facet facet, String value) {
        return "service-cases?from=" + from + "&until=" + until + "&facet=" + facet.name()
                + (value == null ? "" : "&value=" + value);
    }
}
