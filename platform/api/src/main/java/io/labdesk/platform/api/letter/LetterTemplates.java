package io.labdesk.platform.api.letter;

import java.util.Map;

/**
 * The current institution's wording of its modules' letters, per language ("zh-CN", "en"). Inject it. A module names
 * its letter by its own id and the {@link LetterKind#name()} it declared.
 */
public interface LetterTemplates {

    /**
     * The wording in force: the institution's own ({@code own}) or the module's default. {@code version} 0 means never
     * reworded; pass it back to {@link #keep} so a rewording made meanwhile by someone else is not overwritten.
     */
    record Template(String module, String name, String language, String body, long version, boolean own) {
    }

    /** The wording in force in {@code language}; throws {@link IllegalArgumentException} for an undeclared letter. */
    Template of(String module, String name, String language);

    /**
     * Keeps {@code body} as the institution's wording, for holders of the letter's permission; refuses an empty or
     * overlong body and unknown placeholders ({@link io.labdesk.platform.api.module.InvalidModuleInput}, field
     * {@code body}), and a stale {@code version} ({@link io.labdesk.platform.api.data.ConcurrentEdit}).
     */
    Template keep(String module, String name, String language, String body, long version);

    /** Goes back to the module's default wording in {@code language}; the same checks as {@link #keep}. */
    Template restore(String module, String name, String language, long version);

    /** The letter's text from the wording in force, placeholders filled from {@code values}. */
    default String write(String module, String name, String language, Map<String, String> values) {
        return LetterText.fill(of(module, name, language).body(), values);
    }
}
