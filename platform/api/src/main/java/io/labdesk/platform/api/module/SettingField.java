package io.labdesk.platform.api.module;

import java.util.List;

/**
 * One setting of a module: a key, its kind, a label (and optional help), a default, and its limits. Values are
 * kept as text and read typed through {@link ModuleSettings}. Build with the static factories.
 *
 * @param min for a number its least value; for text unused
 * @param max for a number its greatest value; for text its greatest length
 */
public record SettingField(String key, Kind kind, Text label, Text help, String defaultValue, boolean required,
                           long min, long max, List<Choice> choices) {

    public enum Kind { TEXT, NUMBER, FLAG, CHOICE }

    /** One value a choice may take, with its label. */
    public record Choice(String value, Text label) {
    }

    public SettingField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static SettingField text(String key, Text label, String defaultValue, int maxLength, boolean required) {
        return new SettingField(key, Kind.TEXT, label, null, defaultValue, required, 0, maxLength, List.of());
    }

    public static SettingField number(String key, Text label, long defaultValue, long min, long max) {
        return new SettingField(key, Kind.NUMBER, label, null, Long.toString(defaultValue), true, min, max, List.of());
    }

    public static SettingField flag(String key, Text label, boolean defaultValue) {
        return new SettingField(key, Kind.FLAG, label, null, Boolean.toString(defaultValue), true, 0, 0, List.of());
    }

    public static SettingField choice(String key, Text label, String defaultValue, Choice... choices) {
        return new SettingField(key, Kind.CHOICE, label, null, defaultValue, true, 0, 0, List.of(choices));
    }

    /** The same field with a line of help shown under it. */
    public SettingField withHelp(Text text) {
        return new SettingField(key, kind, label, text, defaultValue, required, min, max, choices);
    }

    /** What is wrong with {@code value} (already stripped; null or empty when not given), or null when it is fine. */
    Text problem(String value) {
        boolean empty = value == null || value.isEmpty();
        if (empty) {
            return required ? Text.of("「" + label.zh() + "」为必填项。", label.en() + " is required.") : null;
        }
        return switch (kind) {
            case TEXT -> value.length() > max
                    ? Text.of("「" + label.zh() + "」最多 " + max + " 个字符。",
                            label.en() + " takes at most " + max + " characters.")
                    : null;
            case NUMBER -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    number = Long.MIN_VALUE;
                }
                yield number < min || number > max
                        ? Text.of("「" + label.zh() + "」须为 " + min + " 到 " + max + " 之间的整数。",
                                label.en() + " must be a whole number from " + min + " to " + max + ".")
                        : null;
            }
            case FLAG -> value.equals("true") || value.equals("false") ? null
                    : Text.of("「" + label.zh() + "」只能是“是”或“否”。", label.en() + " must be yes or no.");
            case CHOICE -> choices.stream().anyMatch(c -> c.value().equals(value)) ? null
                    : Text.of("「" + label.zh() + "」不是可选的值。", label.en() + " is not one of its choices.");
        };
    }
}
