package io.labdesk.modules.instruments.application;

import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * What the customer is told at each step of a case, in their language (W4, source 004: the customer kept informed):
 * received with the warranty decision, the diagnosis and the way, the quote to accept, parts ordered or the factory
 * return with the promised date, a longer cycle, and the work done.
 */
@ApplicationScoped
class CustomerNotices {

    @Inject
    CustomerMessages messages;

    void received(ServiceCase c, Instrument i) {
        Text w = c.decision().reason();
        tell(c, "instrument-case-received", Text.of("服务单已受理 " + c.number(), "Service case opened " + c.number()),
                Text.of("您的仪器 " + i.model() + "（序列号 " + i.serialNumber() + "）的" + c.kind().label().zh()
                                + "请求已受理，服务单号 " + c.number() + "。\n保修判定：" + c.warranty().label().zh()
                                + "。" + w.zh() + "\n我们将尽快诊断并告知解决方案。",
                        "Your " + c.kind().label().en().toLowerCase() + " request for " + i.model() + " (serial number "
                                + i.serialNumber() + ") was opened as service case " + c.number() + ".\nWarranty: "
                                + c.warranty().label().en() + ". " + w.en()
                                + "\nWe will diagnose it and tell you the proposed solution shortly."),
                Text.of("服务单 " + c.number() + " 已受理（" + c.warranty().label().zh() + "）。",
                        "Service case " + c.number() + " opened (" + c.warranty().label().en() + ")."));
    }

    void diagnosed(ServiceCase c) {
        Text charge = c.chargeable()
                ? Text.of("本次服务收费（" + c.decision().reason().zh() + "），报价将另行发送，确认后开始。",
                        "This service is charged (" + c.decision().reason().en()
                                + "); the quote follows, and work starts once you accept it.")
                : Text.of("本次服务在保修范围内，不收费。", "This service is covered by the warranty: no charge.");
        tell(c, "instrument-case-diagnosed", Text.of("诊断与解决方案 " + c.number(), "Diagnosis and solution "
                        + c.number()),
                Text.of("服务单 " + c.number() + " 的诊断：" + c.diagnosis() + "\n服务方式：" + c.way().label().zh()
                        + "。\n" + charge.zh(), "Diagnosis of service case " + c.number() + ": " + c.diagnosis()
                        + "\nWay of service: " + c.way().label().en() + ".\n" + charge.en()),
                Text.of("服务单 " + c.number() + "：" + c.way().label().zh() + "。" + charge.zh(),
                        "Service case " + c.number() + ": " + c.way().label().en() + ". " + charge.en()));
    }

    void quote(ServiceCase c, Quotes.Issued issued) {
        Quotes.Quote q = issued.quote();
        String amount = q.total().toPlainString() + " " + q.currency();
        tell(c, "instrument-case-quote", Text.of("服务报价 " + q.number(), "Quote for your service " + q.number()),
                Text.of("服务单 " + c.number() + " 的费用为 " + amount + "。请在以下链接查看明细并确认或拒绝，确认后开始服务：\n"
                                + issued.link(),
                        "Service case " + c.number() + " costs " + amount + ". Please open the quote with its lines "
                                + "and accept or decline it; work starts once you accept:\n" + issued.link()),
                Text.of("服务单 " + c.number() + " 费用 " + amount + "，请确认：" + issued.link(),
                        "Service case " + c.number() + " costs " + amount + "; please answer: " + issued.link()));
    }

    void partsOrdered(ServiceCase c, LocalDate due) {
        tell(c, "instrument-case-parts", Text.of("配件已订购 " + c.number(), "Parts ordered " + c.number()),
                Text.of("服务单 " + c.number() + " 所需配件（" + c.partsOrdered() + "）已订购，预计 " + due
                                + " 前完成维修。", "The parts for service case " + c.number() + " (" + c.partsOrdered()
                                + ") are ordered; the repair is due by " + due + "."),
                Text.of("服务单 " + c.number() + " 配件已订购，预计 " + due + " 前完成。",
                        "Service case " + c.number() + ": parts ordered, due by " + due + "."));
    }

    void atFactory(ServiceCase c, LocalDate due) {
        tell(c, "instrument-case-factory", Text.of("仪器已返厂 " + c.number(), "Instrument sent to the factory "
                        + c.number()),
                Text.of("服务单 " + c.number() + " 的仪器已返厂维修，预计 " + due + " 前完成。",
                        "The instrument of service case " + c.number() + " went to the factory; it is due back by "
                                + due + "."),
                Text.of("服务单 " + c.number() + " 已返厂，预计 " + due + " 前完成。",
                        "Service case " + c.number() + ": at the factory, due by " + due + "."));
    }

