package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.modules.instruments.domain.ChargeKind;
import io.labdesk.modules.instruments.domain.Exclusion;
import io.labdesk.modules.instruments.domain.OldParts;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.Signature;
import io.labdesk.modules.instruments.domain.Way;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.DeadlineBadge;
import io.labdesk.platform.api.ui.Feedback;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One service case: the instrument and the warranty decision, the diagnosis and the way, quotes, deadlines, and the
 * next step the case allows — each offered only to those who may take it.
 */
class ServiceCaseDialog extends Dialog {

    private final ServiceCases cases;
    private final TenantModules modules;
    private final Words words;
    private final UUID id;
    private final Runnable changed;
    private final VerticalLayout body = new VerticalLayout();

    ServiceCaseDialog(ServiceCases cases, TenantModules modules, Words words, UUID id, Runnable changed) {
        this.cases = cases;
        this.modules = modules;
        this.words = words;
        this.id = id;
        this.changed = changed;
        setId("service-case-dialog");
        setWidth("min(60rem, 100vw)");
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(words.t("关闭", "Close"), e -> close()));
        show();
    }

    private void show() {
        ServiceCases.Detail d = cases.detail(id);
        ServiceCase c = d.serviceCase();
        setHeaderTitle(words.t("服务单 ", "Service case ") + c.number());
        body.removeAll();
        Div facts = new Div();
        facts.setId("service-case-facts");
        facts.add(line(words.t("状态", "Status"), words.badge(c.status())),
                line(words.t("类型", "Kind"), new Span(words.of(c.kind().label()))),
                line(words.t("请求", "Request"), new Span(c.requestNumber())),
                line(words.t("仪器", "Instrument"), new Span(d.instrument().model() + " · "
                        + d.instrument().serialNumber() + (d.instrument().place() == null ? ""
                        : " · " + d.instrument().place()))),
                line(words.t("客户", "Customer"), new Span(c.customerName())),
                line(words.t("故障", "Fault"), new Span(c.fault()
                        + (c.instrumentDown() ? words.t("（停机）", " (instrument down)") : ""))));
        Span warranty = words.badge(c.warranty(), c.chargeable());
        warranty.setId("service-case-warranty");
        facts.add(line(words.t("保修", "Warranty"), warranty), line("", new Span(words.of(c.decision().reason()))));
        if (c.diagnosis() != null) {
            Span way = new Span(words.of(c.way().label()));
            way.setId("service-case-way");
            facts.add(line(words.t("诊断", "Diagnosis"), new Span(c.diagnosis())), line(words.t("服务方式", "Way"), way));
        }
        if (c.partsOrdered() != null) {
            facts.add(line(words.t("订购配件", "Parts ordered"), new Span(c.partsOrdered())));
        }
        if (c.arrivedAt() != null) {
            facts.add(line(words.t("到达现场", "On site"), new Span(c.engineer() + " · " + words.when(c.arrivedAt()))));
        }
        if (c.longerCycleReason() != null) {
            facts.add(line(words.t("周期延长", "Longer cycle"), new Span(c.longerCycleReason() + " · "
                    + words.when(c.longerCycleToldAt()))));
        }
        if (c.workReport() != null) {
            facts.add(line(words.t("服务报告", "Work report"), new Span(c.workReport())));
        }
        if (c.oldParts() != null) {
            facts.add(line(words.t("换下的配件", "Parts taken out"), new Span(words.of(c.oldParts().label()))));
        }
        if (c.signedAt() != null) {
            Span signed = new Span(c.signedBy() + " · " + words.when(c.signedAt()));
            signed.setId("service-case-signed");
            facts.add(line(words.t("客户签字", "Signed off by"), signed));
        }
        if (c.doneAt() != null) {
            Anchor report = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] pdf = cases.reportPdf(id, getLocale());
                return new DownloadResponse(new ByteArrayInputStream(pdf), c.number() + ".pdf", "application/pdf",
                        pdf.length);
            }), words.t("服务报告（PDF）", "Service report (PDF)"));
            report.setId("service-case-report-pdf");
            report.setTarget("_blank");
            facts.add(new Div(report));
        }
        body.add(facts);
        if (!d.deadlines().isEmpty()) {
            // Each badge names its step; they wrap on a phone.
            Div deadlines = new Div();
            deadlines.setId("service-case-deadlines");
            deadlines.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.4rem");
            d.deadlines().forEach(x -> deadlines.add(new DeadlineBadge(x, words.zone())));
            body.add(new H4(words.t("服务时限", "Service levels")), deadlines);
        }
        for (Quotes.Quote q : d.quotes()) {
            body.add(new Span(q.number() + " · " + q.total().toPlainString() + " " + q.currency() + " · "
                    + q.status().name()));
        }
        if (!c.status().finished()) {
            nextStep(c).ifPresent(body::add);
        }
    }

    private java.util.Optional<Component> nextStep(ServiceCase c) {
        boolean service = modules.permitted(InstrumentServiceModule.SERVICE);
        boolean charge = modules.permitted(InstrumentServiceModule.CHARGE);
        VerticalLayout step = new VerticalLayout();
        step.setPadding(false);
        step.setId("service-case-next");
        if (service && (c.status() == CaseStatus.OPEN && c.way() == null || c.status() == CaseStatus.READY
                && c.partsOrderedAt() == null && c.arrivedAt() == null)) {
            TextArea diagnosis = new TextArea(words.t("诊断", "Diagnosis"));
            diagnosis.setId("service-case-diagnosis");
            diagnosis.setWidthFull();
            ComboBox<Way> way = new ComboBox<>(words.t("服务方式", "Way"), Way.values());
            way.setId("service-case-way-choice");
            way.setItemLabelGenerator(w -> words.of(w.label()));
            ComboBox<Exclusion> exclusion = new ComboBox<>(words.t("不保修原因（如有）", "Excluded cause (if any)"),
                    Exclusion.values());
            exclusion.setId("service-case-exclusion");
            exclusion.setItemLabelGenerator(x -> words.of(x.label()));
            exclusion.setClearButtonVisible(true);
            Button save = new Button(words.t("保存诊断并告知客户", "Save and tell the customer"), e -> act(
                    Map.of("diagnosis", diagnosis), () -> cases.diagnose(id, diagnosis.getValue(), way.getValue(),
                            exclusion.getValue(), c.version()), words.t("已告知客户诊断与服务方式。",
                            "The customer was told the diagnosis and the way.")));
            save.setId("service-case-diagnose");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.add(new H4(words.t("诊断与服务方式", "Diagnosis and way")), diagnosis,
                    new HorizontalLayout(way, exclusion), save);
        }
        if (charge && c.chargeable() && c.way() != null && (c.status() == CaseStatus.OPEN
                || c.status() == CaseStatus.AWAITING_ACCEPTANCE)) {
            ComboBox<ChargeKind> kind = new ComboBox<>(words.t("类别", "Kind"), ChargeKind.values());
            kind.setId("service-case-line-kind");
            kind.setItemLabelGenerator(k -> words.of(k.label()));
            kind.setValue(ChargeKind.PARTS);
            TextField what = new TextField(words.t("内容", "What"));
            what.setId("service-case-line-what");
            BigDecimalField price = new BigDecimalField(words.t("金额", "Amount"));
            price.setId("service-case-line-price");
            List<ServiceCases.Line> lines = new ArrayList<>();
            Button send = new Button(words.t("发送报价", "Send the quote"), e -> {
                lines.clear();
                lines.add(new ServiceCases.Line(kind.getValue(), what.getValue(), BigDecimal.ONE, price.getValue()));
                act(Map.of("lines", what), () -> cases.quote(id, lines, null, c.version()),
                        words.t("报价已发送给客户。", "The quote went to the customer."));
            });
            send.setId("service-case-quote");
            step.add(new H4(words.t("报价", "Quote")), new HorizontalLayout(kind, what, price), send);
        }
        if (service && c.status() == CaseStatus.READY && c.way() == Way.PARTS_THEN_ON_SITE && c.partsOrderedAt() == null) {
            TextField parts = new TextField(words.t("订购的配件", "Parts ordered"));
            parts.setId("service-case-parts");
            Button order = new Button(words.t("登记配件订购", "Record the order"), e -> act(Map.of("parts", parts),
                    () -> cases.orderParts(id, parts.getValue(), c.version()),
                    words.t("已登记并告知客户。", "Recorded; the customer was told.")));
            order.setId("service-case-order");
            step.add(new HorizontalLayout(parts, order));
        }
        if (c.status() == CaseStatus.READY && c.way() == Way.FACTORY_REPLACEMENT && c.replacementApprovedAt() == null
                && modules.permitted(InstrumentServiceModule.APPROVE)) {
            Button approve = new Button(words.t("批准经厂家更换", "Approve the replacement"), e -> act(Map.of(),
                    () -> cases.approveReplacement(id, c.version()), words.t("已批准。", "Approved.")));
            approve.setId("service-case-approve-replacement");
            step.add(approve);
        }
        if (service && c.status() == CaseStatus.READY && c.way() == Way.FACTORY_REPLACEMENT
                && c.replacementApprovedAt() != null && c.factoryAccepted() == null) {
            TextField answer = new TextField(words.t("厂家答复", "The factory's answer"));
            answer.setId("service-case-factory-answer");
            answer.setWidth("24rem");
            Button yes = new Button(words.t("厂家同意", "The factory agrees"), e -> act(Map.of("answer", answer),
                    () -> cases.recordFactoryAnswer(id, true, answer.getValue(), c.version()),
                    words.t("已记录。", "Recorded.")));
            yes.setId("service-case-factory-agrees");
            Button no = new Button(words.t("厂家拒绝", "The factory refuses"), e -> act(Map.of("answer", answer),
                    () -> cases.recordFactoryAnswer(id, false, answer.getValue(), c.version()),
                    words.t("已记录，请与客户另商服务方式。", "Recorded; agree another way with the customer.")));
            no.setId("service-case-factory-refuses");
            step.add(new HorizontalLayout(answer, yes, no));
        }
        if (service && c.status() == CaseStatus.READY && (c.way() == Way.FACTORY_RETURN
                || c.way() == Way.FACTORY_REPLACEMENT && c.replacementCleared())) {
            Button factory = new Button(words.t("登记返厂", "Record the factory return"), e -> act(Map.of(),
                    () -> cases.sendToFactory(id, c.version()), words.t("已登记并告知客户。", "Recorded; the customer was told.")));
            factory.setId("service-case-factory");
            step.add(factory);
        }
        if (service && (c.status() == CaseStatus.PARTS_ORDERED || c.status() == CaseStatus.AT_FACTORY)) {
            TextField reason = new TextField(words.t("延长原因与新的预计时间", "Reason and new expected date"));
            reason.setId("service-case-longer-reason");
            reason.setWidth("24rem");
            Button tell = new Button(words.t("告知客户周期延长", "Tell the customer it takes longer"), e -> act(
                    Map.of("reason", reason), () -> cases.tellLongerCycle(id, reason.getValue(), c.version()),
                    words.t("已告知客户。", "The customer was told.")));
            tell.setId("service-case-longer");
            step.add(new HorizontalLayout(reason, tell));
        }
        if (service && c.way() != null && c.way().onSite() && c.arrivedAt() == null
                && (c.status() == CaseStatus.READY && c.way() == Way.ON_SITE || c.status() == CaseStatus.PARTS_ORDERED)) {
            Button arrived = new Button(words.t("工程师已到达现场", "The engineer is on site"), e -> act(Map.of(),
                    () -> cases.arrive(id, null, null, c.version()), words.t("已登记到达。", "Arrival recorded.")));
            arrived.setId("service-case-arrived");
            step.add(arrived);
        }
        if (service && (c.status() == CaseStatus.READY || c.status() == CaseStatus.PARTS_ORDERED
                || c.status() == CaseStatus.AT_FACTORY) && (!c.way().onSite() || c.arrivedAt() != null)) {
            TextArea report = new TextArea(words.t("服务报告：发现的问题与所做的工作", "Work report: what was found and done"));
            report.setId("service-case-report");
            report.setWidthFull();
            TextField part = new TextField(words.t("更换件（如有）", "Part fitted (if any)"));
            part.setId("service-case-fitted");
            ComboBox<OldParts> old = new ComboBox<>(words.t("换下的配件", "Parts taken out"), OldParts.values());
            old.setId("service-case-old-parts");
            old.setItemLabelGenerator(o -> words.of(o.label()));
            Button done = new Button(words.t("完工并告知客户", "Done; tell the customer"), e -> act(
                    Map.of("report", report, "parts", part, "oldParts", old), () -> cases.complete(id,
                            report.getValue(), part.isEmpty() ? List.of()
                                    : List.of(new ServiceCases.FittedPart(part.getValue(), null)), old.getValue(),
                            c.version()), words.t("已完工。", "Done.")));
            done.setId("service-case-done");
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.add(new H4(words.t("完工", "Work done")), report, new HorizontalLayout(part, old), done);
        }
        if (service && c.status() == CaseStatus.WORK_DONE && c.needsSignOff()) {
            TextField name = new TextField(words.t("签字人", "Signed by"));
            name.setId("service-case-signer");
            name.setValue(c.customerName());
            SignaturePad pad = new SignaturePad();
            pad.setId("service-case-signature");
            Button clear = new Button(words.t("重签", "Clear"), e -> pad.clear());
            clear.setId("service-case-signature-clear");
            Button sign = new Button(words.t("客户确认", "Customer signs off"), e -> pad.read(drawn -> act(
                    Map.of("signedBy", name), () -> cases.signOff(id, name.getValue(), Signature.decode(drawn),
                            c.version()), words.t("客户已签字确认。", "Signed off by the customer."))));
            sign.setId("service-case-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.add(new H4(words.t("客户签字确认", "The customer's sign-off")), name, pad,
                    new HorizontalLayout(clear, sign));
        }
        if (service && c.status() == CaseStatus.WORK_DONE && !c.needsSignOff()) {
            Button close = new Button(words.t("结案", "Close the case"), e -> act(Map.of(),
                    () -> cases.close(id, c.version()), words.t("已结案。", "Closed.")));
            close.setId("service-case-close");
            step.add(close);
        }
        return step.getComponentCount() == 0 ? java.util.Optional.empty() : java.util.Optional.of(step);
    }

    private void act(Map<String, ? extends com.vaadin.flow.component.HasValidation> fields, Runnable change,
                     String done) {
        if (Attempt.run(fields, change)) {
            Feedback.done(done);
            changed.run();
            show();
        }
    }

    private static Component line(String label, Component value) {
        Div row = new Div();
        row.addClassName("labdesk-field");
        Span name = new Span(label);
        name.getStyle().set("font-weight", "600").set("margin-inline-end", "0.5rem");
        row.add(name, value);
        return row;
    }
}
