package io.labdesk.modules.retest.interfaces;

import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.platform.api.module.ModuleInput;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The institution's public retest form ({@code /t/{slug}/retest}), also offered on a request's tracking page with
 * that request's number and contact filled in. Eligibility is checked at once: the customer reads the case's number
 * (and whether a new sample is needed), or why no retest is possible.
 */
@ApplicationScoped
public class RetestForm implements PublicForm {

    @Inject
    RetestCases cases;

    @Override
    public String path() {
        return "retest";
    }

    @Override
    public Text title() {
        return Text.of("申请复测", "Ask for a retest");
    }

    @Override
    public Text lead() {
        return Text.of("对检测结果有疑问，可在规定期限内申请复测。我们将调查原因，并告知是否收费及复测结果。",
                "If you question a test result, you may ask for a retest within the set period. We investigate the "
                        + "cause and tell you whether it is charged, and the retest's result.");
    }

    @Override
    public Text trackingLink() {
        return Text.of("对检测结果有疑问？申请复测", "Question a result? Ask for a retest");
    }

    @Override
    public List<PublicField> fields() {
        return List.of(
                PublicField.of("reportNumber", PublicField.Kind.TEXT, Text.of("报告编号", "Report number"), true, 100),
                PublicField.of("reportDate", PublicField.Kind.DATE, Text.of("报告日期", "Report date"), true, 10),
                PublicField.of("requestNumber", PublicField.Kind.TEXT, Text.of("相关服务单号", "Related request number"),
                        false, 40).prefilledWith(PublicField.Prefill.REQUEST_NUMBER),
                PublicField.of("sample", PublicField.Kind.TEXT, Text.of("样品名称或编号", "Sample name or number"),
                        false, 200),
                PublicField.of("claim", PublicField.Kind.TEXTAREA, Text.of("对哪个检测项目、哪个结果有疑问，为什么",
                        "Which test item and result you question, and why"), true, 4000),
                PublicField.of("customerName", PublicField.Kind.TEXT, Text.of("姓名", "Your name"), true, 100)
                        .prefilledWith(PublicField.Prefill.CONTACT_NAME),
                PublicField.of("organisation", PublicField.Kind.TEXT, Text.of("单位", "Organisation"), false, 200)
                        .prefilledWith(PublicField.Prefill.ORGANISATION),
                PublicField.of("phone", PublicField.Kind.PHONE, Text.of("电话", "Phone"), false, 40)
                        .prefilledWith(PublicField.Prefill.PHONE),
                PublicField.of("email", PublicField.Kind.EMAIL, Text.of("电子邮箱", "E-mail"), false, 320)
                        .prefilledWith(PublicField.Prefill.EMAIL).withHelp(Text.of(
                                "请至少留下电话或电子邮箱；复测结果通知书将发送到邮箱。",
                                "Leave a phone number or an e-mail address; the result letter goes to the e-mail.")));
    }

    @Override
    public Text submit(Submission s) {
        RetestCase c = cases.openOnline(new RetestCases.NewCase(s.value("customerName").orElse(null),
                s.value("organisation").orElse(null), s.value("email").orElse(null), s.value("phone").orElse(null),
                s.value("reportNumber").orElse(null), s.value("reportDate")
                .map(v -> ModuleInput.date("reportDate", v)).orElse(null), s.value("sample").orElse(null), null, null,
                null, s.value("claim").orElse(null), List.of()), s.language(),
                s.requestNumber().or(() -> s.value("requestNumber")).orElse(null));
        if (c.status() == RetestStatus.NOT_ELIGIBLE) {
            return Text.of("很抱歉，不能受理复测申请（" + c.number() + "）：\n" + c.eligibilityReasons().zh(),
                    "We are sorry: the retest request (" + c.number() + ") is not eligible:\n"
                            + c.eligibilityReasons().en());
        }
        Text received = Text.of("您的复测申请已受理，编号 " + c.number() + "。我们将调查原因并告知您决定。",
                "Your retest request is registered as " + c.number() + ". We will investigate and tell you our "
                        + "decision.");
        if (c.eligibilityReasons() != null) {
            return Text.of(received.zh() + "\n" + c.eligibilityReasons().zh(), received.en() + "\n"
                    + c.eligibilityReasons().en());
        }
        return received;
    }
}
