package io.labdesk.modules.instruments.application;

import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.InstrumentPart;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.Warranty;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.tenant.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The service report the customer gets when a case closes (W5), in their language: the instrument, the warranty
 * decision, the fault, diagnosis and way, the visit, the work done with the parts fitted and what became of the old
 * ones, and the customer's sign-off with the signature drawn.
 */
final class ServiceReport {

    private ServiceReport() {
    }

    static PrintedDocument of(String institution, ServiceCase c, Instrument i, List<InstrumentPart> fitted,
                              byte[] signature, ZoneId zone, Locale locale) {
        boolean zh = Languages.CHINESE.equals(Languages.choose(locale, null));
        PrintedDocument.Builder doc = PrintedDocument.titled(institution + " · " + (zh ? "仪器服务报告" : "Service report"));
        doc.field(zh ? "服务单" : "Service case", c.number())
                .field(zh ? "服务请求" : "Request", c.requestNumber())
                .field(zh ? "类型" : "Kind", c.kind().label().in(locale))
                .field(zh ? "客户" : "Customer", i.customerOrganisation() == null ? c.customerName()
                        : i.customerOrganisation() + " " + c.customerName())
                .field(zh ? "仪器" : "Instrument", i.model() + (zh ? "，序列号 " : ", serial number ") + i.serialNumber())
                .field(zh ? "所在地" : "Place", i.place() == null ? "—" : i.place());
        Warranty.Decision w = c.decision();
        doc.field(zh ? "保修" : "Warranty", w.standing().label().in(locale) + (w.chargeable()
                ? (zh ? "（收费）" : " (charged)") : "")).paragraph(w.reason().in(locale));
        doc.heading(zh ? "故障与诊断" : "Fault and diagnosis").field(zh ? "故障" : "Fault", c.fault());
        if (c.diagnosis() != null) {
            doc.field(zh ? "诊断" : "Diagnosis", c.diagnosis()).field(zh ? "服务方式" : "Way", c.way().label().in(locale));
        }
        doc.heading(zh ? "服务过程" : "The service").field(zh ? "开单" : "Opened", when(c.openedAt(), zone));
        if (c.partsOrdered() != null) {
            doc.field(zh ? "订购配件" : "Parts ordered", c.partsOrdered() + " · " + when(c.partsOrderedAt(), zone));
        }
        if (c.arrivedAt() != null) {
            doc.field(zh ? "到达现场" : "On site", c.engineer() + " · " + when(c.arrivedAt(), zone));
        }
        if (c.longerCycleReason() != null) {
            doc.field(zh ? "周期延长" : "Longer cycle", c.longerCycleReason());
        }
        doc.field(zh ? "完工" : "Done", when(c.doneAt(), zone)).paragraph(c.workReport());
        if (!fitted.isEmpty()) {
            doc.table(zh ? List.of("更换件", "编号", "安装日期", "保修至") : List.of("Part fitted", "Part number",
                            "Fitted on", "Warranty until"),
                    fitted.stream().map(p -> List.of(p.name(), p.partNumber() == null ? "" : p.partNumber(),
                            p.fittedOn().toString(), Warranty.lastDay(p.fittedOn(), p.warrantyMonths()).toString()))
                            .toList());
            if (c.oldParts() != null) {
                doc.field(zh ? "换下的配件" : "Parts taken out", c.oldParts().label().in(locale));
            }
        }
        if (c.signedAt() != null) {
            doc.heading(zh ? "客户确认" : "Customer's sign-off")
                    .field(zh ? "签字人" : "Signed by", c.signedBy() + " · " + when(c.signedAt(), zone));
            if (signature != null) {
                doc.picture(signature, (zh ? "签名（SHA-256 " : "Signature (SHA-256 ") + c.signatureSha256() + ")");
            }
        }
        return doc.build();
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? "—" : LocalTimes.format(at, zone);
    }
}
