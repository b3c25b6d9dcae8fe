package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.ActorKind;

/**
 * What an article calls an actor, learnt where it names it: the role words before a name ("special envoy Steve
 * Witkoff"), an apposition after or before it ("Walsh, the returning officer,", "the judge, Ellen Marsh,") and a
 * role after an organisation ("the GVL union"). Later descriptions ("the envoy") are matched against these.
 */
final class ActorTitles {

    private static final Pattern APPOSITION_AFTER = Pattern.compile("^,\\s+(?:the|a|an)\\s+([^,.;]{1,70})[,.;]");
    private static final Pattern APPOSITION_BEFORE = Pattern.compile("(?:^|[,(]\\s+|\\s)(?:the|The|a|A|an|An"
            + "|\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)?['’]s)\\s+([^,;]{1,60}),\\s*$");
    private static final Pattern ROLE_BEFORE = Pattern.compile("((?:\\p{Ll}[\\p{L}-]*\\s+){1,3})$");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "at", "for", "in", "from", "with", "on", "who",
            "which", "that");

    private ActorTitles() {
    }

    /** "Russian President Vladimir Putin": the story's name is matched first; the titles before it are still learnt. */
    static void learnTitlesBeforeKnownName(Sentence sentence, List<Words.Word> words, List<ArticleCast.Mention> found) {
        for (ArticleCast.Mention mention : found) {
            int at = mention.start() - sentence.start();
            if (mention.sentence() != sentence.index() || at < words.get(0).start()
                    || at > words.get(words.size() - 1).end()) {
                continue;
            }
            for (Words.Word word : words) {
                if (word.end() <= at && (NewsLexicon.TITLES.contains(word.text())
                        || NewsLexicon.NATIONALITIES.contains(word.text()))) {
                    mention.member().titles.add(word.lower());
                }
            }
        }
    }

    /** Role words around a name: "special envoy Steve Witkoff", "Walsh, the returning officer,", "the GVL union". */
    static void learnTitles(ArticleCast.Member member, String text, int start, int end) {
        Matcher preceding = ROLE_BEFORE.matcher(text.substring(0, start));
        if (preceding.find()) {
            List<String> role = new ArrayList<>();
            for (Words.Word word : Words.of(preceding.group(1))) {
                if (PREPOSITIONS.contains(word.lower()) || word.lower().equals("the") || word.lower().equals("a")) {
                    role.clear();
                } else {
                    role.add(word.lower());
                }
            }
            if (!role.isEmpty() && isRole(role.get(role.size() - 1))) {
                member.titles.addAll(role);
            }
        }
        String after = text.substring(end);
        Matcher following = Pattern.compile("^\\s+(\\p{Ll}+)").matcher(after);
        if (member.kind != ActorKind.PERSON && following.find()
                && NewsLexicon.ORGANISATION_ROLES.containsKey(following.group(1))) {
            member.titles.add(following.group(1));
        }
        Matcher appositionAfter = APPOSITION_AFTER.matcher(after);
        if (appositionAfter.find()) {
            addDescription(member, appositionAfter.group(1));
        }
        Matcher appositionBefore = APPOSITION_BEFORE.matcher(text.substring(0, start));
        if (appositionBefore.find()) {
            addDescription(member, appositionBefore.group(1));
        }
    }

    static void addDescription(ArticleCast.Member member, String description) {
        List<String> words = new ArrayList<>();
        for (Words.Word word : Words.of(description)) {
            if (PREPOSITIONS.contains(word.lower())) {
                break;
            }
            words.add(word.lower().replaceAll("['’]s$", ""));
        }
        if (words.stream().anyMatch(ActorTitles::isRole)) {
            member.titles.addAll(words);
        }
    }

    static boolean isRole(String word) {
        return NewsLexicon.PERSON_ROLES.contains(word) || NewsLexicon.ORGANISATION_ROLES.containsKey(word);
    }
}
