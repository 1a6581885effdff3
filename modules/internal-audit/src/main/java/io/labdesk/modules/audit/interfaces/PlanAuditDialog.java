package io.labdesk.modules.audit.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.modules.audit.application.Audits;
import io.labdesk.modules.audit.domain.Area;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.Clause;
import io.labdesk.modules.audit.domain.ClauseLibrary;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.Feedback;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Plans an audit: title, month, clauses and areas in scope, lead auditor and team (refused with the reason). */
class PlanAuditDialog extends Dialog {

    PlanAuditDialog(Audits audits, Words words, int year, Consumer<Audit> planned) {
        setHeaderTitle(words.t(year + " 年 · 计划审核", "Plan an audit · " + year));
        TextField title = new TextField(words.t("审核名称", "Title"));
        title.setId("audit-title");
        ComboBox<Integer> month = new ComboBox<>(words.t("月份", "Month"), IntStream.rangeClosed(1, 12).boxed().toList());
        month.setId("audit-month");
        ClauseLibrary library = audits.library();
        MultiSelectComboBox<String> clauses = new MultiSelectComboBox<>(words.t("条款", "Clauses"));
        clauses.setId("audit-clauses");
        clauses.setItems(library.numbers());
        clauses.setItemLabelGenerator(n -> library.find(n).map((Clause c) -> c.label(words.locale())).orElse(n));
        MultiSelectComboBox<String> areas = new MultiSelectComboBox<>(words.t("区域", "Areas"));
        areas.setId("audit-areas");
        java.util.List<Area> known = audits.areas();
        areas.setItems(known.stream().map(Area::code).toList());
        areas.setItemLabelGenerator(c -> known.stream().filter(a -> a.code().equals(c)).findFirst()
                .map(Area::name).orElse(c));
        ComboBox<String> lead = AuditsView.staffChoice(words, words.t("审核组长", "Lead auditor"));
        lead.setId("audit-lead");
        MultiSelectComboBox<String> team = new MultiSelectComboBox<>(words.t("审核组成员", "Team"));
        team.setId("audit-team");
        team.setItems(words.staff().stream().map(StaffDirectory.StaffMember::username).toList());
        team.setItemLabelGenerator(words::name);
        add(new FormLayout(title, month, clauses, areas, lead, team));
        Button save = new Button(words.t("计划", "Plan"), e -> {
            Audit[] a = new Audit[1];
            if (Attempt.run(Map.of("title", title, "month", month, "clauses", clauses, "areas", areas, "lead", lead,
                    "team", team), () -> a[0] = audits.planAudit(new Audits.NewAudit(year,
                    month.getValue() == null ? 0 : month.getValue(), title.getValue(), new ArrayList<>(clauses.getValue()),
                    new ArrayList<>(areas.getValue()), null, null, lead.getValue(), new ArrayList<>(team.getValue()))))) {
                close();
                Feedback.done(words.t("已计划 " + a[0].number() + "。", a[0].number() + " is planned."));
                planned.accept(a[0]);
            }
        });
        save.setId("save-audit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(words.t("取消", "Cancel"), e -> close()), save);
        setWidth("48rem");
    }
}
