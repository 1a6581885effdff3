package io.labdesk.modules.audit.interfaces;

import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.application.Audits;
import io.labdesk.modules.audit.domain.Grade;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The internal-audit section of the dashboard, for the year the period ends in: audits done of those planned,
 * coverage gaps, open findings by grade and corrective actions overdue; each opens the programme of that year.
 */
@ApplicationScoped
public class AuditDashboard implements DashboardFigures {

    @Inject
    Audits audits;

    @Override
    public Text title() {
        return Text.of("内部审核", "Internal audits");
    }

    @Override
    public String permission() {
        return AuditModule.READ;
    }

    @Override
    public Section of(LocalDate from, LocalDate until) {
        int year = until.minusDays(1).getYear();
        Audits.Figures f = audits.figures(year);
        String link = "audits?year=" + year;
        List<Figure> figures = List.of(
                new Figure("audits-done", Text.of("已完成审核", "Audits done"), f.done() + " / " + f.planned(),
                        Text.of(year + " 年方案中已完成 / 已计划", "done / planned in the " + year + " programme"),
                        f.planned() == 0 ? null : f.done() >= f.planned(), link),
                new Figure("audits-gaps", Text.of("覆盖缺口", "Coverage gaps"), Long.toString(f.gaps()),
                        Text.of("12 个月内未审核的条款或区域", "clauses or areas not audited within 12 months"),
                        f.gaps() == 0, link),
                new Figure("audits-open-findings", Text.of("未关闭的不符合项", "Open nonconformities"),
                        Long.toString(f.openByGrade().values().stream().mapToLong(Long::longValue).sum()),
                        Text.of("待纠正并验证", "to correct and verify"), null, link),
                new Figure("audits-overdue", Text.of("逾期纠正措施", "Actions overdue"), Long.toString(f.overdue()),
                        Text.of("已过期限仍未关闭", "past their due date, not closed"), f.overdue() == 0, link));
        List<Bar> byGrade = new ArrayList<>();
        for (Grade g : Grade.values()) {
            if (g.nonconformity()) {
                byGrade.add(new Bar(g.text(), f.openByGrade().getOrDefault(g, 0L), link));
            }
        }
        return new Section(figures, List.of(new Breakdown("audits-open-by-grade", Text.of("未关闭发现（按分级）",
                "Open findings by grade"), byGrade)));
    }
}
