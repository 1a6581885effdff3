package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;
import java.util.List;

/** The labels of a rating's five points, as the sources' forms word them, and of a recommendation's two ends. */
public final class RatingScale {

    public static final List<Text> POINTS = List.of(
            Text.of("很不满意", "Very dissatisfied"),
            Text.of("不满意", "Dissatisfied"),
            Text.of("一般", "Neutral"),
            Text.of("满意", "Satisfied"),
            Text.of("很满意", "Very satisfied"));

    public static final Text UNLIKELY = Text.of("完全不可能", "Not at all likely");
    public static final Text LIKELY = Text.of("非常可能", "Extremely likely");

    public static final Text YES = Text.of("是", "Yes");
    public static final Text NO = Text.of("否", "No");

    private RatingScale() {
    }
}
