package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an answer holds, read against the questionnaire version it answers: each item's value checked (required
 * answered, scores on their scale, a choice among its options, text at most 4,000 characters), and whether it is
 * unhappy (S5): a rating at or below the institution's threshold, or a recommendation of 6 or less. An unhappy
 * answer must say why in the questionnaire's first free-text item, so the follow-up knows what to call about.
 */
public final class AnswerValues {

    public static final int MAX_TEXT = 4000;
    /** At or below: a detractor in the NPS sense. */
    public static final int DETRACTOR = 6;

    /** One item's value: {@code score} for ratings, recommendations and yes (1) / no (0), else {@code text}. */
    public record Value(Item item, Integer score, String text) {
    }

    private final List<Value> values;
    private final List<Item> unhappyItems;

    private AnswerValues(List<Value> values, List<Item> unhappyItems) {
        this.values = List.copyOf(values);
        this.unhappyItems = List.copyOf(unhappyItems);
    }

    /** Reads {@code raw} (item code → what was sent) or throws with a message at each item refused. */
    public static AnswerValues read(List<Item> items, Map<String, String> raw, int threshold) {
        Map<String, Text> refused = new LinkedHashMap<>();
        List<Value> values = new ArrayList<>();
        List<Item> unhappy = new ArrayList<>();
        for (Item item : items) {
            String sent = Optional.ofNullable(raw.get(item.code())).map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(null);
            if (sent == null) {
                if (item.required()) {
                    refused.put(item.code(), Text.of("请回答此题。", "Please answer this question."));
                }
                continue;
            }
            switch (item.kind()) {
                case RATING, RECOMMENDATION -> {
                    int highest = item.kind() == ItemKind.RATING ? 5 : 10;
                    int lowest = item.kind() == ItemKind.RATING ? 1 : 0;
                    Integer score = number(sent);
                    if (score == null || score < lowest || score > highest) {
                        refused.put(item.code(), Text.of("请选择 " + lowest + " 到 " + highest + " 之间的分值。",
                                "Choose a point from " + lowest + " to " + highest + "."));
                        continue;
                    }
                    values.add(new Value(item, score, null));
                    if (item.kind() == ItemKind.RATING ? score <= threshold : score <= DETRACTOR) {
                        unhappy.add(item);
                    }
                }
                case YES_NO -> {
                    if (!sent.equals("yes") && !sent.equals("no")) {
                        refused.put(item.code(), Text.of("请选择“是”或“否”。", "Choose yes or no."));
                        continue;
                    }
                    values.add(new Value(item, sent.equals("yes") ? 1 : 0, null));
                }
                case CHOICE -> {
                    if (item.options().stream().noneMatch(o -> o.value().equals(sent))) {
                        refused.put(item.code(), Text.of("请从所列选项中选择。", "Choose one of the options."));
                        continue;
                    }
                    values.add(new Value(item, null, sent));
                }
                case TEXT -> {
                    if (sent.length() > MAX_TEXT) {
                        refused.put(item.code(), Text.of("不超过 4000 个字符。", "At most 4,000 characters."));
                        continue;
                    }
                    values.add(new Value(item, null, sent));
                }
            }
        }
        if (refused.isEmpty() && !unhappy.isEmpty()) {
            Optional<Item> comment = items.stream().filter(i -> i.kind() == ItemKind.TEXT).findFirst();
            if (comment.isPresent() && values.stream().noneMatch(v -> v.item().equals(comment.get()))) {
                refused.put(comment.get().code(), Text.of("很抱歉让您不满意。请告诉我们原因，我们会尽快与您联系。",
                        "We are sorry you are not satisfied. Please tell us why, and we will contact you soon."));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidModuleInput(refused);
        }
        return new AnswerValues(values, unhappy);
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<Value> values() {
        return values;
    }

    public boolean unhappy() {
        return !unhappyItems.isEmpty();
    }

    /** The items scored low, for the follow-up: "服务态度 2 分" / "Attitude of our staff: 2". */
    public Text whyUnhappy() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Value v : values) {
            if (unhappyItems.contains(v.item())) {
                zh.add(v.item().wording().zh() + " " + v.score() + " 分");
                en.add(v.item().wording().en() + ": " + v.score());
            }
        }
        String comment = values.stream().filter(v -> v.item().kind() == ItemKind.TEXT).map(Value::text).findFirst()
                .orElse(null);
        return Text.of(String.join("；", zh) + (comment == null ? "" : "。客户意见：" + comment),
                String.join("; ", en) + (comment == null ? "" : ". The customer wrote: " + comment));
    }
}
