package io.labdesk.modules.audit.application;

import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.AuditStatus;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.Grade;
import io.labdesk.modules.audit.infrastructure.persistence.AuditRegister;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's internal audits as input to the management review (ISO/IEC 17025 §8.9.2 d, f): audits planned and done,
 * findings by clause and grade, their corrective actions open, overdue and verified effective.
 */
@ApplicationScoped
public class ManagementReview {

    @Inject
    AuditRegister register;

    @Inject
    CorrectiveActions actions;

    @Inject
    TenantModules modules;

    @Inject
    Institution institution;

    @Inject
    WorkingTime workingTime;

    /** One finding as the review lists it. */
    public record Row(String audit, String finding, String clause, Grade grade, String status, String action,
                      String actionStatus, LocalDate dueOn, boolean overdue, boolean effective) {
    }

    /** The year in figures and rows. */
    public record Summary(int year, long planned, long done, List<Row> findings) {

        public long openActions() {
            return findings.stream().filter(r -> r.action() != null && !"CLOSED".equals(r.actionStatus())).count();
        }

        public long overdueActions() {
            return findings.stream().filter(Row::overdue).count();
        }

        public long effective() {
            return findings.stream().filter(Row::effective).count();
        }
    }

    @Transactional
    public Summary of(int year) {
        modules.require(AuditModule.READ);
        List<Audit> audits = register.audits(year).stream().filter(a -> a.status() != AuditStatus.CANCELLED
                && a.status() != AuditStatus.PROPOSED).toList();
        long done = audits.stream().filter(a -> a.status() == AuditStatus.REPORTED
                || a.status() == AuditStatus.CLOSED).count();
        LocalDate today = LocalDate.now(workingTime.zone());
        List<Row> rows = new ArrayList<>();
        for (Audit a : audits) {
            for (Finding f : register.findings(a.id())) {
                CorrectiveActions.Summary action = actions.raisedBy(AuditModule.ID, f.id()).stream().findFirst()
                        .orElse(null);
                boolean open = action != null && action.status() != CorrectiveActions.Status.CLOSED;
                rows.add(new Row(a.number(), f.number(), f.clause(), f.grade(), f.status().name(),
                        action == null ? null : action.number(), action == null ? null : action.status().name(),
                        f.dueOn(), open && f.dueOn() != null && f.dueOn().isBefore(today),
                        f.status() == Finding.Status.CLOSED && f.grade().nonconformity()));
            }
        }
        return new Summary(year, audits.size(), done, rows);
    }

    public PrintedDocument pdf(Summary s, Locale locale) {
        PrintedDocument.Builder doc = PrintedDocument.titled(t(s.year() + " 年内部审核总结（管理评审输入）",
                "Internal audits " + s.year() + " (management review input)", locale));
        doc.paragraph(institution.name(locale))
                .field(t("计划审核", "Audits planned", locale), Long.toString(s.planned()))
                .field(t("已完成审核", "Audits done", locale), Long.toString(s.done()))
                .field(t("纠正措施未关闭", "Corrective actions open", locale), Long.toString(s.openActions()))
                .field(t("纠正措施逾期", "Corrective actions overdue", locale), Long.toString(s.overdueActions()))
                .field(t("验证有效并关闭的不符合", "Nonconformities verified effective", locale),
                        Long.toString(s.effective()));
        doc.heading(t("按条款和分级的发现", "Findings by clause and grade", locale));
        Map<String, long[]> byClause = new TreeMap<>();
        for (Row r : s.findings()) {
            byClause.computeIfAbsent(r.clause(), k -> new long[Grade.values().length])[r.grade().ordinal()]++;
        }
        List<String> headers = new ArrayList<>(List.of(t("条款", "Clause", locale)));
        for (Grade g : Grade.values()) {
            headers.add(g.text().in(locale));
        }
        doc.table(headers, byClause.entrySet().stream().map(e -> {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            for (long n : e.getValue()) {
                row.add(Long.toString(n));
            }
            return row;
        }).toList());
        doc.heading(t("发现及纠正措施", "Findings and their corrective actions", locale));
        doc.table(List.of(t("发现", "Finding", locale), t("条款", "Clause", locale), t("分级", "Grade", locale),
                t("纠正措施", "Action", locale), t("期限", "Due", locale), t("状态", "Status", locale)),
                s.findings().stream().map(r -> List.of(r.finding(), r.clause(), r.grade().text().in(locale),
                        r.action() == null ? "" : r.action() + " · " + r.actionStatus(),
                        r.dueOn() == null ? "" : r.dueOn().toString(),
                        r.effective() ? t("验证有效", "verified effective", locale) : r.overdue()
                                ? t("逾期", "overdue", locale) : r.status())).toList());
        return doc.build();
    }

    /** The rows of the findings sheet, under {@link #headers}. */
    public List<List<Object>> sheet(Summary s, Locale locale) {
        return s.findings().stream().map(r -> List.<Object>of(r.audit(), r.finding(), r.clause(),
                r.grade().text().in(locale), r.status(), r.action() == null ? "" : r.action(),
                r.actionStatus() == null ? "" : r.actionStatus(), r.dueOn() == null ? "" : r.dueOn(), r.overdue(),
                r.effective())).toList();
    }

    public List<String> headers(Locale locale) {
        return List.of(t("审核", "Audit", locale), t("发现", "Finding", locale), t("条款", "Clause", locale),
                t("分级", "Grade", locale), t("发现状态", "Finding status", locale), t("纠正措施", "Action", locale),
                t("措施状态", "Action status", locale), t("期限", "Due", locale), t("逾期", "Overdue", locale),
                t("验证有效", "Verified effective", locale));
    }

    private static String t(String zh, String en, Locale locale) {
        return Text.of(zh, en).in(locale);
    }
}
