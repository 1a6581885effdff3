package io.labdesk.modules.retest.interfaces;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.application.CustomerNotices;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.Cause;
import io.labdesk.modules.retest.domain.CauseClass;
import io.labdesk.modules.retest.domain.Measurement;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestItem;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.modules.retest.domain.SampleKeeping;
import io.labdesk.modules.retest.domain.Tolerance;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.fee.Refunds;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.DeadlineBadge;
import io.labdesk.platform.api.ui.Feedback;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A retest case's file: what was asked and whether it may go ahead, the original test, the sample, the decision and
 * its approval, the quote, the results compared, the conclusion and the letter; each part editable by those whose
 * role allows it, while the case is at that step.
 */
class RetestCaseDialog extends Dialog {

    private final RetestCases cases;
    private final CustomerNotices notices;
    private final DocumentPrinter printer;
    private final TenantModules modules;
    private final Words words;
    private final UUID id;
    private final Runnable changed;
    private final Div body = new Div();

    RetestCaseDialog(RetestCases cases, CustomerNotices notices, DocumentPrinter printer, TenantModules modules,
                     Words words, UUID id, Runnable changed) {
        this.cases = cases;
        this.notices = notices;
        this.printer = printer;
        this.modules = modules;
        this.words = words;
        this.id = id;
        this.changed = changed;
        setId("retest-dialog");
        setWidth("64rem");
        add(body);
        getFooter().add(new Button(words.t("关闭", "Close"), e -> close()));
        show();
    }

    private void show() {
        RetestCases.Detail d = cases.detail(id);
        RetestCase c = d.retest();
        setHeaderTitle(words.t("复测 ", "Retest ") + c.number());
        body.removeAll();
        HorizontalLayout state = new HorizontalLayout(words.badge(c.status()));
        state.setId("retest-state");
        d.deadlines().forEach(x -> state.add(new DeadlineBadge(x, words.zone())));
        body.add(state);
        facts(c);
        originalTest(d);
        if (!c.status().finished() && c.status() != RetestStatus.RESULT_RECORDED) {
            sample(c);
        }
        decision(d);
        quote(d);
        results(d);
        conclusion(d);
        if (!c.status().finished() && modules.permitted(RetestModule.DECIDE)) {
            refusal(c);
        }
    }

    private void facts(RetestCase c) {
        List<String> lines = new ArrayList<>();
        lines.add(words.of(c.origin().label()) + (c.requestNumber() == null ? "" : " · " + c.requestNumber())
                + (c.complaintNumber() == null ? "" : " · " + c.complaintNumber()) + " · " + words.when(c.openedAt()));
        lines.add(words.t("客户：", "Customer: ") + (c.customerOrganisation() == null ? "" : c.customerOrganisation()
                + " · ") + c.customerName() + (c.customerEmail() == null ? "" : " · " + c.customerEmail())
                + (c.customerPhone() == null ? "" : " · " + c.customerPhone()));
        lines.add(words.t("报告：", "Report: ") + c.reportNumber() + " (" + c.reportDate() + ")"
                + (c.sample() == null ? "" : words.t("，样品：", ", sample: ") + c.sample()));
        lines.add(words.t("疑问：", "Question: ") + c.claim());
        lines.add(words.t("复测条件：", "Eligibility: ") + words.of(c.eligibility().label())
                + (c.eligibilityReasons() == null ? "" : " — " + words.of(c.eligibilityReasons())));
        if (c.refusal() != null) {
            lines.add(words.t("不予复测：", "Refused: ") + c.refusal());
        }
        Paragraph facts = new Paragraph(String.join("\n", lines));
        facts.getStyle().set("white-space", "pre-line");
        facts.setId("retest-facts");
        body.add(facts);
    }

    private boolean open(RetestCase c) {
        return !c.status().finished() && c.status() != RetestStatus.RESULT_RECORDED;
    }

