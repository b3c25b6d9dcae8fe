package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.newsroom.gateway.ingestion.GoldSet.GoldActor;
import io.newsroom.gateway.ingestion.GoldSet.GoldArticle;
import io.newsroom.gateway.ingestion.GoldSet.GoldClaim;
import io.newsroom.gateway.ingestion.GoldSet.GoldEvent;
import io.newsroom.gateway.ingestion.GoldSet.GoldStance;

/**
 * Runs the engine over the gold set and prints precision and recall per candidate kind, the share of found events
 * whose date is exact, and what each NLP option costs. A measurement, not a test: it never fails on a score.
 *
 * <p>Run: {@code bench/ingestion [--details]}. The NLP options compared before choosing (OpenNLP's sentence
 * model, natty, CoreNLP's SUTime) and their scores are in bench/README.md; none of them ships.
 *
 * <p>Matching rules: an event is found when a candidate's time phrase overlaps the gold phrase; a claim when the
 * candidate's sentence overlaps the gold sentence and its speaker is the gold speaker (name or alias); a stance
 * when sentence, actor, position and the claim it answers all agree; an actor when its name is the gold name or an
 * alias. Each gold item is matched at most once.
 */
public final class GoldSetBenchmark {

    record Score(int truePositives, int proposed, int expected) {
        double precision() {
            return proposed == 0 ? 0 : (double) truePositives / proposed;
        }

