package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;
import java.util.List;
import java.util.Objects;

/**
 * One question of a questionnaire version: a code unique in the questionnaire (answers and figures name it), its kind,
 * whether it must be answered, its wording in zh-CN and en, and for a {@link ItemKind#CHOICE} its options.
 */
public record Item(String code, ItemKind kind, boolean required, Text wording, List<Option> options) {

    /** An option of a single choice. */
    public record Option(String value, Text label) {
    }

    public Item {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wording, "wording");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Item of(String code, ItemKind kind, boolean required, String zh, String en) {
        return new Item(code, kind, required, Text.of(zh, en), List.of());
    }

    /** Whether its answer is a score (a rating or a recommendation). */
    public boolean scored() {
        return kind == ItemKind.RATING || kind == ItemKind.RECOMMENDATION;
    }
}
