package io.labdesk.modules.retest.application;

import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.domain.Measurement;
import io.labdesk.modules.retest.domain.ResultLetter;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestItem;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the customer is told, in their language: the case received with its number, not eligible and why, the quote
 * to accept, the retest started, refused, and the result as a letter (PDF) with each item's comparison.
 */
@ApplicationScoped
public class CustomerNotices {

    @Inject
    CustomerMessages messages;

    @Inject
    DocumentPrinter printer;

    @Inject
    Institution institution;

    @Inject
    LetterTemplates letters;

    @Inject
    WorkingTime workingTime;

    void received(RetestCase c) {
        tell(c, "retest-received", Text.of("复测申请已受理 " + c.number(), "Retest request received " + c.number()),
                Text.of("您对报告 " + c.reportNumber() + " 的复测申请已受理，编号 " + c.number()
                                + "。我们将进行调查并告知您决定。",
                        "Your request for a retest of report " + c.reportNumber() + " was received as " + c.number()
                                + ". We will investigate and tell you our decision."),
                Text.of("复测申请 " + c.number() + " 已受理。", "Retest request " + c.number() + " received."), List.of());
    }

    void notEligible(RetestCase c) {
        Text reasons = c.eligibilityReasons();
        tell(c, "retest-not-eligible", Text.of("复测申请未能受理 " + c.number(), "Retest request not eligible "
                        + c.number()),
                Text.of("您对报告 " + c.reportNumber() + " 的复测申请（" + c.number() + "）不符合复测条件：\n"
                        + reasons.zh(), "Your request for a retest of report " + c.reportNumber() + " ("
                        + c.number() + ") is not eligible:\n" + reasons.en()),
                Text.of("复测申请 " + c.number() + " 不符合条件：" + reasons.zh(), "Retest request " + c.number()
                        + " is not eligible: " + reasons.en()), List.of());
    }

    void quote(RetestCase c, Quotes.Issued issued) {
        Quotes.Quote q = issued.quote();
        String amount = q.total().toPlainString() + " " + q.currency();
        tell(c, "retest-quote", Text.of("复测报价 " + q.number(), "Quote for your retest " + q.number()),
                Text.of("复测 " + c.number() + " 属有条件复测，费用 " + amount + "。请在以下链接查看报价并确认或拒绝，"
                                + "确认后开始复测：\n" + issued.link(),
                        "Retest " + c.number() + " is a conditional retest costing " + amount + ". Please open the "
                                + "quote and accept or decline it; the retest starts once you accept:\n" + issued.link()),
                Text.of("复测 " + c.number() + " 费用 " + amount + "，请确认：" + issued.link(),
                        "Retest " + c.number() + " costs " + amount + "; please answer: " + issued.link()), List.of());
    }

    void retestStarts(RetestCase c) {
        tell(c, "retest-started", Text.of("复测开始 " + c.number(), "Your retest has started " + c.number()),
                Text.of("复测 " + c.number() + " 已批准并开始，结果出来后我们会通知您。",
                        "Retest " + c.number() + " was approved and has started; we will tell you the result."),
                Text.of("复测 " + c.number() + " 已开始。", "Retest " + c.number() + " has started."), List.of());
    }

    void refused(RetestCase c) {
        tell(c, "retest-refused", Text.of("不予复测 " + c.number(), "Retest refused " + c.number()),
                Text.of("很抱歉，复测 " + c.number() + " 不能进行：" + c.refusal(),
                        "We are sorry: retest " + c.number() + " cannot go ahead: " + c.refusal()),
                Text.of("复测 " + c.number() + " 不能进行：" + c.refusal(),
                        "Retest " + c.number() + " cannot go ahead: " + c.refusal()), List.of());
    }

