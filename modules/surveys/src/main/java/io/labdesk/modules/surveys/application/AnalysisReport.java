package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.FollowUpStatus;
import io.labdesk.modules.surveys.domain.SurveyFigures;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.Institution;
import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The periodic analysis report (S4) as PDF in the reader's language: the method, the sample and response rate,
 * statistics per item, overall satisfaction against the goal and NPS, the customers' own words with their overall
 * score, and how the unhappy answers were followed up.
 */
@ApplicationScoped
public class AnalysisReport {

    @Inject
    SurveyAnalysis analysis;

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    WorkingTime workingTime;

    @Inject
    Institution institution;

    @Inject
    DocumentPrinter printer;

    /** The report on the whole days from {@code from} up to, not including, {@code until}. */
    @Transactional
    public byte[] pdf(LocalDate from, LocalDate until, Locale locale) {
        modules.require(SurveysModule.READ);
        SurveyAnalysis.Figures f = analysis.of(from, until);
        String period = from + " – " + until.minusDays(1);
        PrintedDocument.Builder doc = PrintedDocument.titled(t(locale, "客户满意度调查分析报告", "Customer satisfaction "
                + "survey analysis") + " " + period);
        doc.field(t(locale, "机构", "Institution"), institution.name(locale));
        doc.field(t(locale, "统计期间", "Period"), period);
        doc.heading(t(locale, "一、调查方法", "1. Method"));
        doc.paragraph(t(locale, "每次服务（工单）办结后，按设定的延迟与抽样比例，通过电子邮件或短信向客户发送专属链接，邀请其填写"
                        + "满意度问卷；回访人员也可电话回访并代为录入。评分项采用 1–5 分（很不满意至很满意），满意率为 4 分和 5 分"
                        + "所占比例；推荐意愿采用 0–10 分计算净推荐值（NPS）。低分答卷在规定工作日内回访。",
                "After every completed service (request) customers are invited, after the set delay and for the set "
                        + "share, by e-mail or text message with a private link to answer the satisfaction "
                        + "questionnaire; follow-up staff may also record answers given on the phone. Items are rated "
                        + "1–5 (very dissatisfied to very satisfied); the satisfaction rate is the share of 4 and 5. "
                        + "The likelihood to recommend (0–10) gives the net promoter score (NPS). Unhappy answers are "
                        + "followed up within the set working days."));
        doc.heading(t(locale, "二、样本与答复率", "2. Sample and response rate"));
        doc.field(t(locale, "发出邀请", "Invitations sent"), Long.toString(f.sent()));
        doc.field(t(locale, "收到答卷", "Answers received"), Long.toString(f.answered()));
        doc.field(t(locale, "答复率", "Response rate"), SurveyFigures.percent(f.responseRate()));
        doc.heading(t(locale, "三、各项统计", "3. Statistics per item"));
        List<List<String>> rows = new ArrayList<>();
        for (SurveyAnalysis.ItemFigures i : f.items()) {
            long[] d = i.distribution();
            rows.add(List.of(i.wording().in(locale), Integer.toString(i.answers()),
                    SurveyFigures.percent(i.satisfactionRate()), i.mean().isPresent()
                            ? String.format(Locale.ROOT, "%.2f", i.mean().getAsDouble()) : "—",
                    d[0] + " / " + d[1] + " / " + d[2] + " / " + d[3] + " / " + d[4]));
        }
        doc.table(List.of(t(locale, "项目", "Item"), t(locale, "答卷数", "Answers"), t(locale, "满意率", "Satisfied"),
                t(locale, "平均分", "Mean"), t(locale, "1/2/3/4/5 分人数", "Answers at 1/2/3/4/5")), rows,
                List.of(3f, 1f, 1.2f, 1f, 2f));
        doc.field(t(locale, "总体满意率", "Overall satisfaction"), SurveyFigures.percent(f.overall())
                + t(locale, "（目标 ", " (goal ") + f.goalPercent() + " %" + t(locale, "）", ")"));
        doc.field(t(locale, "净推荐值 NPS", "Net promoter score"), f.netPromoterScore().isPresent()
                ? String.format(Locale.ROOT, "%+.0f", f.netPromoterScore().getAsDouble()) : "—");
        doc.heading(t(locale, "四、客户意见", "4. What customers wrote"));
        Instant start = from.atStartOfDay(workingTime.zone()).toInstant();
        Instant end = until.atStartOfDay(workingTime.zone()).toInstant();
        List<List<String>> texts = register.texts(start, end, 500).stream().map(r -> List.of(
                LocalTimes.format((Instant) r[0], workingTime.zone()), r[1] == null ? "" : (String) r[1],
                r[3] == null ? "—" : r[3].toString(), (String) r[2])).toList();
        if (texts.isEmpty()) {
            doc.paragraph(t(locale, "本期无文字意见。", "No written comments in the period."));
        } else {
            doc.table(List.of(t(locale, "时间", "When"), t(locale, "工单", "Request"), t(locale, "总体评分", "Overall"),
                    t(locale, "意见", "Comment")), texts, List.of(1.4f, 1.4f, 0.8f, 4f));
        }
        doc.heading(t(locale, "五、不满意客户回访", "5. Unhappy customers followed up"));
        Map<FollowUpStatus, Long> followed = register.followUpsOpened(start, end);
        for (FollowUpStatus s : FollowUpStatus.values()) {
            doc.field(s.text().in(locale), Long.toString(followed.getOrDefault(s, 0L)));
        }
        return printer.pdf(doc.build());
    }

    private static String t(Locale locale, String zh, String en) {
        return Text.of(zh, en).in(locale);
    }
}
