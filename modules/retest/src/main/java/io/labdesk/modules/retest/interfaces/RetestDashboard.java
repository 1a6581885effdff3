package io.labdesk.modules.retest.interfaces;

import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.Cause;
import io.labdesk.modules.retest.domain.CauseClass;
import io.labdesk.modules.retest.domain.RetestFigures;
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
 * The retests section of the dashboard: cases opened, the share at the institution's fault, the share agreeing,
 * decisions and retests on time, by class and by cause; each number opens the list of the cases it counts.
 */
@ApplicationScoped
public class RetestDashboard implements DashboardFigures {

    @Inject
    RetestCases cases;

    @Override
    public Text title() {
        return Text.of("复测", "Retests");
    }

    @Override
    public String permission() {
        return RetestModule.READ;
    }

    @Override
    public Section of(LocalDate from, LocalDate until) {
        RetestCases.Figures f = cases.figures(from, until);
        RetestFigures.Summary s = f.summary();
        List<Figure> figures = List.of(
                new Figure("retests-opened", Text.of("复测申请", "Retests asked for"), Long.toString(s.opened()),
                        Text.of("本期收到", "received in the period"), null,
                        link(from, until, RetestFigures.Facet.OPENED, null)),
                new Figure("retests-at-fault", Text.of("本机构原因占比", "At the institution's fault"),
                        percent(s.concluded(), s.atFault()), Text.of("已结案 " + s.concluded() + " 件中 " + s.atFault()
                        + " 件", s.atFault() + " of " + s.concluded() + " concluded"), null,
                        link(from, until, RetestFigures.Facet.INSTITUTION_AT_FAULT, null)),
                new Figure("retests-agreed", Text.of("复测结果一致率", "Retests agreeing"),
                        percent(s.compared(), s.agreed()), Text.of("已比对 " + s.compared() + " 件中一致 " + s.agreed()
                        + " 件", s.agreed() + " of " + s.compared() + " compared"), null,
                        link(from, until, RetestFigures.Facet.AGREED, null)),
                onTime("retests-decided-on-time", Text.of("按时决定率", "Decided in time"), f.decisions()),
                onTime("retests-done-on-time", Text.of("按时完成复测率", "Retested in time"), f.retests()));
        List<Bar> byClass = new ArrayList<>();
        for (CauseClass c : CauseClass.values()) {
            byClass.add(new Bar(shortName(c), s.byClass().getOrDefault(c, 0L),
                    link(from, until, RetestFigures.Facet.CLASS, c.name())));
        }
        List<Bar> byCause = new ArrayList<>();
        for (Cause c : f.catalogue()) {
            long n = s.byCause().getOrDefault(c.code(), 0L);
            if (n > 0) {
                byCause.add(new Bar(c.name(), n, link(from, until, RetestFigures.Facet.CAUSE, c.code())));
            }
        }
        return new Section(figures, List.of(new Breakdown("retests-by-class", Text.of("按类别", "By class"), byClass),
                new Breakdown("retests-by-cause", Text.of("按原因", "By cause"), byCause)));
    }

    private static Text shortName(CauseClass c) {
        return switch (c) {
            case INSTITUTION_AT_FAULT -> Text.of("本机构原因", "Our fault");
            case CUSTOMER_SIDE -> Text.of("客户原因", "Customer's side");
            case NEGOTIATED -> Text.of("协商", "Negotiated");
        };
    }

    private static Figure onTime(String id, Text label, Timeliness t) {
        return new Figure(id, label, t == null || t.percent() == null ? "—"
                : String.format(Locale.ROOT, "%.1f %%", t.percent()), t == null ? Text.of("本期无到期", "none due")
                : Text.of("已到期 " + t.decided() + " 件中按时 " + t.inTime() + " 件", t.inTime() + " of "
                + t.decided() + " due were in time"), t == null || t.percent() == null ? null : t.percent() >= 95,
                "retests");
    }

    private static String percent(long of, long part) {
        return of == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / of);
    }

    /** The list of cases, filtered to what a number counts. */
    static String link(LocalDate from, LocalDate until, RetestFigures.Facet facet, String value) {
        return "retests?from=" + from + "&until=" + until + "&facet=" + facet.name()
                + (value == null ? "" : "&value=" + value);
    }
}
