package io.labdesk.platform.api.module;

import java.util.List;

/**
 * One field of a {@link PublicForm}. {@code required} marks it for the customer (the module still checks);
 * {@code prefill} names what of a tracked request fills it when the customer comes from its tracking page. A
 * {@link Kind#FILES} field takes files of the kinds {@link io.labdesk.platform.api.file.RecordFiles} keeps; the
 * platform refuses a file it would not keep, naming it, before the module sees the form.
 */
public record PublicField(String name, Kind kind, Text label, Text help, boolean required, int maxLength,
                          List<SettingField.Choice> choices, Prefill prefill) {

    public enum Kind { TEXT, TEXTAREA, EMAIL, PHONE, DATE, CHOICE, FLAG, FILES }

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

    public PublicField withHelp(Text text) {
        return new PublicField(name, kind, label, text, required, maxLength, choices, prefill);
    }

    public PublicField prefilledWith(Prefill what) {
        return new PublicField(name, kind, label, help, required, maxLength, choices, what);
    }
}
