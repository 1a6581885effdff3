package io.labdesk.platform.api.module;

import java.util.List;

/**
 * One field of a {@link PublicForm}. {@code required} marks it for the customer (the module still checks);
 * {@code prefill} names what of a tracked request fills it when the customer comes from its tracking page. A
 * {@link Kind#FILES} field takes files of the kinds {@link io.labdesk.platform.api.file.RecordFiles} keeps; the
 * platform refuses a file it would not keep, naming it, before the module sees the form. A {@link Kind#SCALE} field
 * is a row of points 1 to 5, each labelled by its choice (很不满意 … 很满意), a {@link Kind#RECOMMENDATION} field a
 * row of points 0 to 10 whose two ends the choices name; the platform refuses any other value at the field.
 */
public record PublicField(String name, Kind kind, Text label, Text help, boolean required, int maxLength,
                          List<SettingField.Choice> choices, Prefill prefill) {

    public enum Kind { TEXT, TEXTAREA, EMAIL, PHONE, DATE, CHOICE, FLAG, FILES, SCALE, RECOMMENDATION }

    /** What of the request on the tracking page the customer came from fills the field. */
    public enum Prefill { NONE, REQUEST_NUMBER, CONTACT_NAME, ORGANISATION, PHONE, EMAIL }

    public PublicField {
        choices = choices == null ? List.of() : List.copyOf(choices);
        prefill = prefill == null ? Prefill.NONE : prefill;
    }

    public static PublicField of(String name, Kind kind, Text label, boolean required, int maxLength) {
        return new PublicField(name, kind, label, null, required, maxLength, List.of(), Prefill.NONE);
    }

    public static PublicField choice(String name, Text label, boolean required, SettingField.Choice... choices) {
        return new PublicField(name, Kind.CHOICE, label, null, required, 0, List.of(choices), Prefill.NONE);
    }

    /** Points 1 to 5, {@code points} labelling them from the lowest (five labels). */
    public static PublicField scale(String name, Text label, boolean required, Text... points) {
        if (points.length != 5) {
            throw new IllegalArgumentException("A scale labels its five points");
        }
        List<SettingField.Choice> choices = new java.util.ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            choices.add(new SettingField.Choice(Integer.toString(i + 1), points[i]));
        }
        return new PublicField(name, Kind.SCALE, label, null, required, 0, choices, Prefill.NONE);
    }

    /** Points 0 to 10 ("how likely would you recommend us"), {@code lowest} and {@code highest} naming the ends. */
    public static PublicField recommendation(String name, Text label, boolean required, Text lowest, Text highest) {
        return new PublicField(name, Kind.RECOMMENDATION, label, null, required, 0,
                List.of(new SettingField.Choice("0", lowest), new SettingField.Choice("10", highest)), Prefill.NONE);
    }

    /** The values the field takes when it is a row of points: "1"…"5" or "0"…"10"; empty for other kinds. */
    public List<String> points() {
        return switch (kind) {
            case SCALE -> List.of("1", "2", "3", "4", "5");
            case RECOMMENDATION -> List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            default -> List.of();
        };
    }

    public PublicField withHelp(Text text) {
        return new PublicField(name, kind, label, text, required, maxLength, choices, prefill);
    }

    public PublicField prefilledWith(Prefill what) {
        return new PublicField(name, kind, label, help, required, maxLength, choices, what);
    }
}
