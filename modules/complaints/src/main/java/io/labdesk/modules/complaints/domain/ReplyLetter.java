package io.labdesk.modules.complaints.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply letter's text: a template with {placeholders} filled from the complaint file. Unknown placeholders are
 * refused when the template is saved, so a letter never goes out with a gap.
 */
public final class ReplyLetter {

    /** The placeholders a template may use. */
    public static final List<String> PLACEHOLDERS = List.of("salutation", "addressee", "number", "complainant",
            "organisation", "received", "report", "checked", "decision", "reasons", "institution", "date");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

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

    public static String defaultFor(String language) {
        return "en".equals(language) ? DEFAULT_EN : DEFAULT_ZH;
    }

    /** Placeholders in {@code template} that are not known. */
    public static List<String> unknownPlaceholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        List<String> unknown = new java.util.ArrayList<>();
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
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
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * How the letter opens: "华东精细化工有限公司 周伟 先生/女士" (the organisation when given), "Dear 周伟". The record
     * holds no gender, so none is guessed.
     */
    static String salutation(Complaint c, boolean en) {
        if (en) {
            return "Dear " + c.complainantName().strip();
        }
        String organisation = organisation(c);
        return (organisation.isEmpty() ? "" : organisation + " ") + c.complainantName().strip() + " 先生/女士";
    }

    /** The name, and the organisation on a line of its own when given: the head of a letter in English. */
    static String addressee(Complaint c) {
        String organisation = organisation(c);
        return c.complainantName().strip() + (organisation.isEmpty() ? "" : "\n" + organisation);
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
