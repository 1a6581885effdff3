package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.letter.LetterKind.Placeholder;
import io.labdesk.platform.api.letter.LetterText;
import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reply letter (复函) as a letter of the platform's: its placeholders, filled from the complaint file, and the
 * default wording each institution may reword. Unknown placeholders are refused when a wording is saved, so a letter
 * never goes out with a gap.
 */
public final class ReplyLetter {

    /** Its name among the module's letters. */
    public static final String NAME = "reply";

    public static final String DEFAULT_ZH = """
            {salutation}：

            您于 {received} 提出的投诉（编号 {number}，涉及报告 {report}）已收悉。我单位依照投诉处理程序进行了调查，\
            核查了{checked}。

            处理结论：{decision}。
            理由：{reasons}

            如对处理结果仍有意见，请在收到本函后 15 日内与我单位联系。感谢您对我们工作的监督与支持。

            {institution}
            {date}""";

    public static final String DEFAULT_EN = """
            {addressee}

            {salutation},

            We received your complaint of {received} (number {number}, concerning report {report}) and investigated \
            it following our complaint procedure, checking {checked}.

            Outcome: {decision}.
            Reasons: {reasons}

            If you disagree with this outcome, please contact us within 15 days of receiving this letter. Thank you \
            for helping us improve our work.

            {institution}
            {date}""";

    /** The letter as the platform knows it, reworded by holders of {@code permission}. */
    public static LetterKind kind(String permission) {
        return new LetterKind(NAME, Text.of("投诉处理复函", "Reply to a complaint"), permission, List.of(
                Placeholder.of("salutation", "称呼：单位 姓名 先生/女士", "the greeting: Dear name"),
                Placeholder.of("addressee", "收信人：姓名和单位", "the addressee: name and organisation"),
                Placeholder.of("number", "投诉编号", "the complaint's number"),
                Placeholder.of("complainant", "投诉人姓名", "the complainant's name"),
                Placeholder.of("organisation", "投诉人单位", "the complainant's organisation"),
                Placeholder.of("received", "收到投诉的日期", "the day the complaint came in"),
                Placeholder.of("report", "所涉报告编号", "the report's number"),
                Placeholder.of("checked", "调查时实际核查的项目", "what the investigation actually checked"),
                Placeholder.of("decision", "处理结论", "the outcome"),
                Placeholder.of("reasons", "结论的理由", "the reasons for it"),
                Placeholder.of("institution", "本机构名称", "your institution's name"),
                Placeholder.of("date", "复函日期", "the letter's date")), Text.of(DEFAULT_ZH, DEFAULT_EN));
    }


    /**
     * Wording of earlier default letters, which institutions may have saved unchanged: it claimed every check whatever
     * was ticked and glued the name to the organisation. Read as today's placeholders.
     */
    private static final Map<String, String> EARLIER_WORDING = Map.of(
            "{organisation}{complainant}：", "{salutation}：",
            "核查了相关原始记录、设备、方法与环境条件。", "核查了{checked}。",
            "Dear {complainant} ({organisation}),", "{addressee}\n\n{salutation},",
            "checking the original records, equipment, method and environment.", "checking {checked}.");

    private ReplyLetter() {
    }

    /** The letter for {@code c}, in {@code language} ("zh-CN" or "en"). */
    public static String fill(String template, Complaint c, String language, String institution, LocalDate received,
                              LocalDate today) {
        boolean en = "en".equals(language);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("salutation", salutation(c, en));
        values.put("addressee", addressee(c));
        values.put("number", c.number());
        values.put("complainant", c.complainantName());
        values.put("organisation", organisation(c));
        values.put("received", received.toString());
        values.put("report", c.reportNumber() == null ? "—" : c.reportNumber());
        values.put("checked", checked(c.checked(), en));
        values.put("decision", Boolean.TRUE.equals(c.upheld()) ? (en ? "your complaint is upheld" : "投诉成立")
                : (en ? "your complaint is not upheld" : "投诉不成立"));
        values.put("reasons", c.decisionReason() == null ? "" : c.decisionReason());
        values.put("institution", institution);
        values.put("date", today.toString());
        String text = template;
        for (Map.Entry<String, String> earlier : EARLIER_WORDING.entrySet()) {
            text = text.replace(earlier.getKey(), earlier.getValue());
        }
        return LetterText.fill(text, values);
    }

    static String salutation(Complaint c, boolean en) {
        return LetterText.salutation(c.complainantName(), organisation(c), en);
    }

    static String addressee(Complaint c) {
        return LetterText.addressee(c.complainantName(), organisation(c));
    }

    private static String organisation(Complaint c) {
        return c.complainantOrganisation() == null ? "" : c.complainantOrganisation().strip();
    }

    /** What the investigator ticked, in the procedure's order, as a phrase: "原始记录和检测方法", "the method". */
    static String checked(List<ComplaintKinds.Check> checks, boolean en) {
        List<String> phrases = checks.stream().sorted().map(check -> switch (check) {
            case ORIGINAL_RECORDS -> en ? "the original records" : "原始记录";
            case EQUIPMENT -> en ? "the equipment used" : "所用设备";
            case METHOD -> en ? "the test method" : "检测方法";
            case ENVIRONMENT -> en ? "the environmental conditions" : "环境条件";
            case REPORT_COPIES -> en ? "the copies of the report" : "报告副本";
        }).toList();
        if (phrases.isEmpty()) {
            // Never the case once investigated (a check is required); the letter then claims no check at all.
            return en ? "the matter complained of" : "投诉所涉事项";
        }
        if (phrases.size() == 1) {
            return phrases.getFirst();
        }
        String last = phrases.getLast();
        String rest = String.join(en ? ", " : "、", phrases.subList(0, phrases.size() - 1));
        return rest + (en ? " and " : "和") + last;
    }
}
