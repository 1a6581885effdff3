package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.DefaultQuestionnaire;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.domain.ItemKind;
import io.labdesk.modules.surveys.domain.Questionnaire;
import io.labdesk.modules.surveys.domain.SurveyFigures;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures of a period (S4): response rate, per rated item its satisfaction rate, mean and distribution, overall
 * satisfaction against the institution's goal, NPS, and the unhappy answers still to follow up.
 */
@ApplicationScoped
public class SurveyAnalysis {

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    WorkingTime workingTime;

    @Inject
    Questionnaires questionnaires;

    /** One rated item's figures; {@code distribution} counts per point, lowest first. */
    public record ItemFigures(String code, Text wording, int answers, OptionalDouble satisfactionRate,
                              OptionalDouble mean, long[] distribution) {
    }

    public record Figures(long sent, long answered, OptionalDouble responseRate, List<ItemFigures> items,
                          OptionalDouble overall, long goalPercent, OptionalDouble netPromoterScore, int recommendations,
                          long openFollowUps) {

        public Boolean overallMeetsGoal() {
            return overall.isPresent() ? overall.getAsDouble() >= goalPercent : null;
        }
    }

    /** The whole days from {@code from} up to, not including, {@code until}, in the institution's time zone. */
    @Transactional
    public Figures of(LocalDate from, LocalDate until) {
        modules.require(SurveysModule.READ);
        Instant start = from.atStartOfDay(workingTime.zone()).toInstant();
        Instant end = until.atStartOfDay(workingTime.zone()).toInstant();
        long[] sent = register.sentAndAnswered(start, end);
        Map<String, Item> rated = new LinkedHashMap<>();
        Item recommendation = null;
        for (Questionnaire q : questionnaires.all()) {
            for (Item item : register.version(q.id(), q.currentVersion()).items()) {
                if (item.kind() == ItemKind.RATING) {
                    rated.putIfAbsent(item.code(), item);
                } else if (item.kind() == ItemKind.RECOMMENDATION && recommendation == null) {
                    recommendation = item;
                }
            }
        }
        List<ItemFigures> items = new ArrayList<>();
        OptionalDouble overall = OptionalDouble.empty();
        for (Item item : rated.values()) {
            List<Integer> scores = register.scores(item.code(), start, end);
            long[] distribution = new long[5];
            scores.forEach(s -> distribution[s - 1]++);
            ItemFigures f = new ItemFigures(item.code(), item.wording(), scores.size(),
                    SurveyFigures.satisfactionRate(scores), SurveyFigures.mean(scores), distribution);
            items.add(f);
            if (item.code().equals(DefaultQuestionnaire.OVERALL)) {
                overall = f.satisfactionRate();
            }
        }
        List<Integer> recommendations = recommendation == null ? List.of()
                : register.scores(recommendation.code(), start, end);
        return new Figures(sent[0], sent[1], SurveyFigures.responseRate(sent[0], sent[1]), items, overall,
                modules.settings(SurveysModule.ID).number("goalPercent"),
                SurveyFigures.netPromoterScore(recommendations), recommendations.size(), register.openFollowUps());
    }

    @Transactional
    public long openFollowUps() {
        return register.openFollowUps();
    }
}
