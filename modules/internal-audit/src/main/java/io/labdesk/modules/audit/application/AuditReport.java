package io.labdesk.modules.audit.application;

import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.ClauseLibrary;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.Grade;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The audit report (ISO 19011 §6.5.2) in a language: scope and criteria, team, dates, summary, the findings by grade
 * and clause with their corrective actions, and the conclusion, as the lead auditor issued it.
 */
@ApplicationScoped
public class AuditReport {

    @Inject
    Institution institution;

    @Inject
    StaffDirectory staff;

    public PrintedDocument of(Audits.Detail d, ClauseLibrary library, Locale locale) {
        Audit a = d.audit();
        PrintedDocument.Builder doc = PrintedDocument.titled(t("内部审核报告", "Internal audit report", locale));
        doc.paragraph(institution.name(locale))
                .field(t("编号", "Number", locale), a.number())
                .field(t("审核", "Audit", locale), a.title())
                .field(t("审核准则", "Criteria", locale), t("ISO/IEC 17025:2017（CNAS-CL01:2018）及本机构管理体系文件",
                        "ISO/IEC 17025:2017 (CNAS-CL01:2018) and the institution's management system documents",
                        locale))
                .field(t("受审期间", "Audited period", locale), a.periodFrom() + " – " + a.periodUntil())
                .field(t("审核组长", "Lead auditor", locale), name(a.leadAuditor()))
                .field(t("审核组成员", "Team", locale), a.team().stream().map(this::name)
                        .collect(Collectors.joining(t("、", ", ", locale))))
                .field(t("首次会议", "Opening meeting", locale), String.valueOf(a.openedOn()))
                .field(t("末次会议", "Closing meeting", locale), String.valueOf(a.closedOn()));
        doc.heading(t("审核范围", "Scope", locale));
        doc.table(List.of(t("条款", "Clause", locale), t("结果", "Result", locale)), d.checklist().stream()
                .map(i -> List.of(library.find(i.clause()).map(c -> c.label(locale)).orElse(i.clause()),
                        i.result() == null ? "" : i.result().text().in(locale))).toList(), List.of(3f, 1f));
        if (!a.areas().isEmpty()) {
            doc.field(t("区域", "Areas", locale), String.join(", ", a.areas()));
        }
        doc.heading(t("概述", "Summary", locale)).paragraph(a.summary() == null ? "" : a.summary());
        doc.heading(t("发现", "Findings", locale));
        List<Finding> findings = new ArrayList<>(d.findings());
        findings.sort(Comparator.comparing(Finding::grade).thenComparing(Finding::clause));
        if (findings.isEmpty()) {
            doc.paragraph(t("未发现不符合。", "No findings.", locale));
        } else {
            for (Grade g : Grade.values()) {
                long n = findings.stream().filter(f -> f.grade() == g).count();
                if (n > 0) {
                    doc.field(g.text().in(locale), Long.toString(n));
                }
            }
            doc.table(List.of(t("编号", "Number", locale), t("分级", "Grade", locale), t("条款", "Clause", locale),
                            t("发现与证据", "Finding and evidence", locale), t("纠正措施", "Corrective action", locale)),
                    findings.stream().map(f -> List.of(f.number(), f.grade().text().in(locale), f.clause(),
                            f.statement() + " — " + f.evidence(), f.actionNumber() == null ? ""
                                    : f.actionNumber() + " · " + name(f.owner()) + " · " + f.dueOn())).toList(),
                    List.of(2.4f, 1.5f, 0.8f, 3.6f, 2.6f));
        }
        doc.heading(t("结论", "Conclusion", locale)).paragraph(a.conclusion() == null ? "" : a.conclusion());
        return doc.build();
    }

    private String name(String username) {
        return username == null ? "" : staff.find(username).map(StaffDirectory.StaffMember::displayName)
                .orElse(username);
    }

    private static String t(String zh, String en, Locale locale) {
        return Text.of(zh, en).in(locale);
    }
}
