package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.ComplaintFigures;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.ComplaintVocabulary;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The complaints section of the dashboard: received, acknowledged in time, answered in time, upheld, major ones
 * still open, by type and by channel; each number opens the register filtered to the complaints it counts.
 */
@ApplicationScoped
public class ComplaintDashboard implements DashboardFigures {

    @Inject
    ComplaintFiles files;

    @Inject
    TenantModules modules;

    @Override
    public Text title() {
        return Text.of("投诉", "Complaints");
    }

    @Override
    public String permission() {
        return ComplaintsModule.READ;
    }

    @Override
    public Section of(LocalDate from, LocalDate until) {
        ComplaintFigures.Summary s = files.figures(from, until);
        long goal = modules.settings(ComplaintsModule.ID).number("goalPercent");
        List<Figure> figures = List.of(
                new Figure("complaints-received", Text.of("收到投诉", "Complaints received"),
                        Long.toString(s.received()), Text.of("其中不予受理 " + s.refused(), s.refused()
                        + " not accepted"), null, link(from, until, ComplaintFigures.Facet.RECEIVED, null)),
                rate("complaints-acknowledged", Text.of("及时确认率", "Acknowledged in time"), s.acknowledged(), goal,
                        link(from, until, ComplaintFigures.Facet.ACKNOWLEDGED_LATE, null)),
                rate("complaints-answered", Text.of("按时答复率", "Answered in time"), s.answered(), goal,
                        link(from, until, ComplaintFigures.Facet.ANSWERED_LATE, null)),
                new Figure("complaints-upheld", Text.of("投诉成立率", "Upheld"), percent(s.decided() == 0 ? null
                        : 100.0 * s.upheld() / s.decided()), Text.of("已决定 " + s.decided() + " 件中成立 " + s.upheld()
                        + " 件", s.upheld() + " of " + s.decided() + " decided"), null,
                        link(from, until, ComplaintFigures.Facet.UPHELD, null)),
                new Figure("complaints-major-open", Text.of("未结重大投诉", "Major complaints open"),
                        Long.toString(s.majorOpen()), Text.of("跟踪至结案", "Tracked until closed"),
                        s.majorOpen() == 0, link(from, until, ComplaintFigures.Facet.MAJOR_OPEN, null)));
        List<Bar> byNature = new ArrayList<>();
        for (ComplaintKinds.Nature n : ComplaintKinds.Nature.values()) {
            // Short names: the chart's axis has room for a word, not the kind's whole description.
            byNature.add(new Bar(n == ComplaintKinds.Nature.TECHNICAL ? Text.of("技术类", "Technical")
                    : Text.of("程序类", "Procedural"), s.byNature().getOrDefault(n, 0L),
                    link(from, until, ComplaintFigures.Facet.NATURE, n.name())));
        }
        byNature.add(new Bar(Text.of("未分类", "Not classified"), s.unclassified(),
                link(from, until, ComplaintFigures.Facet.NATURE, "NONE")));
        List<Bar> byChannel = new ArrayList<>();
        for (ComplaintKinds.Channel c : ComplaintKinds.Channel.values()) {
            byChannel.add(new Bar(ComplaintVocabulary.of(c), s.byChannel().getOrDefault(c, 0L),
                    link(from, until, ComplaintFigures.Facet.CHANNEL, c.name())));
        }
        return new Section(figures, List.of(new Breakdown("complaints-by-type", Text.of("按类型", "By type"), byNature),
                new Breakdown("complaints-by-channel", Text.of("按渠道", "By channel"), byChannel)));
    }

    private static Figure rate(String id, Text label, ComplaintFigures.Rate rate, long goal, String lateLink) {
        return new Figure(id, label, percent(rate.percent()), Text.of("已到期 " + rate.decided() + " 件中按时 "
                + rate.onTime() + " 件；目标 " + goal + " %", rate.onTime() + " of " + rate.decided()
                + " due were in time; goal " + goal + " %"), rate.percent() == null ? null : rate.percent() >= goal,
                lateLink);
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** The register, filtered to what a number counts. */
    static String link(LocalDate from, LocalDate until, ComplaintFigures.Facet facet, String value) {
        return "complaints?from=" + from + "&until=" + until + "&facet=" + facet.name()
                + (value == null ? "" : "&value=" + value);
    }
}