        double recall() {
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, proposed + other.proposed, expected + other.expected);
        }
    }

    static final class Totals {
        Score events = new Score(0, 0, 0);
        Score claims = new Score(0, 0, 0);
        Score claimSentences = new Score(0, 0, 0);
        Score stances = new Score(0, 0, 0);
        Score actors = new Score(0, 0, 0);
        int exactDates;
        int exactStatus;
        int eventMatchesRight;
        int claimMatchesRight;
        int actorKindsRight;
        int actorMatchesRight;
        int goldSentences;
        int sentencesRecovered;
        long constructionMillis;
        long readMillis;
        final List<String> details = new ArrayList<>();
    }

    private GoldSetBenchmark() {
    }

    public static void main(String[] args) {
        boolean details = List.of(args).contains("--details");
        List<GoldArticle> gold = GoldSet.load();
        printHeader(gold);
        // The engine as it ships: ArticleReader.standard()'s splitter and time expressions.
        List<Totals> parts = printRows("rules+stylebook", gold, RuleSentenceSplitter::new, StylebookTimeExpressions::new);
        printFootnotes(List.of("all"), List.of(parts.get(0)), details);
    }

    static void printHeader(List<GoldArticle> gold) {
        System.out.printf(Locale.ROOT, "Gold set: %d articles (%d held out), %d events, %d claims, %d stances, %d actors%n%n",
                gold.size(), gold.stream().filter(GoldArticle::heldOut).count(),
                gold.stream().mapToInt(g -> g.events().size()).sum(), gold.stream().mapToInt(g -> g.claims().size()).sum(),
                gold.stream().mapToInt(g -> g.stances().size()).sum(), gold.stream().mapToInt(g -> g.actors().size()).sum());
        System.out.println("| sentences+times (articles) | events P / R | dates exact | status right | claims P / R"
                + " | claim sentences P / R | stances P / R | actors P / R | actor kinds right | sentences exact"
                + " | start-up ms | read ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    }

    /** One row each for all articles, the development articles and the held-out ones. */
    static List<Totals> printRows(String name, List<GoldArticle> gold, Supplier<SentenceSplitter> splitter,
                                  Supplier<TimeExpressionFinder> finder) {
        List<Totals> rows = new ArrayList<>();
        for (var part : List.of(Map.entry("all", gold), Map.entry("dev", gold.stream().filter(g -> !g.heldOut()).toList()),
                Map.entry("held-out", gold.stream().filter(GoldArticle::heldOut).toList()))) {
            Totals totals = run(part.getValue(), splitter, finder);
            rows.add(totals);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d |%n",
                    name + " (" + part.getKey() + ", " + part.getValue().size() + ")",
                    pr(totals.events), share(totals.exactDates, totals.events.truePositives()),
                    share(totals.exactStatus, totals.events.truePositives()), pr(totals.claims),
                    pr(totals.claimSentences), pr(totals.stances), pr(totals.actors),
                    share(totals.actorKindsRight, totals.actors.truePositives()),
                    share(totals.sentencesRecovered, totals.goldSentences), totals.constructionMillis, totals.readMillis);
        }
        return rows;
    }

    static void printFootnotes(List<String> names, List<Totals> all, boolean details) {
        for (int i = 0; i < all.size(); i++) {
            Totals t = all.get(i);
            System.out.printf(Locale.ROOT, "%n%s: known-event citations right %d of %d found events; known-claim"
                    + " appearances right %d of %d found claims; known-actor matches right %d of %d found actors%n",
                    names.get(i), t.eventMatchesRight, t.events.truePositives(), t.claimMatchesRight,
                    t.claims.truePositives(), t.actorMatchesRight, t.actors.truePositives());
            if (details) {
                t.details.forEach(System.out::println);
            }
        }
    }

    private static String pr(Score s) {
        return String.format(Locale.ROOT, "%.2f / %.2f (%d of %d; %d gold)", s.precision(), s.recall(), s.truePositives(),
                s.proposed(), s.expected());
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) part / whole, part, whole);
    }

    static Totals run(List<GoldArticle> gold, Supplier<SentenceSplitter> splitter, Supplier<TimeExpressionFinder> finder) {
        Totals totals = new Totals();
        long constructing = System.nanoTime();
        SentenceSplitter sentences = splitter.get();
        TimeExpressionFinder times = finder.get();
        ArticleReader reader = new ArticleReader(sentences, times);
        totals.constructionMillis = (System.nanoTime() - constructing) / 1_000_000;
        long reading = System.nanoTime();
        List<Proposals> results = new ArrayList<>();
        for (GoldArticle article : gold) {
            results.add(reader.read(article.article(), article.story()));
        }
        totals.readMillis = (System.nanoTime() - reading) / 1_000_000;
        for (int i = 0; i < gold.size(); i++) {
            score(gold.get(i), results.get(i), sentences, totals);
        }
        return totals;
    }

    private static void score(GoldArticle gold, Proposals proposals, SentenceSplitter splitter, Totals totals) {
        String text = proposals.mainText();
        totals.details.add("\n== " + gold.file());
        Set<String> quotes = new HashSet<>();
        gold.events().forEach(e -> quotes.add(e.quote()));
        gold.claims().forEach(c -> quotes.add(c.quote()));
        gold.stances().forEach(s -> quotes.add(s.quote()));
        Set<String> split = new HashSet<>();
        splitter.split(text).forEach(s -> split.add(s.text()));
        totals.goldSentences += quotes.size();
        totals.sentencesRecovered += (int) quotes.stream().filter(split::contains).count();

        // Events: the candidate's phrase overlaps the gold phrase.
        Set<EventCandidate> usedEvents = new HashSet<>();
        int found = 0;
        for (GoldEvent g : gold.events()) {
            int quoteAt = text.indexOf(g.quote());
            int at = quoteAt + g.quote().indexOf(g.phrase());
            int to = at + g.phrase().length();
            EventCandidate match = proposals.events().stream().filter(c -> !usedEvents.contains(c))
                    .filter(c -> c.phraseStart() < to && at < c.phraseStart() + c.phrase().length()).findFirst().orElse(null);
            if (match == null) {
                totals.details.add("  missed event  [" + g.phrase() + " = " + g.date() + " " + g.status() + "] "
                        + clip(g.quote()));
                continue;
            }
            usedEvents.add(match);
            found++;
            boolean exact = match.date().equals(g.date());
            totals.exactDates += exact ? 1 : 0;
            totals.exactStatus += match.status().name().equals(g.status()) ? 1 : 0;
            boolean citation = java.util.Objects.equals(match.matchesEventId(), g.matchesEventId());
            totals.eventMatchesRight += citation ? 1 : 0;
            if (!exact || !match.status().name().equals(g.status()) || !citation) {
                totals.details.add("  event differs [" + g.phrase() + "] date " + match.date() + " (gold " + g.date()
                        + "), status " + match.status() + " (gold " + g.status() + "), citation of "
                        + match.matchesEventId() + " (gold " + g.matchesEventId() + ")");
            }
        }
        for (EventCandidate c : proposals.events()) {
            if (!usedEvents.contains(c)) {
                totals.details.add("  extra event   [" + c.phrase() + " = " + c.date() + " " + c.status() + "] "
                        + clip(c.excerpt().quote()));
            }
        }
        totals.events = totals.events.plus(new Score(found, proposals.events().size(), gold.events().size()));

        // Claims: the sentence overlaps and the speaker is the gold speaker.
        Map<String, Set<String>> actorForms = new LinkedHashMap<>();
        for (GoldActor a : gold.actors()) {
            Set<String> forms = new HashSet<>();
            forms.add(norm(a.name()));
            a.aliases().forEach(x -> forms.add(norm(x)));
            actorForms.put(a.name(), forms);
        }
        Set<ClaimCandidate> usedClaims = new HashSet<>();
        Set<ClaimCandidate> usedClaimSentences = new HashSet<>();
        int claimsFound = 0;
        int claimSentencesFound = 0;
        for (GoldClaim g : gold.claims()) {
            int at = text.indexOf(g.quote());
            int to = at + g.quote().length();
            ClaimCandidate sentence = proposals.claims().stream().filter(c -> !usedClaimSentences.contains(c))
                    .filter(c -> overlaps(c.excerpt(), at, to)).findFirst().orElse(null);
            if (sentence != null) {
                usedClaimSentences.add(sentence);
                claimSentencesFound++;
            }
            ClaimCandidate match = proposals.claims().stream().filter(c -> !usedClaims.contains(c))
                    .filter(c -> overlaps(c.excerpt(), at, to) && sameActor(c.speaker(), g.speaker(), gold, actorForms))
                    .findFirst().orElse(null);
            if (match == null) {
                totals.details.add("  missed claim  [" + g.speaker() + "] " + clip(g.quote())
                        + (sentence == null ? "" : "  -- proposed with speaker " + sentence.speaker().name()));
                continue;
            }
            usedClaims.add(match);
            claimsFound++;
            boolean appearance = java.util.Objects.equals(match.matchesClaimId(), g.matchesClaimId());
            totals.claimMatchesRight += appearance ? 1 : 0;
            if (!appearance) {
                totals.details.add("  claim differs [" + g.speaker() + "] appearance of " + match.matchesClaimId()
                        + " (gold " + g.matchesClaimId() + ") " + clip(g.quote()));
            }
        }
        for (ClaimCandidate c : proposals.claims()) {
            if (!usedClaimSentences.contains(c)) {
                totals.details.add("  extra claim   [" + c.speaker().name() + "] " + clip(c.excerpt().quote()));
            }
        }
        totals.claims = totals.claims.plus(new Score(claimsFound, proposals.claims().size(), gold.claims().size()));
        totals.claimSentences = totals.claimSentences.plus(new Score(claimSentencesFound, proposals.claims().size(),
                gold.claims().size()));

        // Stances: sentence, actor, position and the claim answered.
        Set<StanceCandidate> usedStances = new HashSet<>();
        int stancesFound = 0;
        for (GoldStance g : gold.stances()) {
            int at = text.indexOf(g.quote());
            int to = at + g.quote().length();
            StanceCandidate match = proposals.stances().stream().filter(c -> !usedStances.contains(c))
                    .filter(c -> overlaps(c.excerpt(), at, to) && sameActor(c.actor(), g.actor(), gold, actorForms)
                            && c.position().name().equals(g.position()) && sameTarget(c, g, proposals, text))
                    .findFirst().orElse(null);
            if (match == null) {
                StanceCandidate near = proposals.stances().stream().filter(c -> overlaps(c.excerpt(), at, to)).findFirst()
                        .orElse(null);
                totals.details.add("  missed stance [" + g.actor() + " " + g.position() + "] " + clip(g.quote())
                        + (near == null ? "" : "  -- proposed " + near.actor().name() + " " + near.position() + " on "
                        + target(near, proposals)));
                continue;
            }
            usedStances.add(match);
            stancesFound++;
        }
        for (StanceCandidate c : proposals.stances()) {
            if (!usedStances.contains(c)) {
                totals.details.add("  extra stance  [" + c.actor().name() + " " + c.position() + " on " + target(c, proposals)
                        + "] " + clip(c.excerpt().quote()));
            }
        }
        totals.stances = totals.stances.plus(new Score(stancesFound, proposals.stances().size(), gold.stances().size()));

        // Actors: by name or alias.
        Set<ActorCandidate> usedActors = new HashSet<>();
        int actorsFound = 0;
        for (GoldActor g : gold.actors()) {
            ActorCandidate match = proposals.actors().stream().filter(c -> !usedActors.contains(c))
                    .filter(c -> actorForms.get(g.name()).contains(norm(c.name()))
                            || c.matchesActorId() != null && c.matchesActorId().equals(g.matchesActorId()))
                    .findFirst().orElse(null);
            if (match == null) {
                totals.details.add("  missed actor  " + g.name() + " (" + g.kind() + ")");
                continue;
            }
            usedActors.add(match);
            actorsFound++;
            boolean kind = match.kind().name().equals(g.kind());
            boolean known = java.util.Objects.equals(match.matchesActorId(), g.matchesActorId());
            totals.actorKindsRight += kind ? 1 : 0;
            totals.actorMatchesRight += known ? 1 : 0;
            if (!kind || !known) {
                totals.details.add("  actor differs " + g.name() + ": kind " + match.kind() + " (gold " + g.kind()
                        + "), known " + match.matchesActorId() + " (gold " + g.matchesActorId() + ")");
            }
        }
        for (ActorCandidate c : proposals.actors()) {
            if (!usedActors.contains(c)) {
                totals.details.add("  extra actor   " + c.name() + " (" + c.kind() + ")");
            }
        }
        totals.actors = totals.actors.plus(new Score(actorsFound, proposals.actors().size(), gold.actors().size()));
    }

    private static boolean sameTarget(StanceCandidate c, GoldStance g, Proposals proposals, String text) {
        if (g.targetClaimId() != null) {
            return g.targetClaimId().equals(c.targetKnownClaimId());
        }
        int at = text.indexOf(g.targetClaimQuote());
        int to = at + g.targetClaimQuote().length();
        return proposals.claims().stream().anyMatch(k -> k.fingerprint().equals(c.targetClaimFingerprint())
                && overlaps(k.excerpt(), at, to));
    }

    private static String target(StanceCandidate c, Proposals proposals) {
        if (c.targetClaimFingerprint() != null) {
            return proposals.claims().stream().filter(k -> k.fingerprint().equals(c.targetClaimFingerprint()))
                    .map(k -> "'" + clip(k.excerpt().quote()) + "'").findFirst().orElse("?");
        }
        return String.valueOf(c.targetKnownClaimId());
    }

    private static boolean sameActor(ActorRef ref, String goldName, GoldArticle gold, Map<String, Set<String>> forms) {
        if (ref == null) {
            return false;
        }
        Set<String> names = forms.get(goldName);
        if (names != null && names.contains(norm(ref.name()))) {
            return true;
        }
        return gold.actors().stream().anyMatch(a -> a.name().equals(goldName) && a.matchesActorId() != null
                && a.matchesActorId().equals(ref.knownActorId()));
    }

    /** Half the shorter span in common: the same sentence, whatever the splitter did with its edges. */
    private static boolean overlaps(Excerpt excerpt, int start, int end) {
        int common = Math.min(excerpt.end(), end) - Math.max(excerpt.start(), start);
        return common > 0 && common * 2 >= Math.min(excerpt.end() - excerpt.start(), end - start);
    }

    private static String norm(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceFirst("^the ", "").strip();
    }

    private static String clip(String quote) {
        return quote.length() <= 110 ? quote : quote.substring(0, 107) + "...";
    }
}
