package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.letter.LetterKind.Placeholder;
import io.labdesk.platform.api.letter.LetterText;
import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result letter (复测结果通知书) as a letter of the platform's: its placeholders, filled from the case, and the
 * default wording each institution may reword. The comparison of the items is a table, not text: it stands where a
 * paragraph holds only {@code {comparison}}, or after the text when the wording leaves it out.
 */
public final class ResultLetter {

    /** Its name among the module's letters. */
    public static final String NAME = "result";

    /** The placeholder that stands for the comparison table. */
    public static final String COMPARISON = "comparison";

    static final String DEFAULT_ZH = """
            {salutation}：

            您对报告 {report}（签发日期 {reportDate}）提出的疑问已登记为复测 {number}：{claim}

            我单位对{sample}进行了复测，复测结果与原结果的比对如下：

            {comparison}

            总体判定：{overall}。原因类别：{class}。

            结论：{conclusion}

            {amendedReport}

            如对复测结果仍有疑问，请与我单位联系。感谢您对我们工作的监督与支持。

            {institution}
            {date}""";

    static final String DEFAULT_EN = """
            {addressee}

            {salutation},

            Your question about report {report} of {reportDate} was registered as retest {number}: {claim}

            We retested {sample}; the retest's results compared with the original are:

            {comparison}

            Overall: {overall}. Cause: {class}.

            Conclusion: {conclusion}

            {amendedReport}

            If you still have questions about the result, please contact us. Thank you for helping us improve our work.

            {institution}
            {date}""";

    private ResultLetter() {
    }

    /** The letter as the platform knows it, reworded by holders of {@code permission}. */
    public static LetterKind kind(String permission) {
        return new LetterKind(NAME, Text.of("复测结果通知书", "Retest result letter"), permission, List.of(
                Placeholder.of("salutation", "称呼：单位 姓名 先生/女士", "the greeting: Dear name"),
                Placeholder.of("addressee", "收信人：姓名和单位", "the addressee: name and organisation"),
                Placeholder.of("number", "复测编号", "the retest's number"),
                Placeholder.of("report", "原报告编号", "the original report's number"),
                Placeholder.of("reportDate", "原报告签发日期", "the original report's date"),
                Placeholder.of("claim", "客户的疑问", "what the customer questioned"),
                Placeholder.of("sample", "复测的样品", "the sample retested"),
                Placeholder.of(COMPARISON, "各项目的比对表（单独成段）", "the table comparing each item (a paragraph of its own)"),
                Placeholder.of("overall", "总体判定", "the overall verdict"),
                Placeholder.of("class", "原因类别", "the cause's class"),
                Placeholder.of("conclusion", "结论", "the conclusion"),
                Placeholder.of("amendedReport", "更正后报告的编号（如有）", "the amended report's number, if any"),
                Placeholder.of("institution", "本机构名称", "your institution's name"),
                Placeholder.of("date", "通知书日期", "the letter's date")), Text.of(DEFAULT_ZH, DEFAULT_EN));
    }

    /** The values of the placeholders for {@code c}, except the comparison, which is printed as a table. */
    public static Map<String, String> values(RetestCase c, Locale locale, String institution, LocalDate today) {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("salutation", LetterText.salutation(c.customerName(), c.customerOrganisation(), en));
        values.put("addressee", LetterText.addressee(c.customerName(), c.customerOrganisation()));
        values.put("number", c.number());
        values.put("report", c.reportNumber());
        values.put("reportDate", c.reportDate() == null ? "—" : c.reportDate().toString());
        values.put("claim", c.claim() == null ? "" : c.claim().strip());
        values.put("sample", c.sample() == null || c.sample().isBlank() ? (en ? "the sample" : "所留样品")
                : (en ? "sample " : "样品 ") + c.sample().strip());
        values.put("overall", c.overall() == null ? "—" : c.overall().label().in(locale));
        values.put("class", c.finalClass() == null ? "—" : c.finalClass().label().in(locale));
        values.put("conclusion", c.conclusion() == null ? "" : c.conclusion());
        values.put("amendedReport", c.amendedReport() == null ? "" : (en ? "Amended report: " : "更正后的报告：")
                + c.amendedReport());
        values.put("institution", institution);
        values.put("date", today.toString());
        return values;
    }

}
