package io.labdesk.modules.surveys.domain;

/** What a questionnaire item asks for. */
public enum ItemKind {
    /** Points 1 to 5, each labelled (很不满意 … 很满意). */
    RATING,
    /** Points 0 to 10: how likely the customer recommends the institution (NPS). */
    RECOMMENDATION,
    YES_NO,
    CHOICE,
    TEXT
}
