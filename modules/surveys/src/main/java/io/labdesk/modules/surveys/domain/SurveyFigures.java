package io.labdesk.modules.surveys.domain;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The figures of satisfaction (S4): the satisfaction rate of a rated item (share of its answers on the two top
 * points, 4 and 5), its mean, the net promoter score (share of 9–10 less share of 0–6, in points from −100 to 100) and
 * the response rate (answers among invitations sent). Empty where nothing was counted.
 */
public final class SurveyFigures {

    private SurveyFigures() {
    }

    public static OptionalDouble satisfactionRate(Collection<Integer> ratings) {
        if (ratings.isEmpty()) {
            return OptionalDouble.empty();
        }
        long top = ratings.stream().filter(r -> r >= 4).count();
        return OptionalDouble.of(100.0 * top / ratings.size());
    }

    public static OptionalDouble mean(Collection<Integer> scores) {
        return scores.stream().mapToInt(Integer::intValue).average();
    }

    public static OptionalDouble netPromoterScore(Collection<Integer> recommendations) {
        if (recommendations.isEmpty()) {
            return OptionalDouble.empty();
        }
        long promoters = recommendations.stream().filter(r -> r >= 9).count();
        long detractors = recommendations.stream().filter(r -> r <= AnswerValues.DETRACTOR).count();
        return OptionalDouble.of(100.0 * (promoters - detractors) / recommendations.size());
    }

    public static OptionalDouble responseRate(long sent, long answered) {
        return sent == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * answered / sent);
    }

    /** "92.3 %", or "—" when nothing was counted. */
    public static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f %%", value.getAsDouble()) : "—";
    }
}
