package io.labdesk.modules.retest.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.Cause;
import io.labdesk.modules.retest.domain.CauseCatalogue;
import io.labdesk.modules.retest.domain.CauseClass;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The institution's cause catalogue: each cause with its code, names, class and (for the customer's side) the share
 * charged by default; causes added, changed, removed, or source 000's lists restored. Saved whole, checked whole.
 */
class CauseCatalogueDialog extends Dialog {

    private final RetestCases cases;
    private final Words words;
    private final Div rows = new Div();
    private final List<CauseRow> causes = new ArrayList<>();

    CauseCatalogueDialog(RetestCases cases, Words words) {
        this.cases = cases;
        this.words = words;
        setId("retest-causes-dialog");
        setHeaderTitle(words.t("复测原因目录", "Retest cause catalogue"));
        setWidth("72rem");
        add(new Paragraph(words.t("每个原因属于一个类别：本机构原因免费复测；客户原因有条件收费（默认收费比例）；其他协商处理。",
                "Each cause belongs to one class: the institution's fault is retested free; the customer's side is "
                        + "charged (the default share); the rest is negotiated.")));
        rows.setId("retest-cause-rows");
        add(rows);
        show(cases.catalogue());
        Button add = new Button(words.t("添加原因", "Add a cause"), VaadinIcon.PLUS.create(), e -> {
            CauseRow row = new CauseRow(null);
            causes.add(row);
            rows.add(row.layout);
        });
        add.setId("retest-cause-add");
        Button defaults = new Button(words.t("恢复默认目录", "Restore the default catalogue"), e -> show(CauseCatalogue.defaults()));
        defaults.setId("retest-cause-defaults");
        Button save = new Button(words.t("保存目录", "Save the catalogue"), e -> {
            TextField first = causes.isEmpty() ? new TextField() : causes.get(0).code;
            if (Attempt.run(Map.of("causes", first), () -> cases.keepCatalogue(new CauseCatalogue(
                    causes.stream().map(CauseRow::cause).toList())))) {
                Feedback.done(words.t("原因目录已保存。", "The cause catalogue is saved."));
                close();
            }
        });
        save.setId("retest-cause-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(add, defaults, new Button(words.t("取消", "Cancel"), e -> close()), save);
    }

    private void show(CauseCatalogue catalogue) {
        causes.clear();
        rows.removeAll();
        catalogue.causes().forEach(c -> {
            CauseRow row = new CauseRow(c);
            causes.add(row);
            rows.add(row.layout);
        });
    }

    /** One cause being edited. */
    private final class CauseRow {
        final TextField code = new TextField(words.t("代码", "Code"));
        final TextField zh = new TextField(words.t("中文名称", "Chinese name"));
        final TextField en = new TextField(words.t("英文名称", "English name"));
        final Select<CauseClass> causeClass = new Select<>();
        final BigDecimalField share = new BigDecimalField(words.t("默认收费比例（%）", "Charged share (%)"));
        final HorizontalLayout layout;

        CauseRow(Cause cause) {
            code.setWidth("12rem");
            zh.setWidth("18rem");
            en.setWidth("18rem");
            causeClass.setLabel(words.t("类别", "Class"));
            causeClass.setItems(CauseClass.values());
            causeClass.setItemLabelGenerator(x -> words.of(x.label()));
            causeClass.setValue(CauseClass.NEGOTIATED);
            share.setWidth("8rem");
            if (cause != null) {
                code.setValue(cause.code());
                zh.setValue(cause.name().zh());
                en.setValue(cause.name().en());
                causeClass.setValue(cause.causeClass());
                share.setValue(cause.causeClass() == CauseClass.CUSTOMER_SIDE ? cause.chargedPercent() : null);
            }
            layout = new HorizontalLayout(code, zh, en, causeClass, share);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                causes.remove(this);
                rows.remove(layout);
            });
            remove.getElement().setAttribute("aria-label", words.t("删除", "Remove"));
            layout.add(remove);
            layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            layout.addClassName("retest-cause-row");
        }

        Cause cause() {
            return new Cause(code.getValue().strip(), Text.of(zh.getValue().strip(), en.getValue().strip()),
                    causeClass.getValue() == null ? CauseClass.NEGOTIATED : causeClass.getValue(), share.getValue());
        }
    }
}
