package io.labdesk.platform.core.mailbox;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML mail body as plain text: scripts, styles and comments dropped, block ends as line breaks, every tag
 * removed and entities decoded. The result is only ever shown as text; the original is kept as a file.
 */
final class MailText {

    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\\s*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private MailText() {
    }

    static String fromHtml(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("\r", "").replaceAll("[ \\t\\x0B\\f]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "&" + name + ";");
    }
}
