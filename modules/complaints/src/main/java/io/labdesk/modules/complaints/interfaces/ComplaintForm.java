package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The institution's public complaint form ({@code /t/{slug}/complaint}), also offered on a request's tracking page
 * with that request's number and contact filled in. The complaint is checked for acceptance at once: the customer
 * reads either its number and when to expect an answer, or why it cannot be accepted.
 */
@ApplicationScoped
public class ComplaintForm implements PublicForm {

    @Inject
    ComplaintFiles files;

    @Inject
    TenantModules modules;

    @Override
    public String path() {
        return "complaint";
    }

    @Override
    public Text title() {
        return Text.of("投诉", "File a complaint");
    }

    @Override
    public Text lead() {
        return Text.of("对检测报告或服务有异议，请在此提出。我们按投诉处理程序受理、调查并书面答复。",
                "If you object to a report or our service, tell us here. We receive, investigate and answer in "
                        + "writing, following our complaint procedure.");
    }

    @Override
    public Text trackingLink() {
        return Text.of("对本次服务不满意？提出投诉", "Not satisfied with this service? File a complaint");
    }

    @Override
    public List<PublicField> fields() {
        return List.of(
                PublicField.choice("subject", Text.of("投诉事项", "What it concerns"), true,
                        new SettingField.Choice("REPORT_OBJECTION", Text.of("对检测/校准报告的异议",
                                "An objection to a test or calibration report")),
                        new SettingField.Choice("OTHER", Text.of("其他（服务、流程、人员等）",
                                "Something else (service, process, staff)"))),
                PublicField.of("reportNumber", PublicField.Kind.TEXT, Text.of("报告编号", "Report number"), false, 60),
                PublicField.of("aboutDate", PublicField.Kind.DATE, Text.of("报告签发日期或事情发生日期",
                        "Date the report was issued, or of what happened"), false, 10).withHelp(Text.of(
                        "对报告的异议须在报告签发后规定日期内提出。",
                        "Objections to a report are accepted within a set number of days after its issue.")),
                PublicField.of("requestNumber", PublicField.Kind.TEXT, Text.of("相关服务单号", "Related request number"),
                        false, 40).prefilledWith(PublicField.Prefill.REQUEST_NUMBER),
                PublicField.of("description", PublicField.Kind.TEXTAREA, Text.of("投诉内容", "Your complaint"), true,
                        10_000),
                PublicField.of("complainantName", PublicField.Kind.TEXT, Text.of("姓名", "Your name"), true, 100)
                        .prefilledWith(PublicField.Prefill.CONTACT_NAME),
                PublicField.of("complainantOrganisation", PublicField.Kind.TEXT, Text.of("单位", "Organisation"),
                        false, 200).prefilledWith(PublicField.Prefill.ORGANISATION),
                PublicField.of("complainantPhone", PublicField.Kind.PHONE, Text.of("电话", "Phone"), false, 40)
                        .prefilledWith(PublicField.Prefill.PHONE),
                PublicField.of("complainantEmail", PublicField.Kind.EMAIL, Text.of("电子邮箱", "E-mail"), false, 320)
                        .prefilledWith(PublicField.Prefill.EMAIL).withHelp(Text.of(
                                "请至少留下电话或电子邮箱；书面答复将发送到邮箱。",
                                "Leave a phone number or an e-mail address; the written answer goes to the e-mail.")),
                PublicField.of("attachments", PublicField.Kind.FILES, Text.of("附件（可选）", "Files (optional)"),
                        false, 0).withHelp(Text.of("报告副本、照片等：PDF、图片、Word、Excel、文本，最多 5 个，每个不超过 10 MB。",
                        "A copy of the report, photos…: PDF, images, Word, Excel or text; up to 5, 10 MB each.")));
    }

    @Override
    public Text submit(Submission s) {
        LocalDate aboutDate;
        try {
            aboutDate = s.value("aboutDate").map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw InvalidModuleInput.of("aboutDate", Text.of("日期格式应为 年-月-日。", "Give the date as year-month-day."));
        }
        ComplaintKinds.Subject subject = s.value("subject").filter(v -> v.equals("REPORT_OBJECTION")
                || v.equals("OTHER")).map(ComplaintKinds.Subject::valueOf).orElse(null);
        Complaint c = files.fileOnline(new ComplaintFiles.NewComplaint(ComplaintKinds.Channel.ONLINE, null, subject,
                s.value("reportNumber").orElse(null), aboutDate, true,
                s.requestNumber().orElse(s.value("requestNumber").orElse(null)), List.of(), List.of(),
                s.value("complainantName").orElse(null), s.value("complainantOrganisation").orElse(null),
                s.value("complainantPhone").orElse(null), s.value("complainantEmail").orElse(null),
                s.value("description").orElse(null), null), s.language(), s.files("attachments"));
        if (c.status() == ComplaintKinds.Status.REFUSED) {
            return Text.of(c.refusalZh(), c.refusalEn());
        }
        ModuleSettings settings = modules.settings(ComplaintsModule.ID);
        long acknowledge = settings.number("acknowledgeHours");
        long preliminary = settings.number("preliminaryHours");
        return Text.of("您的投诉已登记，编号 " + c.number() + "。我们将在 " + acknowledge + " 小时内确认收到，并在 "
                        + preliminary + " 小时内提出初步处理意见；确认收到时会附上查看处理进度的链接。",
                "Your complaint is registered as " + c.number() + ". We confirm receipt within " + acknowledge
                        + " hours, with a link to follow it, and propose a first solution within " + preliminary
                        + " hours.");
    }
}
