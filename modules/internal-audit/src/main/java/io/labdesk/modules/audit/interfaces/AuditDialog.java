package io.labdesk.modules.audit.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.application.Audits;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.AuditStatus;
import io.labdesk.modules.audit.domain.ChecklistItem;
import io.labdesk.modules.audit.domain.ClauseLibrary;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.Grade;
import io.labdesk.modules.audit.domain.GradeRules;
import io.labdesk.modules.audit.domain.ItemResult;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One audit: its scope and team, the meetings, the checklist with its progress, the findings with their corrective
 * actions and verification; each step offered to whom it belongs while the audit stands where it is taken.
 */
class AuditDialog extends Dialog {

    private final Audits audits;
    private final TenantModules modules;
    private final Words words;
    private final UUID id;
    private final Runnable changed;
    private final String me;
    private final java.util.function.Function<Audits.Detail, byte[]> reportPdf;
    private final Div body = new Div();

    AuditDialog(Audits audits, TenantModules modules, Words words, String me, UUID id, Runnable changed,
                java.util.function.Function<Audits.Detail, byte[]> reportPdf) {
        this.reportPdf = reportPdf;
        this.me = me;
        this.audits = audits;
        this.modules = modules;
        this.words = words;
        this.id = id;
        this.changed = changed;
        setId("audit-dialog");
        setWidth("72rem");
        add(body);
        getFooter().add(new Button(words.t("关闭", "Close"), e -> close()));
        show();
    }

    private void reload() {
        show();
        changed.run();
    }

