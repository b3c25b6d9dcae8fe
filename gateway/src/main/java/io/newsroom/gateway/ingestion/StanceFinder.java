package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.StancePosition;

/**
 * Positions taken on claims: an actor that disputes, refutes, denies, rejects, questions, backs, supports,
 * endorses or confirms something said before. The stance links to the claim it answers, chosen among the
 * article's earlier claims and the story's known ones:
 * <ul>
 * <li>"rejected Sandberg's criticism", "backed the returning officer's account": that actor's latest claim;</li>
 * <li>"rejected that claim", "disputed the allegation": the claim being answered, by the words it shares with the
 * sentence, whether its speaker is named in the sentence, and how recent it is;</li>
 * <li>"denied that any ballots had been excluded", "disputed Russian claims of rapid gains": only a claim that
 * shares words with it, or that is about the actor taking the stance.</li>
 * </ul>
 * Without a claim to answer ("questioned the reliability of the witness") no stance is proposed.
 */
final class StanceFinder {

    record Stance(Sentence sentence, ArticleCast.Member actor, StancePosition position, String verb,
                  ClaimFinder.Claim claim, KnownClaim knownClaim) {
    }

    private static final Pattern DISPUTES = Pattern.compile("(?i)(?<![\\p{L}])(disputed|disputes|disputing|refuted|refutes"
            + "|denied|denies|rejected|rejects|questioned|challenged|contested|contradicted|contradicts|dismissed"
            + "|dismisses|rebutted)(?![\\p{L}])");
    private static final Pattern SUPPORTS = Pattern.compile("(?i)(?<![\\p{L}])(backed|backs|supported|endorsed|endorses"
            + "|confirmed|confirms|corroborated|corroborates)(?![\\p{L}])");
    private static final String CLAIM_NOUNS = "claims?|accounts?|criticism|criticisms|allegations?|suggestions?|views?"
            + "|timeline|assertions?|reports?|statements?|version|accusations?|charges?|counts?|figures|findings"
            + "|assessments?|arguments?|idea|characterisation|characterization|narrative|analysis|warnings?|remarks"
            + "|comments|concerns|description|explanation|interpretation";
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)^\\s*(?:that|this|the|these|those|such)\\s+"
            + "(?:[\\p{L}-]+\\s+)?(?:" + CLAIM_NOUNS + ")(?![\\p{L}])");
    private static final Pattern CLAIM_NOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:" + CLAIM_NOUNS + ")(?![\\p{L}])");
    private static final Pattern POSSESSED_CLAIM = Pattern.compile("(?i)['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:" + CLAIM_NOUNS
            + ")(?![\\p{L}])");
    private static final Pattern PASSIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:been|was|were|is|are|being|be)\\s+$");
    private static final Pattern PASSIVE_AGENT = Pattern.compile("^\\s+by\\s+([^,;.]+)");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether");

    private StanceFinder() {
    }

    static List<Stance> find(List<Sentence> sentences, ArticleCast cast, List<ClaimFinder.Claim> claims,
                             List<KnownClaim> known) {
        List<Stance> stances = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (Words.titleCase(sentence.text())) {
                continue;
            }
            String masked = Attribution.withoutQuotes(sentence.text());
            Stance stance = null;
            for (Pattern pattern : List.of(DISPUTES, SUPPORTS)) {
                Matcher verb = pattern.matcher(masked);
                while (stance == null && verb.find()) {
                    if (!ClaimFinder.negated(masked, verb.start())) {
                        StancePosition position = pattern == DISPUTES ? StancePosition.DISPUTES : StancePosition.SUPPORTS;
                        stance = stance(cast, sentence, masked, verb, position, claims, known);
                    }
                }
            }
            if (stance != null) {
                stances.add(stance);
            }
        }
        return stances;
    }

    private static Stance stance(ArticleCast cast, Sentence sentence, String masked, Matcher verb, StancePosition position,
                                 List<ClaimFinder.Claim> claims, List<KnownClaim> known) {
        Matcher agent = PASSIVE_AGENT.matcher(masked.substring(verb.end()));
        boolean passive = PASSIVE.matcher(masked.substring(0, verb.start())).find() && agent.find();
        // "Recent claims by Russian officials have been disputed by the Institute": the agent after "by" takes the
        // stance, and what it disputes is the subject before the verb.
        ArticleCast.Member actor = passive
                ? Attribution.subject(cast, sentence, verb.end() + agent.start(1), verb.end() + agent.end(1))
                : ClaimFinder.leadingSubject(cast, sentence, masked, verb.start());
        if (actor == null) {
            return null;
        }
        String object = passive ? masked.substring(0, verb.start()) : objectOf(masked.substring(verb.end()));
        int objectStart = passive ? 0 : verb.end();
        Set<String> objectWords = Words.content(object);
        objectWords.removeAll(Words.content(actor.name));
        List<Words.Word> opening = Words.of(object);
        boolean clause = !opening.isEmpty() && CLAUSE_OPENERS.contains(opening.get(0).lower());
        boolean anaphoric = ANAPHORIC.matcher(object).find();
        Matcher possessed = POSSESSED_CLAIM.matcher(object);
        ArticleCast.Member possessor = null;
        if (possessed.find()) {
            int at = sentence.start() + objectStart + possessed.start();
            for (ArticleCast.Mention mention : cast.mentionsIn(sentence)) {
                if (mention.possessive() && mention.end() == at + 2) {
                    possessor = mention.member();
                }
            }
        }
        if (!clause && !anaphoric && possessor == null && !CLAIM_NOUN.matcher(object).find()) {
            return null;
        }
        List<ArticleCast.Member> named = cast.mentionsIn(sentence).stream()
                .filter(m -> m.type() == ArticleCast.MentionType.NAMED && m.member() != actor).map(ArticleCast.Mention::member)
                .toList();
        ClaimFinder.Claim bestClaim = null;
        double bestScore = 0;
        for (ClaimFinder.Claim claim : claims) {
            if (claim.sentence().index() >= sentence.index() || claim.speaker() == actor
                    || possessor != null && claim.speaker() != possessor) {
                continue;
            }
            int shared = Words.shared(objectWords, Words.content(claim.proposition()));
            boolean aboutActor = cast.mentionsIn(claim.sentence()).stream().anyMatch(m -> m.member() == actor);
            boolean speakerNamed = named.contains(claim.speaker());
            if (!anaphoric && possessor == null && shared == 0 && !aboutActor) {
                continue;
            }
            double score = shared + (speakerNamed ? 3 : 0) + (aboutActor ? 2 : 0)
                    + 1.0 / (sentence.index() - claim.sentence().index());
            if (score > bestScore) {
                bestScore = score;
                bestClaim = claim;
            }
        }
        KnownClaim bestKnown = null;
        double bestKnownScore = 0;
        String actorId = actor.known == null ? null : actor.known.id();
        for (KnownClaim claim : known) {
            if (claim.claimantId().equals(actorId) || possessor != null && (possessor.known == null
                    || !claim.claimantId().equals(possessor.known.id()))) {
                continue;
            }
            int shared = Words.shared(objectWords, Words.content(claim.proposition()));
            boolean aboutActor = mentionsName(claim.proposition(), actor);
            if (shared < 2 && !aboutActor && possessor == null) {
                continue;
            }
            boolean speakerNamed = named.stream().anyMatch(m -> m.known != null && m.known.id().equals(claim.claimantId()))
                    || possessor != null;
            double score = shared + (speakerNamed ? 3 : 0) + (aboutActor ? 2 : 0);
            if (score > bestKnownScore) {
                bestKnownScore = score;
                bestKnown = claim;
            }
        }
        // The article's own claim is preferred on a tie: it is what the reader just read.
        if (bestClaim != null && bestScore >= bestKnownScore) {
            return new Stance(sentence, actor, position, verb.group(1).toLowerCase(Locale.ROOT), bestClaim, null);
        }
        if (bestKnown != null) {
            return new Stance(sentence, actor, position, verb.group(1).toLowerCase(Locale.ROOT), null, bestKnown);
        }
        return null;
    }

    /** What the verb acts on: up to the next comma, semicolon or the end, the way the sentence scopes it. */
    private static String objectOf(String following) {
        Matcher end = Pattern.compile("[,;.]\\s|[,;.]$|\\s(?:and|but)\\s").matcher(following);
        return end.find() ? following.substring(0, end.start()) : following;
    }

    static boolean isClaimNoun(String word) {
        return CLAIM_NOUN.matcher(word).matches();
    }

    private static boolean mentionsName(String text, ArticleCast.Member actor) {
        List<String> forms = new ArrayList<>(List.of(actor.name, actor.lastName()));
        if (actor.known != null) {
            forms.addAll(actor.known.aliases());
        }
        for (String form : forms) {
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
