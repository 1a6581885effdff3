package io.labdesk.modules.surveys.domain;

import java.util.List;

/**
 * The questionnaire every institution starts with, from the sources' customer satisfaction form (000 客户满意度调查):
 * attitude, quality, speed, report quality and overall satisfaction rated 1–5, the likelihood to recommend (0–10),
 * and suggestions in the customer's words.
 */
public final class DefaultQuestionnaire {

    public static final String CODE = "after-service";
    public static final String OVERALL = "overall";
    public static final String RECOMMEND = "recommend";
    public static final String SUGGESTIONS = "suggestions";

    private DefaultQuestionnaire() {
    }

    public static List<Item> items() {
        return List.of(
                Item.of("attitude", ItemKind.RATING, true, "服务态度", "Attitude of our staff"),
                Item.of("quality", ItemKind.RATING, true, "服务质量", "Quality of the service"),
                Item.of("speed", ItemKind.RATING, true, "解决问题的速度/及时性", "Speed of resolving your matter"),
                Item.of("report", ItemKind.RATING, true, "报告质量", "Quality of the report"),
                Item.of(OVERALL, ItemKind.RATING, true, "总体满意度", "Overall satisfaction"),
                Item.of(RECOMMEND, ItemKind.RECOMMENDATION, false, "您向同行推荐我们的可能性有多大？",
                        "How likely are you to recommend us to a colleague?"),
                Item.of(SUGGESTIONS, ItemKind.TEXT, false, "建议", "Suggestions"));
    }
}