    private void originalTest(RetestCases.Detail d) {
        RetestCase c = d.retest();
        body.add(new H3(words.t("原测试", "The original test")));
        if (!open(c) || !modules.permitted(RetestModule.RECORD)) {
            body.add(new Paragraph(words.t("检测人员：", "Tested by ") + words.person(c.testedBy()) + " · "
                    + words.t("仪器：", "instrument: ") + (c.instrument() == null ? "—" : c.instrument()) + " · "
                    + words.t("报告批准人：", "report approved by ") + words.person(c.reportApprovedBy())));
            body.add(itemsTable(d.items(), false));
            return;
        }
        ComboBox<String> tester = people("retest-tested-by", words.t("检测人员", "Tested by"), c.testedBy());
        TextField instrument = new TextField(words.t("仪器", "Instrument"));
        instrument.setId("retest-instrument");
        instrument.setValue(c.instrument() == null ? "" : c.instrument());
        ComboBox<String> approver = people("retest-report-approver", words.t("报告批准人", "Report approved by"),
                c.reportApprovedBy());
        body.add(new FormLayout(tester, instrument, approver));
        List<ItemRow> rows = new ArrayList<>();
        Div rowsBox = new Div();
        rowsBox.setId("retest-items");
        d.items().forEach(i -> rows.add(new ItemRow(i, rows.size())));
        if (rows.isEmpty()) {
            rows.add(new ItemRow(null, 0));
        }
        rows.forEach(r -> rowsBox.add(r.layout));
        Button add = new Button(words.t("添加检测项目", "Add a test item"), e -> {
            ItemRow row = new ItemRow(null, rows.size());
            rows.add(row);
            rowsBox.add(row.layout);
        });
        add.setId("retest-add-item");
        Button save = new Button(words.t("保存原测试", "Save the original test"), e -> {
            Map<String, HasValidation> fields = Map.of("items", rows.get(0).item, "originalTest", instrument);
            if (Attempt.run(fields, () -> cases.recordOriginalTest(id, tester.getValue(), instrument.getValue(),
                    approver.getValue(), rows.stream().filter(ItemRow::filled).map(ItemRow::value).toList(),
                    c.version()))) {
                Feedback.done(words.t("原测试已保存。", "The original test is saved."));
                refreshed();
            }
        });
        save.setId("retest-save-original");
        body.add(rowsBox, new HorizontalLayout(add, save));
    }

    /** One test item being entered: name, method, unit, result, U and an optional tolerance. */
    private final class ItemRow {
        final TextField item = new TextField(words.t("检测项目", "Test item"));
        final TextField method = new TextField(words.t("方法", "Method"));
        final TextField unit = new TextField(words.t("单位", "Unit"));
        final BigDecimalField value = new BigDecimalField(words.t("原结果", "Result"));
        final BigDecimalField uncertainty = new BigDecimalField(words.t("扩展不确定度 U", "Expanded uncertainty U"));
        final Select<Tolerance.Kind> toleranceKind = new Select<>();
        final BigDecimalField tolerance = new BigDecimalField(words.t("允差", "Tolerance"));
        final HorizontalLayout layout = new HorizontalLayout(item, method, unit, value, uncertainty, toleranceKind,
                tolerance);

        ItemRow(RetestItem existing, int index) {
            item.setId("retest-item-" + index + "-name");
            method.setId("retest-item-" + index + "-method");
            unit.setId("retest-item-" + index + "-unit");
            value.setId("retest-item-" + index + "-value");
            uncertainty.setId("retest-item-" + index + "-uncertainty");
            unit.setWidth("6rem");
            toleranceKind.setLabel(words.t("比对方式", "Compared by"));
            toleranceKind.setItems(Tolerance.Kind.values());
            toleranceKind.setEmptySelectionAllowed(true);
            toleranceKind.setEmptySelectionCaption("En");
            toleranceKind.setItemLabelGenerator(k -> k == null ? "En" : k == Tolerance.Kind.ABSOLUTE
                    ? words.t("绝对允差", "Absolute tolerance") : words.t("相对允差（%）", "Relative tolerance (%)"));
            layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            layout.setWrap(true);
            if (existing != null) {
                item.setValue(existing.testItem());
                method.setValue(existing.method() == null ? "" : existing.method());
                unit.setValue(existing.unit());
                value.setValue(existing.original().value());
                uncertainty.setValue(existing.original().expandedUncertainty());
                if (existing.tolerance() != null) {
                    toleranceKind.setValue(existing.tolerance().kind());
                    tolerance.setValue(existing.tolerance().amount());
                }
            }
        }

