package io.newsroom.stylebook;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/**
 * The optional {@code language} of events, claims and quotes: a BCP 47 tag, stored in its
 * canonical case ({@code en-GB}, {@code ru}), and the PostgreSQL text search configuration that
 * stems it, so that a search for {@code переговоров} finds {@code переговоры}. Languages PostgreSQL
 * ships no stemmer for (and items without a language) are searched word for word ({@code simple}).
 */
public final class Languages {

    public static final int MAX_LENGTH = 35;
    public static final String SIMPLE = "simple";

    // The snowball stemmers PostgreSQL 15 ships, by ISO 639-1 code.
    private static final Map<String, String> STEMMERS = Map.ofEntries(
            Map.entry("ar", "arabic"), Map.entry("hy", "armenian"), Map.entry("eu", "basque"),
            Map.entry("ca", "catalan"), Map.entry("da", "danish"), Map.entry("nl", "dutch"),
            Map.entry("en", "english"), Map.entry("fi", "finnish"), Map.entry("fr", "french"),
            Map.entry("de", "german"), Map.entry("el", "greek"), Map.entry("hi", "hindi"),
            Map.entry("hu", "hungarian"), Map.entry("id", "indonesian"), Map.entry("ga", "irish"),
            Map.entry("it", "italian"), Map.entry("lt", "lithuanian"), Map.entry("ne", "nepali"),
            Map.entry("no", "norwegian"), Map.entry("nb", "norwegian"), Map.entry("nn", "norwegian"),
            Map.entry("pt", "portuguese"), Map.entry("ro", "romanian"), Map.entry("ru", "russian"),
            Map.entry("sr", "serbian"), Map.entry("es", "spanish"), Map.entry("sv", "swedish"),
            Map.entry("ta", "tamil"), Map.entry("tr", "turkish"), Map.entry("yi", "yiddish"));

    private Languages() {
    }

    /** @return the canonical tag, or null without one; {@link IllegalArgumentException} when it is no BCP 47 tag */
    public static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String value = tag.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a language tag has at most " + MAX_LENGTH + " characters");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            if (locale.getLanguage().length() < 2 || locale.getLanguage().length() > 3) {
                // Five to eight letters are reserved by BCP 47 for registrations that never happened.
                throw new IllformedLocaleException("no language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + value + "' is not a BCP 47 language tag such as en, ru or pt-BR");
        }
    }

    /** @return the text search configuration for the tag's language, {@code simple} when there is none */
    public static String searchConfiguration(String tag) {
        if (tag == null || tag.isBlank()) {
            return SIMPLE;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return STEMMERS.getOrDefault(language, SIMPLE);
    }
}
