package io.labdesk.platform.api.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A letter's wording with {@code {placeholders}}: which ones it uses and the text once they are filled. */
public final class LetterText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private LetterText() {
    }

    /** Placeholders in {@code wording} that are not among {@code known}, in order of appearance. */
    public static List<String> unknown(String wording, List<String> known) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(wording);
        while (m.find()) {
            if (!known.contains(m.group(1)) && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /**
     * {@code wording} with each placeholder replaced by its value; one without a value stays as written, so a module
     * can put something other than text (a table) where a paragraph holds only that placeholder.
     */
    public static String fill(String wording, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(wording);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * How a letter opens: "华东精细化工有限公司 周伟 先生/女士" (the organisation when given), "Dear 周伟". Records hold no
     * gender, so none is guessed.
     */
    public static String salutation(String name, String organisation, boolean english) {
        String who = name == null ? "" : name.strip();
        if (english) {
            return "Dear " + who;
        }
        return (blank(organisation) ? "" : organisation.strip() + " ") + who + " 先生/女士";
    }

    /** The name, and the organisation on a line of its own when given: the head of a letter in English. */
    public static String addressee(String name, String organisation) {
        return (name == null ? "" : name.strip()) + (blank(organisation) ? "" : "\n" + organisation.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
