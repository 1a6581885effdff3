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
    public static final List<String> PLACEHOLDERS = List.of("number", "complainant", "organisation", "received",
            "report", "decision", "reasons", "institution", "date");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public static final String DEFAULT_ZH = """
            {organisation}{complainant}：

            您于 {received} 提出的投诉（编号 {number}，涉及报告 {report}）已收悉。我单位依照投诉处理程序进行了调查，\
            核查了相关原始记录、设备、方法与环境条件。

            处理结论：{decision}。
            理由：{reasons}

            如对处理结果仍有意见，请在收到本函后 15 日内与我单位联系。感谢您对我们工作的监督与支持。

            {institution}
            {date}""";

    public static final String DEFAULT_EN = """
            Dear {complainant} ({organisation}),

            We received your complaint of {received} (number {number}, concerning report {report}) and investigated \
            it following our complaint procedure, checking the original records, equipment, method and environment.

            Outcome: {decision}.
            Reasons: {reasons}

            If you disagree with this outcome, please contact us within 15 days of receiving this letter. Thank you \
            for helping us improve our work.

            {institution}
            {date}""";

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
        values.put("number", c.number());
        values.put("complainant", c.complainantName());
        values.put("organisation", c.complainantOrganisation() == null ? "" : c.complainantOrganisation());
        values.put("received", received.toString());
        values.put("report", c.reportNumber() == null ? (en ? "—" : "—") : c.reportNumber());
        values.put("decision", Boolean.TRUE.equals(c.upheld()) ? (en ? "your complaint is upheld" : "投诉成立")
                : (en ? "your complaint is not upheld" : "投诉不成立"));
        values.put("reasons", c.decisionReason() == null ? "" : c.decisionReason());
        values.put("institution", institution);
        values.put("date", today.toString());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
