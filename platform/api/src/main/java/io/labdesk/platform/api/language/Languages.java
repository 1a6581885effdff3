package io.labdesk.platform.api.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages LabDesk speaks, and the one rule for which of them a reader gets: their own language when it is
 * known and spoken here (the user's choice, the customer's language, what their browser asks for), otherwise their
 * institution's default language. Only where no institution is in sight either does LabDesk answer in Chinese, the
 * language a new institution starts with.
 */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** In the order they are offered. */
    public static final List<Locale> SPOKEN = List.of(CHINESE, ENGLISH);
    /** The spoken languages as stored, e.g. an institution's default or a customer's language: zh-CN, en. */
    public static final List<String> TAGS = List.of(CHINESE.toLanguageTag(), ENGLISH.toLanguageTag());

    private Languages() {
    }

    /** {@code recipient}'s language when LabDesk speaks it, otherwise {@code institutionDefault}'s. Either may be null. */
    public static Locale choose(Locale recipient, Locale institutionDefault) {
        return spoken(recipient).or(() -> spoken(institutionDefault)).orElse(CHINESE);
    }

    /** The first of a reader's acceptable languages (most wanted first) that LabDesk speaks, otherwise the default. */
    public static Locale choose(List<Locale> acceptable, Locale institutionDefault) {
        return acceptable.stream().map(Languages::spoken).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> choose((Locale) null, institutionDefault));
    }

    /** The spoken language {@code locale} means: Chinese for any Chinese, English for any English; else empty. */
    public static Optional<Locale> spoken(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return switch (locale.getLanguage()) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The spoken language a tag such as {@code zh-CN}, {@code zh} or {@code en-GB} means; empty for others. */
    public static Optional<Locale> spoken(String tag) {
        return tag == null || tag.isBlank() ? Optional.empty() : spoken(Locale.forLanguageTag(tag.strip()));
    }

    /**
     * A stored language tag as people read it, named in itself so that a reader of either finds their own:
     * 中文（简体）, English. A tag LabDesk does not speak is returned as given; null or blank gives null.
     */
    public static String name(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return spoken(tag).map(Languages::name).orElse(tag.strip());
    }

    /** A spoken language named in itself: 中文（简体） or English; another locale by its own display name. */
    public static String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> "中文（简体）";
            case "en" -> "English";
            default -> locale.getDisplayName(locale);
        };
    }
}