        boolean filled() {
            return !item.getValue().isBlank() || value.getValue() != null;
        }

        RetestCases.NewItem value() {
            Tolerance t = toleranceKind.getValue() == null || tolerance.getValue() == null ? null
                    : new Tolerance(toleranceKind.getValue(), tolerance.getValue());
            return new RetestCases.NewItem(item.getValue(), method.getValue(), unit.getValue(), value.getValue(),
                    uncertainty.getValue(), t);
        }
    }

    private void sample(RetestCase c) {
        if (!modules.permitted(RetestModule.RECORD)) {
            return;
        }
        body.add(new H3(words.t("样品", "The sample")));
        Select<SampleKeeping.State> state = new Select<>();
        state.setId("retest-sample-state");
        state.setLabel(words.t("样品状态", "What became of it"));
        state.setItems(SampleKeeping.State.values());
        state.setItemLabelGenerator(s -> words.of(s.label()));
        DatePicker until = new DatePicker(words.t("保留至", "Kept until"));
        until.setId("retest-sample-until");
        until.setLocale(words.locale());
        if (c.sampleKeeping() != null) {
            state.setValue(c.sampleKeeping().state());
            until.setValue(c.sampleKeeping().keptUntil());
        }
        Button save = new Button(words.t("保存样品状态", "Save"), e -> {
            if (Attempt.run(Map.of("sample", state, "sampleKeptUntil", until), () -> cases.recordSample(id,
                    state.getValue() == null ? null : new SampleKeeping(state.getValue(), until.getValue()),
                    c.version()))) {
                Feedback.done(words.t("样品状态已保存。", "The sample's state is saved."));
                refreshed();
            }
        });
        save.setId("retest-save-sample");
        HorizontalLayout row = new HorizontalLayout(state, until, save);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        body.add(row);
    }