    /** The result letter goes out in the customer's language, and is kept as sent. */
    void result(RetestCase c, List<RetestItem> items) {
        Locale locale = locale(c);
        c.letterSent(locale.toLanguageTag(), text(c, locale));
        byte[] letter = printer.pdf(letter(c, items, locale));
        tell(c, "retest-result", Text.of("复测结果 " + c.number(), "Retest result " + c.number()),
                Text.of("复测 " + c.number() + " 已完成，结果见附件《复测结果通知书》。",
                        "Retest " + c.number() + " is complete; the result letter is attached."),
                Text.of("复测 " + c.number() + " 已完成：" + c.overall().label().zh() + "。",
                        "Retest " + c.number() + " is complete: " + c.overall().label().en() + "."),
                List.of(new CustomerMessages.Attachment(c.number() + ".pdf", "application/pdf", letter)));
    }

    /**
     * The result letter in {@code locale}: as it went out when it went out in that language, else written from the
     * institution's wording; each item compared in a table where the wording puts {@code {comparison}}.
     */
    public PrintedDocument letter(RetestCase c, List<RetestItem> items, Locale locale) {
        boolean zh = Languages.CHINESE.equals(Languages.choose(locale, null));
        Locale language = zh ? Languages.CHINESE : Languages.ENGLISH;
        String text = c.letterText() != null && language.toLanguageTag().equals(c.letterLanguage()) ? c.letterText()
                : text(c, language);
        PrintedDocument.Builder doc = PrintedDocument.titled(institution.name(language) + " · "
                + (zh ? "复测结果通知书" : "Retest result"));
        String table = "{" + ResultLetter.COMPARISON + "}";
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.strip().equals(table)) {
                comparison(doc, items, language);
            } else if (!paragraph.isBlank()) {
                doc.paragraph(paragraph.strip());
            }
        }
        if (!text.contains(table)) {
            comparison(doc, items, language);
        }
        return doc.build();
    }

    private String text(RetestCase c, Locale locale) {
        return letters.write(RetestModule.ID, ResultLetter.NAME, locale.toLanguageTag(), ResultLetter.values(c, locale,
                institution.name(locale), LocalDate.now(workingTime.zone())));
    }

    private static void comparison(PrintedDocument.Builder doc, List<RetestItem> items, Locale locale) {
        boolean zh = Languages.CHINESE.equals(locale);
        doc.heading(zh ? "结果比对" : "Comparison");
        doc.table(zh ? List.of("检测项目", "方法", "原结果", "复测结果", "En", "判定")
                        : List.of("Test item", "Method", "Original", "Retest", "En", "Verdict"),
                items.stream().map(i -> List.of(i.testItem(), i.method() == null ? "" : i.method(),
                        shown(i.original()), i.retest() == null ? "" : shown(i.retest()),
                        i.normalisedError() == null ? "—" : i.normalisedError().toPlainString(),
                        i.explanation() == null ? "" : i.explanation().in(locale))).toList(),
                List.of(2.2f, 2f, 2f, 2f, 0.8f, 3.4f));
        doc.paragraph(zh ? "En = (x₁ − x₂) / √(U₁² + U₂²)，|En| ≤ 1 表示复测结果与原结果在测量不确定度范围内一致。"
                : "En = (x₁ − x₂) / √(U₁² + U₂²); |En| ≤ 1 means the retest agrees with the original within the "
                + "measurement uncertainty.");
    }

    private static String shown(Measurement m) {
        String value = m.value().stripTrailingZeros().toPlainString() + (m.unit().isEmpty() ? "" : " " + m.unit());
        BigDecimal u = m.expandedUncertainty();
        return u == null ? value : value + " (U = " + u.stripTrailingZeros().toPlainString() + ")";
    }

    private Locale locale(RetestCase c) {
        return Languages.choose(Languages.spoken(c.customerLanguage()).orElse(null), institution.defaultLocale());
    }

    private void tell(RetestCase c, String topic, Text subject, Text body, Text sms,
                      List<CustomerMessages.Attachment> files) {
        messages.tell(new CustomerMessages.Addressee(c.customerName(), c.customerEmail(), c.customerPhone(),
                c.customerLanguage()), topic, c.id(), subject, body, sms, files);
    }
}