    void longerCycle(ServiceCase c) {
        tell(c, "instrument-case-longer", Text.of("维修周期延长 " + c.number(), "Longer repair cycle " + c.number()),
                Text.of("很抱歉，服务单 " + c.number() + " 的维修需要更长时间：" + c.longerCycleReason(),
                        "We are sorry: service case " + c.number() + " needs longer: " + c.longerCycleReason()),
                Text.of("服务单 " + c.number() + " 维修周期延长：" + c.longerCycleReason(),
                        "Service case " + c.number() + " takes longer: " + c.longerCycleReason()));
    }

    void replacementRefused(ServiceCase c) {
        tell(c, "instrument-case-replacement-refused", Text.of("更换未获厂家同意 " + c.number(),
                        "Replacement not granted " + c.number()),
                Text.of("很抱歉，厂家未同意更换服务单 " + c.number() + " 的仪器：" + c.factoryAnswer()
                                + "\n我们将与您商定其他服务方式。",
                        "We are sorry: the factory did not grant a replacement for service case " + c.number() + ": "
                                + c.factoryAnswer() + "\nWe will agree another way of service with you."),
                Text.of("服务单 " + c.number() + " 更换未获厂家同意，将另商服务方式。",
                        "Service case " + c.number() + ": replacement not granted; we will agree another way."));
    }

    /** The instrument's customer, from the register (no case yet): the maintenance visit falling due. */
    void maintenanceDue(Instrument i, LocalDate due) {
        Text subject = Text.of("定期维护保养提醒 " + i.serialNumber(), "Maintenance due " + i.serialNumber());
        messages.tell(new CustomerMessages.Addressee(i.customerName(), i.customerEmail(), i.customerPhone(), null),
                "instrument-maintenance-due", i.id(), subject,
                Text.of("您的仪器 " + i.model() + "（序列号 " + i.serialNumber() + "）保修期内的定期维护保养将于 " + due
                                + " 进行，我们的工程师将与您联系预约时间。",
                        "The periodic maintenance of your " + i.model() + " (serial number " + i.serialNumber()
                                + ") under its warranty is due on " + due
                                + "; our engineer will call you to agree a time."),
                Text.of("仪器 " + i.serialNumber() + " 定期维护保养将于 " + due + " 进行，工程师将与您预约。",
                        "Maintenance of " + i.serialNumber() + " due on " + due + "; our engineer will call you."),
                List.of());
    }

    void started(ServiceCase c) {
        tell(c, "instrument-case-started", Text.of("服务开始 " + c.number(), "Service under way " + c.number()),
                Text.of("您已接受服务单 " + c.number() + " 的报价，我们将按“" + c.way().label().zh() + "”开始服务。",
                        "You accepted the quote of service case " + c.number() + "; we go ahead "
                                + c.way().label().en().toLowerCase() + "."),
                Text.of("服务单 " + c.number() + " 开始服务。", "Service case " + c.number() + " is under way."));
    }

    void done(ServiceCase c) {
        tell(c, "instrument-case-done", Text.of("服务完成 " + c.number(), "Service done " + c.number()),
                Text.of("服务单 " + c.number() + " 已完成：" + c.workReport(),
                        "Service case " + c.number() + " is done: " + c.workReport()),
                Text.of("服务单 " + c.number() + " 已完成。", "Service case " + c.number() + " is done."));
    }

    void closed(ServiceCase c, byte[] report) {
        tell(c, "instrument-case-closed", Text.of("服务报告 " + c.number(), "Service report " + c.number()),
                Text.of("服务单 " + c.number() + " 已结案，服务报告见附件。感谢您的信任。",
                        "Service case " + c.number() + " is closed; the service report is attached. Thank you."),
                Text.of("服务单 " + c.number() + " 已结案。", "Service case " + c.number() + " is closed."),
                List.of(new CustomerMessages.Attachment(c.number() + ".pdf", "application/pdf", report)));
    }

    private void tell(ServiceCase c, String topic, Text subject, Text body, Text sms) {
        tell(c, topic, subject, body, sms, List.of());
    }

    private void tell(ServiceCase c, String topic, Text subject, Text body, Text sms,
                      List<CustomerMessages.Attachment> files) {
        messages.tell(new CustomerMessages.Addressee(c.customerName(), c.customerEmail(), c.customerPhone(),
                c.customerLanguage()), topic, c.id(), subject, body, sms, files);
    }
}
