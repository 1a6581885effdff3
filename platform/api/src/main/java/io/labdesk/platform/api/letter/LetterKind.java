package io.labdesk.platform.api.letter;

import io.labdesk.platform.api.module.Text;
import java.util.List;

/**
 * A kind of letter a module sends: its name within the module ({@code [a-z-]+}), what staff call it, the permission
 * that may reword it, the placeholders its wording may use and the default wording in Chinese and English.
 */
public record LetterKind(String name, Text title, String permission, List<Placeholder> placeholders, Text wording) {

    /** A {@code {name}} in the wording and what it stands for, shown to whoever rewords the letter. */
    public record Placeholder(String name, Text meaning) {

        public static Placeholder of(String name, String zh, String en) {
            return new Placeholder(name, Text.of(zh, en));
        }
    }

    public LetterKind {
        if (name == null || !name.matches("[a-z][a-z-]{0,39}")) {
            throw new IllegalArgumentException("A letter's name is 1 to 40 lower-case letters or hyphens: " + name);
        }
        placeholders = List.copyOf(placeholders);
    }

    /** The names of its placeholders. */
    public List<String> placeholderNames() {
        return placeholders.stream().map(Placeholder::name).toList();
    }
}
