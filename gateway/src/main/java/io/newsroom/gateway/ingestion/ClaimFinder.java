package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.ingestion.ClaimCandidate.SpeechForm;

/**
 * Attributed speech, one claim a sentence at most: "according to X", a quotation with its attribution
 * ("...,” Putin told reporters", "...," said Lena Ortiz), a trailing attribution ("..., the Kremlin said.") and
 * reported speech with its subject ("X said that", "X told the court", "X claimed"). A sentence whose speaker
 * cannot be told is not proposed: an unattributed claim is of no use to a desk.
 */
final class ClaimFinder {

    /** A claim of the article, before it is cited and matched. */
    record Claim(Sentence sentence, String proposition, ArticleCast.Member speaker, SpeechForm form) {
    }

    private static final String VERBS = "said|says|told|tells|added|adds|announced|announces|claimed|alleged|alleges"
            + "|allege|argued|argues|insisted|insists|warned|warns|stated|wrote|writes|described|describes|accused"
            + "|accuses|noted|suggested|suggests|reported|predicted|explained|acknowledged|admitted|maintained"
            + "|asserted|reiterated|contended|estimated|confirmed|confirms|denied|denies|questioned|saying|adding"
            + "|insisting|warning|explaining|arguing|claiming";
    private static final Pattern SPEECH = Pattern.compile("(?i)(?<![\\p{L}])(" + VERBS + ")(?![\\p{L}])");
    /** Verbs that are speech only with what was said after them ("denied that"), not with an object ("denies the charges"). */
    private static final Set<String> NEED_CLAUSE = Set.of("confirmed", "confirms", "denied", "denies", "questioned",
            "reported", "noted", "suggested", "suggests", "estimated", "warning", "claiming");
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "insisting", "warning", "explaining",
            "arguing", "claiming");
    /** A main verb before a participle ends its subject: "Halden disputed that account, saying ...". */
    static final Pattern ACTION = Pattern.compile("(?i)(?<![\\p{L}])(disputed|rejected|denied|backed|confirmed|questioned"
            + "|refuted|supported|endorsed|dismissed|challenged|contested|contradicted|welcomed|criticised|criticized"
            + "|described|ordered|declared|urged|announced|defended)(?![\\p{L}])");
    /** What may follow an attribution that ends a sentence: when, where and to whom it was said, never what. */
    private static final Set<String> TRAILING_OPENERS = Set.of("on", "at", "in", "to", "during", "after", "before",
            "yesterday", "today", "tonight", "last", "this", "earlier", "later", "late", "early", "from", "while",
            "outside", "via", "by", "reporters", "journalists", "supporters", "afterwards", "overnight");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those");
    private static final Pattern ACCORDING = Pattern.compile("(?i)(?<![\\p{L}])according to\\s+([^,.;]+)");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",\\s+and\\s|,\\s+but\\s|\\sbut\\s|\\sand\\s|;\\s"
            + "|,\\s+(?:though|although|while|whereas)\\s");
    /** "..., which argues that" and "..., who said": the speaker is the actor just before the comma. */
    private static final Pattern RELATIVE = Pattern.compile(",\\s*(?:which|who)\\s+(?:\\p{Ll}+ly\\s+)?$");

    private ClaimFinder() {
    }

    static List<Claim> find(List<Sentence> sentences, ArticleCast cast) {
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (Words.titleCase(sentence.text())) {
                continue;
            }
            Claim claim = according(cast, sentence);
            if (claim == null) {
                claim = quoted(cast, sentence);
            }
            if (claim == null) {
                claim = reported(cast, sentence);
            }
            if (claim != null) {
                claims.add(claim);
            }
        }
        return claims;
    }

    private static Claim according(ArticleCast cast, Sentence sentence) {
        String masked = Attribution.withoutQuotes(sentence.text());
        Matcher m = ACCORDING.matcher(masked);
        if (!m.find()) {
            return null;
        }
        ArticleCast.Member speaker = Attribution.subject(cast, sentence, m.start(1), m.end(1));
        if (speaker == null) {
            return null;
        }
        String text = sentence.text();
        String proposition = (text.substring(0, m.start()) + text.substring(m.end())).replaceAll("^[\\s,]+|[\\s,.]+$", "");
        return new Claim(sentence, proposition, speaker, SpeechForm.ACCORDING_TO);
    }

    private static Claim quoted(ArticleCast cast, Sentence sentence) {
        String text = sentence.text();
        String masked = Attribution.withoutQuotes(text);
        for (int[] quote : Attribution.quotes(text)) {
            String words = text.substring(quote[0], quote[1]);
            if (Words.of(words).size() < 4) {
                continue;
            }
            int after = Math.min(text.length(), quote[1] + 1);
            String tail = masked.substring(after);
            Matcher verb = SPEECH.matcher(tail);
            if (verb.find() && tail.substring(0, verb.start()).strip().replaceAll("^,", "").strip().length() <= 80
                    && !tail.substring(0, verb.start()).contains(".")) {
                int verbStart = after + verb.start();
                int verbEnd = after + verb.end();
                String between = masked.substring(after, verbStart).replaceAll("[,\\s]", "");
                ArticleCast.Member speaker = between.isEmpty()
                        ? Attribution.subject(cast, sentence, verbEnd, endOfChunk(masked, verbEnd))
                        : Attribution.subject(cast, sentence, after, verbStart);
                if (speaker != null) {
                    return new Claim(sentence, words.strip(), speaker, SpeechForm.DIRECT_QUOTE);
                }
            }
            int before = Math.max(0, quote[0] - 1);
            Matcher lead = Pattern.compile("(?i)(?<![\\p{L}])(" + VERBS + ")\\s*[:,]?\\s*$").matcher(masked.substring(0, before));
            if (lead.find()) {
                ArticleCast.Member speaker = Attribution.subject(cast, sentence, 0, lead.start());
                if (speaker != null) {
                    return new Claim(sentence, words.strip(), speaker, SpeechForm.DIRECT_QUOTE);
                }
            }
        }
        return null;
    }

    private static Claim reported(ArticleCast cast, Sentence sentence) {
        String text = sentence.text();
        String masked = Attribution.withoutQuotes(text);
        Matcher verb = SPEECH.matcher(masked);
        while (verb.find()) {
            String word = verb.group(1).toLowerCase(Locale.ROOT);
            String following = masked.substring(verb.end());
            if (negated(masked, verb.start()) || adjective(masked, verb.start())
                    || NEED_CLAUSE.contains(word) && !opensClause(following)
                    && !PARTICIPLES.contains(word)) {
                continue;
            }
            if (trailing(following)) {
                int comma = masked.lastIndexOf(',', verb.start());
                if (comma > 0) {
                    int chunkStart = comma + 1;
                    if (masked.substring(chunkStart, verb.start()).isBlank()) {
                        int previous = masked.lastIndexOf(',', comma - 1);
                        chunkStart = previous + 1;
                        comma = previous;
                    }
                    ArticleCast.Member speaker = Attribution.subject(cast, sentence, chunkStart, verb.start());
                    if (speaker != null && comma > 0) {
                        return new Claim(sentence, text.substring(0, comma).strip(), speaker, SpeechForm.REPORTED_SPEECH);
                    }
                }
            }
            Matcher relative = RELATIVE.matcher(masked.substring(0, verb.start()));
            ArticleCast.Member speaker = relative.find()
                    ? Attribution.nearest(cast, sentence, masked.lastIndexOf(',', relative.start() - 1) + 1, relative.start())
                    : PARTICIPLES.contains(word) ? participleSubject(cast, sentence, masked, verb.start())
                    : leadingSubject(cast, sentence, masked, verb.start());
            if (speaker != null) {
                String proposition = text.substring(verb.end()).replaceFirst("^\\s*(?:that|whether)\\s+", "")
                        .replaceAll("[\\s.]+$", "").strip();
                return new Claim(sentence, proposition, speaker, SpeechForm.REPORTED_SPEECH);
            }
        }
        return null;
    }

    static ArticleCast.Member leadingSubject(ArticleCast cast, Sentence sentence, String masked, int verbStart) {
        int from = 0;
        Matcher boundary = CLAUSE_BOUNDARY.matcher(masked.substring(0, verbStart));
        while (boundary.find()) {
            from = boundary.end();
        }
        ArticleCast.Member speaker = Attribution.subject(cast, sentence, from, verbStart);
        if (speaker == null && from > 0) {
            // "... and said": the subject is the sentence's own, before its first verb.
            Matcher action = ACTION.matcher(masked.substring(0, verbStart));
            speaker = Attribution.subject(cast, sentence, 0, action.find() ? action.start() : verbStart);
        }
        return speaker;
    }

    private static ArticleCast.Member participleSubject(ArticleCast cast, Sentence sentence, String masked, int verbStart) {
        int to = masked.lastIndexOf(',', verbStart);
        to = to < 0 ? verbStart : to;
        Matcher action = ACTION.matcher(masked.substring(0, to));
        if (action.find()) {
            to = action.start();
        }
        return Attribution.subject(cast, sentence, 0, to, false);
    }

    /** "..., the Kremlin said." and "..., Anna Lindqvist, said at a press conference." end with their attribution. */
    private static boolean trailing(String following) {
        String rest = following.strip().replaceAll("[.!?\\s]+$", "");
        List<Words.Word> words = Words.of(rest);
        return words.isEmpty() || words.size() <= 8 && TRAILING_OPENERS.contains(words.get(0).lower())
                && words.stream().noneMatch(w -> w.lower().equals("that") || w.lower().equals("whether"));
    }

    /** "denied that any ballots", "confirmed yesterday that": what follows is what was said; "that timeline" is not. */
    private static boolean opensClause(String following) {
        List<Words.Word> words = Words.of(following);
        for (int i = 0; i < Math.min(3, words.size()); i++) {
            String w = words.get(i).lower();
            if (w.equals("whether")) {
                return true;
            }
            if (w.equals("that")) {
                return i + 1 >= words.size() || !StanceFinder.isClaimNoun(words.get(i + 1).lower());
            }
        }
        return false;
    }

    /** "the stated positions", "its reported gains": a participle after a determiner describes, it does not report. */
    private static boolean adjective(String text, int start) {
        List<Words.Word> before = Words.of(text.substring(0, start));
        return !before.isEmpty() && DETERMINERS.contains(before.get(before.size() - 1).lower());
    }

    static boolean negated(String text, int start) {
        List<Words.Word> before = Words.of(text.substring(0, start));
        for (int i = Math.max(0, before.size() - 2); i < before.size(); i++) {
            String w = before.get(i).lower();
            if (w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n’t")) {
                return true;
            }
        }
        return false;
    }

    private static int endOfChunk(String masked, int from) {
        int comma = masked.indexOf(',', from);
        int stop = masked.indexOf('.', from);
        int end = masked.length();
        if (comma >= 0) {
            end = Math.min(end, comma);
        }
        if (stop >= 0) {
            end = Math.min(end, stop);
        }
        return end;
    }
}
