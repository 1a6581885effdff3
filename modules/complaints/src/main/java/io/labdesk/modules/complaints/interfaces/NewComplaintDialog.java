package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.platform.api.ui.Feedback;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A complaint as staff record it from any channel; checked for acceptance at once when saved. */
public class NewComplaintDialog extends Dialog {

    NewComplaintDialog(ComplaintFiles files, DialogParts forms, Consumer<Complaint> recorded) {
        setHeaderTitle(forms.t("登记投诉", "Record a complaint"));
        Select<ComplaintKinds.Channel> channel = forms.select("new-channel", forms.t("渠道", "Channel"),
                List.of(ComplaintKinds.Channel.values()), forms::label);
        channel.setValue(ComplaintKinds.Channel.PHONE);
        TextField transferredFrom = forms.text("new-transferred-from", forms.t("转交单位", "Passed on by"));
        transferredFrom.setVisible(false);
        channel.addValueChangeListener(e -> transferredFrom.setVisible(e.getValue() == ComplaintKinds.Channel.TRANSFERRED));
        Select<ComplaintKinds.Subject> subject = forms.select("new-subject", forms.t("事项", "Concerns"),
                List.of(ComplaintKinds.Subject.values()), forms::label);
        subject.setValue(ComplaintKinds.Subject.REPORT_OBJECTION);
        TextField report = forms.text("new-report", forms.t("报告编号", "Report number"));
        DatePicker about = new DatePicker(forms.t("报告签发日期 / 事项日期", "Report issued / date of the matter"));
        about.setId("new-about");
        Checkbox repeatable = new Checkbox(forms.t("试验可重复", "The test can be repeated"), true);
        repeatable.setId("new-repeatable");
        MultiSelectComboBox<String> named = forms.people("new-named", forms.t("被点名的员工", "Staff named"));
        MultiSelectComboBox<String> performed = forms.people("new-performed", forms.t("完成被投诉工作的员工",
                "Staff who did the work"));
        TextField name = forms.text("new-complainant", forms.t("投诉人", "Complainant"));
        TextField organisation = forms.text("new-organisation", forms.t("单位", "Organisation"));
        TextField phone = forms.text("new-phone", forms.t("电话", "Phone"));
        EmailField email = new EmailField(forms.t("电子邮箱", "E-mail"));
        email.setId("new-email");
        TextArea description = new TextArea(forms.t("投诉内容", "The complaint"));
        description.setId("new-description");
        FormLayout form = new FormLayout(channel, transferredFrom, subject, report, about, repeatable, named, performed,
                name, organisation, phone, email, description);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(forms.t("保存", "Save"), e -> {
            Complaint[] saved = new Complaint[1];
            if (forms.attempt(Map.of("channel", channel, "transferredFrom", transferredFrom, "subject", subject,
                    "aboutDate", about, "complainantName", name, "complainantPhone", phone, "complainantEmail", email,
                    "description", description, "namedStaff", named), () -> saved[0] = files.record(
                    new ComplaintFiles.NewComplaint(channel.getValue(), transferredFrom.getValue(), subject.getValue(),
                            report.getValue(), about.getValue(), repeatable.getValue(), null,
                            List.copyOf(named.getValue()), List.copyOf(performed.getValue()), name.getValue(),
                            organisation.getValue(), phone.getValue(), email.getValue(), description.getValue(),
                            null)))) {
                close();
                Feedback.done(forms.t("投诉 " + saved[0].number() + " 已登记。", "Complaint " + saved[0].number()
                        + " recorded."));
                recorded.accept(saved[0]);
            }
        });
        save.setId("save-complaint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(forms.t("取消", "Cancel"), e -> close()), save);
    }
}