    private void decision(RetestCases.Detail d) {
        RetestCase c = d.retest();
        body.add(new H3(words.t("调查与决定", "Investigation and decision")));
        if (c.decidedBy() != null) {
            Paragraph decided = new Paragraph(words.t("原因：", "Cause: ") + causeName(c.causeCode()) + " · "
                    + words.of(c.causeClass().label()) + (c.classReason() == null ? "" : " (" + c.classReason() + ")")
                    + " · " + words.t("费用：", "fee: ") + words.of(c.feeKind().label()) + " "
                    + c.feeAmount().toPlainString() + " · " + words.t("决定人：", "decided by ") + words.person(c.decidedBy())
                    + (c.approvedBy() == null ? "" : " · " + words.t("批准人：", "approved by ") + words.person(c.approvedBy())));
            decided.setId("retest-decided");
            body.add(new Paragraph(c.investigation()), decided);
        }
        boolean decidable = c.status() == RetestStatus.RECEIVED || c.status() == RetestStatus.DECIDED;
        if (decidable && modules.permitted(RetestModule.DECIDE)) {
            TextArea investigation = new TextArea(words.t("调查情况", "Investigation"));
            investigation.setId("retest-investigation");
            investigation.setWidthFull();
            investigation.setValue(c.investigation() == null ? "" : c.investigation());
            List<Cause> catalogue = cases.catalogue().causes();
            ComboBox<Cause> cause = new ComboBox<>(words.t("原因", "Cause"), catalogue);
            cause.setId("retest-cause");
            cause.setItemLabelGenerator(x -> words.of(x.name()) + " — " + words.of(x.causeClass().label()));
            cause.setWidthFull();
            catalogue.stream().filter(x -> x.code().equals(c.causeCode())).findFirst().ifPresent(cause::setValue);
            Select<CauseClass> otherClass = new Select<>();
            otherClass.setId("retest-class");
            otherClass.setLabel(words.t("改判类别（需说明理由）", "Another class (with a reason)"));
            otherClass.setItems(CauseClass.values());
            otherClass.setEmptySelectionAllowed(true);
            otherClass.setEmptySelectionCaption(words.t("按原因", "As the cause"));
            otherClass.setItemLabelGenerator(x -> x == null ? words.t("按原因", "As the cause") : words.of(x.label()));
            TextField classReason = new TextField(words.t("改判理由", "Reason"));
            classReason.setId("retest-class-reason");
            BigDecimalField price = new BigDecimalField(words.t("检测价格", "Test price"));
            price.setId("retest-price");
            BigDecimalField share = new BigDecimalField(words.t("收费比例（%）", "Charged share (%)"));
            share.setId("retest-share");
            BigDecimalField agreed = new BigDecimalField(words.t("协商金额", "Amount agreed"));
            agreed.setId("retest-agreed");
            TextField agreement = new TextField(words.t("协商记录", "The agreement"));
            agreement.setId("retest-agreement");
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("investigation", investigation);
            fields.put("cause", cause);
            fields.put("classReason", classReason);
            fields.put("price", price);
            fields.put("chargedPercent", share);
            fields.put("agreedAmount", agreed);
            fields.put("agreement", agreement);
            fields.put("decider", cause);
            Button save = new Button(words.t("作出决定", "Decide"), e -> {
                if (Attempt.run(fields, () -> cases.decide(id, new RetestCases.DecisionInput(investigation.getValue(),
                        cause.getValue() == null ? null : cause.getValue().code(), otherClass.getValue(),
                        classReason.getValue(), price.getValue(), share.getValue(), agreed.getValue(),
                        agreement.getValue()), c.version()))) {
                    Feedback.done(words.t("已作出决定，待技术负责人批准。",
                            "Decided; the technical manager approves next."));
                    refreshed();
                }
            });
            save.setId("retest-decide");
            FormLayout form = new FormLayout(investigation, cause, otherClass, classReason, price, share, agreed,
                    agreement);
            form.setColspan(investigation, 2);
            form.setColspan(cause, 2);
            body.add(form, save);
        }
        if (c.status() == RetestStatus.DECIDED && modules.permitted(RetestModule.APPROVE)) {
            Button approve = new Button(words.t("批准决定", "Approve the decision"), e -> {
                if (Attempt.run(Map.of(), () -> cases.approve(id, c.version()))) {
                    Feedback.done(words.t("已批准。", "Approved."));
                    refreshed();
                }
            });
            approve.setId("retest-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(approve);
        }
    }

    private void quote(RetestCases.Detail d) {
        for (Quotes.Quote q : d.quotes()) {
            Paragraph p = new Paragraph(words.t("报价 ", "Quote ") + q.number() + " · " + q.total().toPlainString() + " "
                    + q.currency() + " · " + switch (q.status()) {
                        case AWAITING_ANSWER -> words.t("待客户确认", "awaiting the customer's answer");
                        case ACCEPTED -> words.t("客户已接受", "accepted by the customer");
                        case DECLINED -> words.t("客户已拒绝", "declined by the customer");
                        case WITHDRAWN -> words.t("已撤回", "withdrawn");
                    } + (q.answerNote() == null ? "" : " — " + q.answerNote()));
            p.addClassName("retest-quote");
            body.add(p);
        }
        for (Refunds.Refund r : d.refunds()) {
            Paragraph line = new Paragraph(words.t("退款 ", "Refund ") + r.number() + " · " + r.amount().toPlainString()
                    + " " + r.currency() + " · " + (r.status() == Refunds.Status.PAID ? words.t("已支付 ", "paid ")
                    + r.paidOn() + " (" + r.paymentReference() + ")" : words.t("待退还", "owed")));
            line.addClassName("retest-refund");
            body.add(line);
            if (r.status() == Refunds.Status.OWED && modules.permitted(RetestModule.DECIDE)) {
                DatePicker paidOn = new DatePicker(words.t("支付日期", "Paid on"));
                paidOn.setId("retest-refund-paid-on");
                paidOn.setLocale(words.locale());
                TextField reference = new TextField(words.t("支付凭证号", "Payment reference"));
                reference.setId("retest-refund-reference");
                Button paid = new Button(words.t("登记已退款", "Record as paid"), e -> {
                    if (Attempt.run(Map.of("paidOn", paidOn, "paymentReference", reference), () -> cases
                            .recordRefundPaid(id, r.id(), paidOn.getValue(), reference.getValue(), r.version()))) {
                        Feedback.done(words.t("退款已登记为已支付。", "The refund is recorded as paid."));
                        refreshed();
                    }
                });
                paid.setId("retest-refund-paid");
                HorizontalLayout row = new HorizontalLayout(paidOn, reference, paid);
                row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
                body.add(row);
            }
        }
    }

    private void results(RetestCases.Detail d) {
        RetestCase c = d.retest();
        boolean entering = (c.status() == RetestStatus.RETESTING || c.status() == RetestStatus.RESULT_RECORDED)
                && modules.permitted(RetestModule.TEST);
        if (c.status() != RetestStatus.RETESTING && c.overall() == null) {
            return;
        }
        body.add(new H3(words.t("复测结果与比对", "The retest compared")));
        if (c.overall() != null) {
            body.add(itemsTable(d.items(), true));
            Paragraph overall = new Paragraph(words.t("总体判定：", "Overall: ") + words.of(c.overall().label()));
            overall.setId("retest-overall");
            body.add(overall);
            if (c.review() != null) {
                Paragraph review = new Paragraph(words.of(c.review()));
                review.setId("retest-review");
                review.addClassName("labdesk-warning");
                body.add(review);
            }
        }
        if (!entering) {
            return;
        }
        Map<UUID, BigDecimalField[]> entered = new LinkedHashMap<>();
        Div rows = new Div();
        for (RetestItem i : d.items()) {
            BigDecimalField value = new BigDecimalField(i.testItem() + (i.unit().isEmpty() ? "" : " (" + i.unit() + ")"));
            value.setId("retest-result-" + entered.size() + "-value");
            BigDecimalField u = new BigDecimalField(words.t("扩展不确定度 U", "Expanded uncertainty U"));
            u.setId("retest-result-" + entered.size() + "-uncertainty");
            if (i.retest() != null) {
                value.setValue(i.retest().value());
                u.setValue(i.retest().expandedUncertainty());
            }
            entered.put(i.id(), new BigDecimalField[] {value, u});
            HorizontalLayout row = new HorizontalLayout(value, u);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            rows.add(row);
        }
        Button save = new Button(words.t("保存复测结果并比对", "Save the results and compare"), e -> {
            Map<UUID, Measurement> results = new LinkedHashMap<>();
            entered.forEach((item, f) -> {
                if (f[0].getValue() != null) {
                    results.put(item, new Measurement(f[0].getValue(), "", f[1].getValue()));
                }
            });
            Map<String, HasValidation> fields = entered.isEmpty() ? Map.of()
                    : Map.of("results", entered.values().iterator().next()[0]);
            if (Attempt.run(fields, () -> cases.recordResults(id, results, c.version()))) {
                Feedback.done(words.t("复测结果已比对。", "The results are compared."));
                refreshed();
            }
        });
        save.setId("retest-save-results");
        body.add(rows, save);
    }

    private void conclusion(RetestCases.Detail d) {
        RetestCase c = d.retest();
        if (c.status() == RetestStatus.CLOSED) {
            body.add(new H3(words.t("结论", "Conclusion")));
            Paragraph concluded = new Paragraph(words.of(c.finalClass().label()) + " · " + c.conclusion()
                    + (c.amendedReport() == null ? "" : " · " + words.t("更正报告：", "amended report: ") + c.amendedReport()));
            concluded.setId("retest-conclusion");
            body.add(concluded);
            d.actions().forEach(a -> body.add(new Paragraph(words.t("纠正措施 ", "Corrective action ") + a.number())));
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(e -> {
                RetestCases.Detail now = cases.detail(id);
                byte[] pdf = printer.pdf(notices.letter(now.retest(), now.items(), words.locale()));
                return new DownloadResponse(new ByteArrayInputStream(pdf), c.number() + ".pdf", "application/pdf",
                        pdf.length);
            }), words.t("复测结果通知书（PDF）", "The result letter (PDF)"));
            letter.setId("retest-letter");
            letter.setTarget("_blank");
            body.add(letter);
            return;
        }
        if (c.status() != RetestStatus.RESULT_RECORDED || !modules.permitted(RetestModule.DECIDE)) {
            return;
        }
        body.add(new H3(words.t("结案", "Conclude")));
        Select<CauseClass> finalClass = new Select<>();
        finalClass.setId("retest-final-class");
        finalClass.setLabel(words.t("最终类别", "Final class"));
        finalClass.setItems(CauseClass.values());
        finalClass.setItemLabelGenerator(x -> words.of(x.label()));
        finalClass.setValue(c.causeClass());
        TextArea conclusion = new TextArea(words.t("结论", "Conclusion"));
        conclusion.setId("retest-conclusion-text");
        conclusion.setWidthFull();
        TextField amended = new TextField(words.t("更正或重新签发的报告编号", "Amended or reissued report"));
        amended.setId("retest-amended-report");
        Button conclude = new Button(words.t("结案并告知客户", "Conclude and tell the customer"), e -> {
            if (Attempt.run(Map.of("finalClass", finalClass, "conclusion", conclusion, "amendedReport", amended),
                    () -> cases.conclude(id, finalClass.getValue(), conclusion.getValue(), amended.getValue(),
                            c.version()))) {
                Feedback.done(words.t("已结案，结果通知书已发送给客户。", "Concluded; the result letter went to the customer."));
                refreshed();
            }
        });
        conclude.setId("retest-conclude");
        conclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new FormLayout(finalClass, amended), conclusion, conclude);
    }

    private void refusal(RetestCase c) {
        TextField reason = new TextField(words.t("不予复测的理由", "Reason for refusing"));
        reason.setId("retest-refusal-reason");
        reason.setWidth("28rem");
        Button refuse = new Button(words.t("不予复测", "Refuse the retest"), e -> {
            if (Attempt.run(Map.of("refusal", reason), () -> cases.refuse(id, reason.getValue(), c.version()))) {
                Feedback.done(words.t("已不予复测，已告知客户。", "Refused; the customer was told."));
                refreshed();
            }
        });
        refuse.setId("retest-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(reason, refuse);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        body.add(row);
    }

    private Grid<RetestItem> itemsTable(List<RetestItem> items, boolean compared) {
        Grid<RetestItem> grid = new Grid<>();
        grid.setId(compared ? "retest-comparison" : "retest-original-items");
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        grid.addColumn(RetestItem::testItem).setHeader(words.t("检测项目", "Test item")).setFlexGrow(1);
        grid.addColumn(i -> i.method() == null ? "" : i.method()).setHeader(words.t("方法", "Method")).setAutoWidth(true);
        grid.addColumn(i -> shown(i.original())).setHeader(words.t("原结果", "Original")).setAutoWidth(true);
        if (compared) {
            grid.addColumn(i -> i.retest() == null ? "" : shown(i.retest())).setHeader(words.t("复测结果", "Retest"))
                    .setAutoWidth(true);
            grid.addColumn(i -> i.normalisedError() == null ? "—" : i.normalisedError().toPlainString())
                    .setHeader("En").setAutoWidth(true);
            grid.addColumn(i -> i.explanation() == null ? "" : words.of(i.explanation()))
                    .setHeader(words.t("判定", "Verdict")).setFlexGrow(2);
        }
        grid.setItems(items);
        return grid;
    }

    private static String shown(Measurement m) {
        String value = m.value().stripTrailingZeros().toPlainString() + (m.unit().isEmpty() ? "" : " " + m.unit());
        BigDecimal u = m.expandedUncertainty();
        return u == null ? value : value + " ± " + u.stripTrailingZeros().toPlainString();
    }

    private String causeName(String code) {
        return cases.catalogue().find(code).map(x -> words.of(x.name())).orElse(code);
    }

    private ComboBox<String> people(String id, String label, String current) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setId(id);
        box.setItems(words.staff().stream().map(StaffDirectory.StaffMember::username).toList());
        box.setItemLabelGenerator(words::person);
        box.setClearButtonVisible(true);
        if (current != null) {
            box.setValue(current);
        }
        return box;
    }

    private void refreshed() {
        changed.run();
        show();
    }
}
