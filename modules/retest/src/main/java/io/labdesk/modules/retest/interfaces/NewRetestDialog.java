package io.labdesk.modules.retest.interfaces;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.Feedback;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Records a retest request made by phone, letter or on a request: checked for eligibility when saved. */
class NewRetestDialog extends Dialog {

    NewRetestDialog(RetestCases cases, Words words, String requestNumber, Consumer<RetestCase> opened) {
        setHeaderTitle(words.t("登记复测申请", "Record a retest request"));
        setId("new-retest-dialog");
        setWidth("46rem");
        TextField request = field("retest-request", words.t("服务单号（异议或技术问题）", "Request (a dispute or technical question)"));
        if (requestNumber != null) {
            request.setValue(requestNumber);
            request.setReadOnly(true);
        }
        TextField name = field("retest-customer-name", words.t("客户姓名", "Customer's name"));
        TextField organisation = field("retest-organisation", words.t("单位", "Organisation"));
        TextField email = field("retest-email", words.t("电子邮箱", "E-mail"));
        TextField phone = field("retest-phone", words.t("电话", "Phone"));
        TextField report = field("retest-report", words.t("报告编号", "Report number"));
        DatePicker reportDate = new DatePicker(words.t("报告日期", "Report date"));
        reportDate.setId("retest-report-date");
        reportDate.setLocale(words.locale());
        TextField sample = field("retest-sample", words.t("样品", "Sample"));
        TextArea claim = new TextArea(words.t("客户的疑问", "What the customer questions"));
        claim.setId("retest-claim");
        FormLayout form = new FormLayout(request, name, organisation, email, phone, report, reportDate, sample, claim);
        form.setColspan(claim, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("request", request, "customerName", name, "email", email,
                "phone", phone, "reportNumber", report, "reportDate", reportDate, "claim", claim);
        Button save = new Button(words.t("登记", "Record"), e -> {
            RetestCase[] created = new RetestCase[1];
            if (Attempt.run(fields, () -> created[0] = cases.open(new RetestCases.NewCase(name.getValue(),
                    organisation.getValue(), email.getValue(), phone.getValue(), report.getValue(), reportDate.getValue(),
                    sample.getValue(), null, null, null, claim.getValue(), List.of()), request.getValue()))) {
                RetestCase c = created[0];
                Feedback.done(c.status() == RetestStatus.NOT_ELIGIBLE
                        ? words.t(c.number() + " 已登记：不符合复测条件，已告知客户。",
                        c.number() + " recorded: not eligible; the customer was told why.")
                        : words.t(c.number() + " 已登记，已告知客户。", c.number() + " recorded; the customer was told."));
                close();
                opened.accept(c);
            }
        });
        save.setId("retest-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(words.t("取消", "Cancel"), e -> close()), save);
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }
}
