package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.ActorKind;

/**
 * The shapes of names in news copy: which capitalised words belong together, which make an organisation and of
 * what kind, which are titles to take off a person's name, and which sequences are places rather than people.
 */
final class NameShapes {

    private static final String NAME_WORD = "(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*";
    /** Capitalised words joined by spaces on one line: a name never runs across a line break. */
    static final Pattern SEQUENCE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + NAME_WORD + ")(?:(?:['’]?[ \\t]+"
            + "|[ \\t]+(?:of|for|of the|for the|de|von|van|al|bin)[ \\t]+)(?:" + NAME_WORD + "))*");
    private static final Pattern CONNECTOR = Pattern.compile("\\s+(?:of the|for the|of|for|de|von|van|al|bin)\\s+");

    private NameShapes() {
    }

    /**
     * "Institute for the Study of War" and "Secretary of State Marco Rubio" hold their "of"; "Maria Okafor of the Civic
     * Alliance" is two names. A connector joins only after an organisation, title or place word.
     */
    static List<int[]> parts(String text, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        Matcher connector = CONNECTOR.matcher(text.substring(from, to));
        int start = from;
        boolean joins = false;
        while (connector.find()) {
            for (Words.Word word : Words.of(text.substring(start, from + connector.start()))) {
                String w = word.text();
                joins |= NewsLexicon.ORGANISATION_WORDS.containsKey(w) || NewsLexicon.TITLES.contains(w)
                        || NewsLexicon.NOT_PERSON_OPENERS.contains(w) || NewsLexicon.GOVERNMENT_SEATS.contains(w);
            }
            if (!joins) {
                parts.add(new int[] {start, from + connector.start()});
                start = from + connector.end();
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    static ActorKind organisationKind(List<Words.Word> words) {
        if (words.size() == 1) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            ActorKind kind = NewsLexicon.ORGANISATION_WORDS.get(words.get(i).text());
            if (kind != null) {
                boolean publicBody = false;
                for (Words.Word before : words.subList(0, i)) {
                    publicBody |= NewsLexicon.PUBLIC_OPENERS.contains(before.text())
                            || NewsLexicon.NATIONALITIES.contains(before.text()) || NewsLexicon.COUNTRIES.contains(before.text());
                }
                Words.Word word = words.get(i);
                boolean publicWord = word.text().equals("Centre") || word.text().equals("Center")
                        || word.text().equals("Service");
                return publicWord && publicBody ? ActorKind.GOVERNMENT : kind;
            }
        }
        return null;
    }

    static boolean isAcronym(String surface) {
        String letters = surface.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase)
                && !NewsLexicon.NOT_ACRONYMS.contains(surface) && !NewsLexicon.NOT_ACRONYMS.contains(letters);
    }

    /** Leading titles and nationalities ("Russian President", "Secretary of State") and trailing "KC" come off a name. */
    static List<Words.Word> stripTitles(List<Words.Word> words, List<String> titles) {
        List<Words.Word> rest = new ArrayList<>(words);
        while (rest.size() > 1) {
            String first = rest.get(0).text();
            String second = rest.get(1).text();
            if (NewsLexicon.TITLES.contains(first) || NewsLexicon.NATIONALITIES.contains(first)) {
                titles.add(first);
                rest.remove(0);
            } else if ((first.equals("of") || first.equals("for")) && rest.size() > 2
                    && NewsLexicon.TITLE_COMPLEMENTS.contains(second) && !titles.isEmpty()) {
                titles.add(second);
                rest.remove(0);
                rest.remove(0);
            } else {
                break;
            }
        }
        while (rest.size() > 1 && NewsLexicon.POST_NOMINALS.contains(rest.get(rest.size() - 1).text())) {
            rest.remove(rest.size() - 1);
        }
        return rest;
    }

    static boolean looksLikePerson(String text, List<Words.Word> name, int start, List<String> titles) {
        for (Words.Word word : name) {
            if (word.text().chars().anyMatch(Character::isDigit) || !Character.isUpperCase(word.text().charAt(0))) {
                return false;
            }
        }
        if (!titles.isEmpty()) {
            return true;
        }
        String first = name.get(0).text();
        String last = name.get(name.size() - 1).text();
        if (NewsLexicon.NOT_PERSON_OPENERS.contains(first) || NewsLexicon.PLACE_ENDINGS.contains(last)
                || NewsLexicon.NATIONALITIES.contains(first) || NewsLexicon.COUNTRIES.contains(first)) {
            return false;
        }
        List<Words.Word> before = Words.of(text.substring(0, start));
        int i = before.size() - 1;
        if (i >= 0 && before.get(i).lower().equals("the")) {
            i--;
        }
        return i < 0 || !NewsLexicon.PLACE_PREPOSITIONS.contains(before.get(i).lower());
    }

    /**
     * One word with a capital after a small letter inside ("LaLiga", "YouTube") is a brand, not a person or a place;
     * "MacIsaac", "McDonald" and "O'Brien" are surnames, and "US-based" is no name at all.
     */
    static boolean isBrand(String surface) {
        if (!surface.chars().allMatch(Character::isLetter) || surface.startsWith("Mc") || surface.startsWith("Mac")) {
            return false;
        }
        for (int i = 1; i < surface.length(); i++) {
            if (Character.isUpperCase(surface.charAt(i)) && Character.isLowerCase(surface.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