    private void show() {
        body.removeAll();
        Audits.Detail d = audits.detail(id);
        Audit a = d.audit();
        ClauseLibrary library = audits.library();
        setHeaderTitle(a.number() + " · " + a.title());
        Div facts = new Div();
        facts.setId("audit-facts");
        facts.add(line(words.t("状态", "Status"), words.of(a.status().text())),
                line(words.t("计划月份", "Planned"), a.plannedMonth().toString()),
                line(words.t("受审期间", "Audited period"), a.periodFrom() + " – " + a.periodUntil()),
                line(words.t("条款", "Clauses"), String.join(words.t("；", "; "), a.clauses().stream()
                        .map(n -> AuditsView.clauseLabel(library, n, words)).toList())),
                line(words.t("区域", "Areas"), String.join(" ", a.areas())),
                line(words.t("审核组长", "Lead auditor"), words.name(a.leadAuditor())),
                line(words.t("审核组成员", "Team"), words.names(a.team())));
        if (a.originReference() != null) {
            facts.add(line(words.t("提出依据", "Asked for by"), a.originReference()));
        }
        if (a.openedOn() != null) {
            facts.add(line(words.t("首次会议", "Opening meeting"), a.openedOn().toString()));
        }
        if (a.closedOn() != null) {
            facts.add(line(words.t("末次会议", "Closing meeting"), a.closedOn().toString()));
        }
        if (a.summary() != null) {
            facts.add(line(words.t("概述", "Summary"), a.summary()), line(words.t("结论", "Conclusion"),
                    a.conclusion()));
            com.vaadin.flow.component.html.Anchor pdf = new com.vaadin.flow.component.html.Anchor(
                    com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(e -> {
                        byte[] bytes = reportPdf.apply(audits.detail(id));
                        return new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(bytes), a.number() + ".pdf", "application/pdf",
                                bytes.length);
                    }), words.t("审核报告（PDF）", "Audit report (PDF)"));
            pdf.setId("audit-report-pdf");
            facts.add(new Div(pdf));
        }
        body.add(facts, actions(d));
        if (!d.checklist().isEmpty()) {
            body.add(checklist(d, library));
        }
        if (!d.findings().isEmpty() || a.status() == AuditStatus.IN_PROGRESS) {
            body.add(findings(d, library));
        }
    }

    private HorizontalLayout actions(Audits.Detail d) {
        Audit a = d.audit();
        boolean onTeam = modules.permitted(AuditModule.AUDIT) && a.auditors().contains(me());
        HorizontalLayout actions = new HorizontalLayout();
        if ((a.status() == AuditStatus.PLANNED || a.status() == AuditStatus.PROPOSED)
                && modules.permitted(AuditModule.PLAN)) {
            Button team = new Button(words.t("指定审核组", "Name the team"), VaadinIcon.USERS.create(), e -> teamDialog(a));
            team.setId("audit-change-team");
            actions.add(team);
        }
        if (a.status() == AuditStatus.PLANNED && onTeam) {
            Button open = new Button(words.t("召开首次会议", "Hold the opening meeting"), VaadinIcon.PLAY.create(),
                    e -> meetingDialog(words.t("首次会议", "Opening meeting"), "openedOn",
                            on -> audits.open(a.id(), on, a.version())));
            open.setId("audit-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        if (a.status() == AuditStatus.IN_PROGRESS && onTeam) {
            Button finding = new Button(words.t("提出发现", "Raise a finding"), VaadinIcon.FLAG.create(),
                    e -> findingDialog(d, null));
            finding.setId("audit-raise-finding");
            Button closing = new Button(words.t("召开末次会议", "Hold the closing meeting"), VaadinIcon.STOP.create(),
                    e -> meetingDialog(words.t("末次会议", "Closing meeting"), "closedOn",
                            on -> audits.closingMeeting(a.id(), on, a.version())));
            closing.setId("audit-closing");
            actions.add(finding, closing);
        }
        if (a.status() == AuditStatus.REPORTED && a.summary() == null && me().equals(a.leadAuditor())) {
            Button report = new Button(words.t("出具审核报告", "Issue the report"), VaadinIcon.FILE_TEXT.create(),
                    e -> reportDialog(a));
            report.setId("audit-report");
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(report);
        }
        return actions;
    }

    private Div checklist(Audits.Detail d, ClauseLibrary library) {
        Div section = new Div();
        long answered = d.checklist().stream().filter(i -> i.result() != null).count();
        ProgressBar progress = new ProgressBar(0, d.checklist().size(), answered);
        progress.setId("checklist-progress");
        Span count = new Span(words.t("已完成 " + answered + " / " + d.checklist().size() + " 项",
                answered + " of " + d.checklist().size() + " answered"));
        count.setId("checklist-count");
        Grid<ChecklistItem> grid = new Grid<>();
        grid.setId("checklist-grid");
        grid.addColumn(i -> AuditsView.clauseLabel(library, i.clause(), words)).setHeader(words.t("条款", "Clause"))
                .setAutoWidth(true);
        grid.addColumn(i -> library.find(i.clause()).map(c -> words.of(c.question())).orElse(i.question()))
                .setHeader(words.t("检查内容", "What to check")).setFlexGrow(1);
        grid.addColumn(i -> i.result() == null ? "" : words.of(i.result().text())).setHeader(words.t("结果", "Result"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.evidence() == null ? "" : i.evidence()).setHeader(words.t("证据", "Evidence"))
                .setFlexGrow(1);
        grid.addColumn(i -> words.name(i.answeredBy())).setHeader(words.t("填写人", "By")).setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.checklist());
        grid.setAllRowsVisible(true);
        if (d.audit().status() == AuditStatus.IN_PROGRESS && modules.permitted(AuditModule.AUDIT)
                && d.audit().auditors().contains(me())) {
            grid.addItemClickListener(e -> answerDialog(d, e.getItem()));
        }
        section.add(new H3(words.t("检查表", "Checklist")), count, progress, grid);
        return section;
    }

    private Div findings(Audits.Detail d, ClauseLibrary library) {
        Div section = new Div();
        Grid<Finding> grid = new Grid<>();
        grid.setId("findings-grid");
        grid.addColumn(Finding::number).setHeader(words.t("编号", "Number")).setAutoWidth(true);
        grid.addColumn(f -> words.of(f.grade().text())).setHeader(words.t("分级", "Grade")).setAutoWidth(true);
        grid.addColumn(f -> AuditsView.clauseLabel(library, f.clause(), words)).setHeader(words.t("条款", "Clause"))
                .setAutoWidth(true);
        grid.addColumn(Finding::statement).setHeader(words.t("发现", "Finding")).setFlexGrow(1);
        grid.addColumn(f -> f.actionNumber() == null ? "" : f.actionNumber() + " · " + d.actions().stream()
                        .filter(x -> x.id().equals(f.actionId())).findFirst().map(x -> actionState(x.status()))
                        .orElse("")).setHeader(words.t("纠正措施", "Corrective action")).setAutoWidth(true);
        grid.addColumn(f -> f.owner() == null ? "" : words.name(f.owner()) + " · " + f.dueOn())
                .setHeader(words.t("负责人 · 期限", "Owner · due")).setAutoWidth(true);
        grid.addColumn(f -> f.status() == Finding.Status.CLOSED ? words.t("已关闭", "Closed") : words.t("待验证", "Open"))
                .setHeader(words.t("状态", "Status")).setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.findings());
        grid.setAllRowsVisible(true);
        EmptyState.in(grid, words.t("还没有发现。", "No findings yet."),
                words.t("检查表中判为不符合或观察的项目可据此提出发现。",
                        "Raise findings on checklist items judged nonconforming or observations."));
        if (modules.permitted(AuditModule.AUDIT) && d.audit().auditors().contains(me())) {
            grid.addItemClickListener(e -> {
                if (e.getItem().status() == Finding.Status.OPEN) {
                    verifyDialog(e.getItem());
                }
            });
        }
        section.add(new H3(words.t("发现", "Findings")), grid);
        return section;
    }

    private String actionState(CorrectiveActions.Status status) {
        return switch (status) {
            case OPEN -> words.t("待计划", "open");
            case IN_PROGRESS -> words.t("实施中", "in progress");
            case VERIFYING -> words.t("待验证", "verifying");
            case CLOSED -> words.t("已关闭", "closed");
        };
    }

    private void teamDialog(Audit a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(words.t("指定审核组", "Name the team"));
        ComboBox<String> lead = AuditsView.staffChoice(words, words.t("审核组长", "Lead auditor"));
        lead.setId("team-lead");
        if (a.leadAuditor() != null) {
            lead.setValue(a.leadAuditor());
        }
        MultiSelectComboBox<String> team = new MultiSelectComboBox<>(words.t("审核组成员", "Team"));
        team.setId("team-members");
        team.setItems(words.staff().stream().map(StaffDirectory.StaffMember::username).toList());
        team.setItemLabelGenerator(words::name);
        team.setValue(new HashSet<>(a.team()));
        dialog.add(new FormLayout(lead, team));
        Button save = new Button(words.t("保存", "Save"), e -> {
            if (Attempt.run(Map.of("lead", lead, "team", team), () -> audits.assign(a.id(), lead.getValue(),
                    new ArrayList<>(team.getValue()), a.version()))) {
                dialog.close();
                reload();
            }
        });
        save.setId("save-team");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void meetingDialog(String title, String field, java.util.function.Consumer<LocalDate> held) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        DatePicker on = new DatePicker(words.t("日期", "Date"));
        on.setId("meeting-date");
        on.setValue(LocalDate.now());
        dialog.add(on);
        Button save = new Button(words.t("确认", "Confirm"), e -> {
            if (Attempt.run(Map.of(field, on), () -> held.accept(on.getValue()))) {
                dialog.close();
                reload();
            }
        });
        save.setId("save-meeting");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void answerDialog(Audits.Detail d, ChecklistItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(item.clause());
        ComboBox<ItemResult> result = new ComboBox<>(words.t("结果", "Result"), ItemResult.values());
        result.setId("item-result");
        result.setItemLabelGenerator(r -> words.of(r.text()));
        result.setValue(item.result());
        TextArea evidence = new TextArea(words.t("客观证据", "Objective evidence"));
        evidence.setId("item-evidence");
        evidence.setWidthFull();
        evidence.setValue(item.evidence() == null ? "" : item.evidence());
        dialog.add(new FormLayout(result, evidence));
        Button save = new Button(words.t("保存", "Save"), e -> {
            if (Attempt.run(Map.of("result", result, "evidence", evidence), () -> audits.answer(id, item.id(),
                    result.getValue(), evidence.getValue(), item.version()))) {
                dialog.close();
                reload();
                if (result.getValue() == ItemResult.NONCONFORMING || result.getValue() == ItemResult.OBSERVATION) {
                    findingDialog(audits.detail(id), item.id());
                }
            }
        });
        save.setId("save-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private void findingDialog(Audits.Detail d, UUID itemId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(words.t("提出发现", "Raise a finding"));
        ChecklistItem item = d.checklist().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
        ComboBox<String> clause = new ComboBox<>(words.t("条款", "Clause"), d.audit().clauses());
        clause.setId("finding-clause");
        ClauseLibrary library = audits.library();
        clause.setItemLabelGenerator(n -> AuditsView.clauseLabel(library, n, words));
        ComboBox<String> area = new ComboBox<>(words.t("区域", "Area"), d.audit().areas());
        area.setId("finding-area");
        ComboBox<Grade> grade = new ComboBox<>(words.t("分级", "Grade"), Grade.values());
        grade.setId("finding-grade");
        grade.setItemLabelGenerator(g -> words.of(g.text()));
        TextArea statement = new TextArea(words.t("发现", "Finding"));
        statement.setId("finding-statement");
        TextArea evidence = new TextArea(words.t("客观证据", "Objective evidence"));
        evidence.setId("finding-evidence");
        ComboBox<String> owner = AuditsView.staffChoice(words, words.t("纠正措施负责人", "Action owner"));
        owner.setId("finding-owner");
        DatePicker dueOn = new DatePicker(words.t("完成期限", "Due on"));
        dueOn.setId("finding-due");
        grade.addValueChangeListener(e -> {
            boolean nc = e.getValue() != null && e.getValue().nonconformity();
            owner.setEnabled(nc);
            dueOn.setEnabled(nc);
            if (nc && dueOn.isEmpty()) {
                // A month is within what either grade allows by default; the auditor agrees the date with the owner.
                dueOn.setValue(LocalDate.now().plusDays(30));
            }
        });
        owner.setEnabled(false);
        dueOn.setEnabled(false);
        if (item != null) {
            clause.setValue(item.clause());
            evidence.setValue(item.evidence() == null ? "" : item.evidence());
            grade.setValue(item.result() == ItemResult.NONCONFORMING ? Grade.MINOR : Grade.OBSERVATION);
        }
        dialog.add(new FormLayout(clause, area, grade, owner, dueOn, statement, evidence));
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("clause", clause);
        fields.put("area", area);
        fields.put("grade", grade);
        fields.put("statement", statement);
        fields.put("evidence", evidence);
        fields.put("owner", owner);
        fields.put("dueOn", dueOn);
        Button save = new Button(words.t("提出", "Raise"), e -> {
            boolean nc = grade.getValue() != null && grade.getValue().nonconformity();
            if (Attempt.run(fields, () -> audits.raise(id, itemId, area.getValue(), new GradeRules.Draft(
                    grade.getValue(), clause.getValue(), statement.getValue(), evidence.getValue(),
                    nc ? owner.getValue() : null, nc ? dueOn.getValue() : null)))) {
                dialog.close();
                Feedback.done(words.t("发现已提出。", "The finding is raised."));
                reload();
            }
        });
        save.setId("save-finding");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.setWidth("48rem");
        dialog.open();
    }

    private void reportDialog(Audit a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(words.t("出具审核报告", "Issue the report"));
        TextArea summary = new TextArea(words.t("概述", "Summary"));
        summary.setId("report-summary");
        summary.setWidthFull();
        TextArea conclusion = new TextArea(words.t("结论", "Conclusion"));
        conclusion.setId("report-conclusion");
        conclusion.setWidthFull();
        dialog.add(new FormLayout(summary, conclusion));
        Button save = new Button(words.t("出具", "Issue"), e -> {
            if (Attempt.run(Map.of("summary", summary, "conclusion", conclusion), () -> audits.issueReport(a.id(),
                    summary.getValue(), conclusion.getValue(), a.version()))) {
                dialog.close();
                reload();
            }
        });
        save.setId("save-report");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private void verifyDialog(Finding f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(words.t("验证纠正措施的有效性 · ", "Verify the action's effectiveness · ") + f.number());
        Checkbox effective = new Checkbox(words.t("措施有效", "The action was effective"));
        effective.setId("verify-effective");
        TextArea note = new TextArea(words.t("验证情况", "What the verification found"));
        note.setId("verify-note");
        note.setWidthFull();
        dialog.add(new FormLayout(effective, note));
        Button save = new Button(words.t("保存", "Save"), e -> {
            if (Attempt.run(Map.of("note", note), () -> audits.verify(id, f.id(), effective.getValue(),
                    note.getValue(), f.version()))) {
                dialog.close();
                reload();
            }
        });
        save.setId("save-verification");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Div line(String label, String value) {
        Span l = new Span(label + words.t("：", ": "));
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(l, new Span(value == null ? "" : value));
    }

    private String me() {
        return me;
    }
}
