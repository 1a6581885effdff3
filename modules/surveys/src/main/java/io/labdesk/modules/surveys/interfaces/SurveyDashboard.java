package io.labdesk.modules.surveys.interfaces;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.application.SurveyAnalysis;
import io.labdesk.modules.surveys.domain.RatingScale;
import io.labdesk.modules.surveys.domain.SurveyFigures;
import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The surveys' section of the dashboard: response rate, overall satisfaction against the goal, NPS, unhappy answers
 * not yet followed up, and how the overall ratings spread; each opens the module's lists.
 */
@ApplicationScoped
public class SurveyDashboard implements DashboardFigures {

    @Inject
    SurveyAnalysis analysis;

    @Override
    public Text title() {
        return Text.of("满意度调查", "Satisfaction surveys");
    }

    @Override
    public String permission() {
        return SurveysModule.READ;
    }

    @Override
    public Section of(LocalDate from, LocalDate until) {
        SurveyAnalysis.Figures f = analysis.of(from, until);
        String period = "from=" + from + "&until=" + until;
        List<Figure> figures = List.of(
                new Figure("surveys-response-rate", Text.of("答复率", "Response rate"),
                        SurveyFigures.percent(f.responseRate()), Text.of("已发送 " + f.sent() + " 份，答复 "
                        + f.answered() + " 份", f.answered() + " of " + f.sent() + " sent answered"), null,
                        "surveys?tab=invitations&" + period),
                new Figure("surveys-overall", Text.of("总体满意率", "Overall satisfaction"),
                        SurveyFigures.percent(f.overall()), Text.of("目标 " + f.goalPercent() + " %（4–5 分占比）",
                        "goal " + f.goalPercent() + " % (share of 4 and 5)"), f.overallMeetsGoal(),
                        "surveys?tab=analysis&" + period),
                new Figure("surveys-nps", Text.of("净推荐值 NPS", "Net promoter score"),
                        f.netPromoterScore().isPresent() ? String.format(Locale.ROOT, "%+.0f",
                                f.netPromoterScore().getAsDouble()) : "—",
                        Text.of(f.recommendations() + " 份答卷", f.recommendations() + " answers"), null,
                        "surveys?tab=analysis&" + period),
                new Figure("surveys-unhappy-open", Text.of("待回访的不满意客户", "Unhappy customers to follow up"),
                        Long.toString(f.openFollowUps()), Text.of("当前未结束", "open now"),
                        f.openFollowUps() == 0, "surveys?tab=follow-ups"));
        List<Bar> overall = new ArrayList<>();
        f.items().stream().filter(i -> i.code().equals("overall")).findFirst().ifPresent(i -> {
            for (int p = 0; p < 5; p++) {
                overall.add(new Bar(Text.of((p + 1) + " " + RatingScale.POINTS.get(p).zh(), (p + 1) + " "
                        + RatingScale.POINTS.get(p).en()), i.distribution()[p], "surveys?tab=analysis&" + period));
            }
        });
        return new Section(figures, overall.isEmpty() ? List.of() : List.of(new Breakdown("surveys-overall-points",
                Text.of("总体满意度评分分布", "Overall ratings"), overall)));
    }
}
