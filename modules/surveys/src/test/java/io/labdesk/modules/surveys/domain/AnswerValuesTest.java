package io.labdesk.modules.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.module.InvalidModuleInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValuesTest {

    private static final List<Item> ITEMS = DefaultQuestionnaire.items();

    private static Map<String, String> all(String score) {
        Map<String, String> values = new HashMap<>();
        for (String code : List.of("attitude", "quality", "speed", "report", "overall")) {
            values.put(code, score);
        }
        return values;
    }

    @Test
    void aHappyAnswerIsTakenAsItIs() {
        Map<String, String> values = all("4");
        values.put("recommend", "9");
        AnswerValues read = AnswerValues.read(ITEMS, values, 2);
        assertThat(read.unhappy()).isFalse();
        assertThat(read.values()).hasSize(6);
    }

    @Test
    void requiredItemsAndPointsOffTheScaleAreRefusedAtTheirItem() {
        Map<String, String> values = all("4");
        values.remove("speed");
        values.put("report", "6");
        values.put("recommend", "11");
        assertThatThrownBy(() -> AnswerValues.read(ITEMS, values, 2)).isInstanceOfSatisfying(InvalidModuleInput.class,
                e -> {
                    assertThat(e.messages()).containsOnlyKeys("speed", "report", "recommend");
                    assertThat(e.messages().get("speed").zh()).isEqualTo("请回答此题。");
                });
    }

    @Test
    void aRatingAtTheThresholdIsUnhappyAndAsksWhy() {
        Map<String, String> values = all("4");
        values.put("attitude", "2");
        assertThatThrownBy(() -> AnswerValues.read(ITEMS, values, 2)).isInstanceOfSatisfying(InvalidModuleInput.class,
                e -> assertThat(e.messages()).containsOnlyKeys("suggestions"));
        values.put("suggestions", "电话总是打不通。");
        AnswerValues read = AnswerValues.read(ITEMS, values, 2);
        assertThat(read.unhappy()).isTrue();
        assertThat(read.whyUnhappy().zh()).isEqualTo("服务态度 2 分。客户意见：电话总是打不通。");
        values.put("attitude", "3");
        assertThat(AnswerValues.read(ITEMS, values, 2).unhappy()).as("above the threshold").isFalse();
    }

    @Test
    void aRecommendationOfSixOrLessIsUnhappy() {
        Map<String, String> values = all("5");
        values.put("recommend", "6");
        values.put("suggestions", "价格偏高。");
        assertThat(AnswerValues.read(ITEMS, values, 2).unhappy()).isTrue();
        values.put("recommend", "7");
        assertThat(AnswerValues.read(ITEMS, values, 2).unhappy()).isFalse();
    }
}
