package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The same article gives the same proposals, in the same order, with the same fingerprints. */
class DeterminismTest {

    private static Article article(String url) {
        GoldSet.GoldArticle gold = GoldSet.load().get(0);
        Article a = gold.article();
        return Article.ofText(url, a.title(), a.publishedAt(), a.zone(), a.text(), a.language());
    }

    private static StoryKnowledge story() {
        return GoldSet.load().get(0).story();
    }

    @Test
    void readingTwiceGivesEqualProposals() {
        Article article = article("https://example-wire.test/world/2025/11/28/kremlin-us-plan-envoy");
        Proposals first = ArticleReader.standard().read(article, story());
        Proposals second = ArticleReader.standard().read(article, story());
        assertEquals(first, second);
        assertEquals(fingerprints(first), fingerprints(second));
    }

    @Test
    void theSameArticleBehindATrackingLinkHasTheSameFingerprints() {
        Proposals plain = Desk.READER.read(article("https://example-wire.test/world/2025/11/28/kremlin-us-plan-envoy"),
                story());
        Proposals shared = Desk.READER.read(article(
                "https://EXAMPLE-wire.test/world/2025/11/28/kremlin-us-plan-envoy?utm_source=feed&utm_medium=rss#top"),
                story());
        assertEquals(fingerprints(plain), fingerprints(shared));
        Proposals other = Desk.READER.read(article("https://example-wire.test/world/2025/11/29/other-story"), story());
        assertNotEquals(fingerprints(plain).get(0), fingerprints(other).get(0));
    }

    @Test
    void fingerprintsAreUniqueAndCandidatesInArticleOrder() {
        Proposals proposals = Desk.READER.read(article("https://example-wire.test/a"), story());
        List<String> all = fingerprints(proposals);
        assertEquals(all.size(), new HashSet<>(all).size(), "two candidates share a fingerprint");
        assertEquals(sorted(proposals.events().stream().map(e -> e.excerpt().start()).toList()),
                proposals.events().stream().map(e -> e.excerpt().start()).toList());
        assertEquals(sorted(proposals.claims().stream().map(c -> c.excerpt().start()).toList()),
                proposals.claims().stream().map(c -> c.excerpt().start()).toList());
        Set<String> actors = new HashSet<>();
        proposals.actors().forEach(a -> actors.add(a.fingerprint()));
        for (EventCandidate event : proposals.events()) {
            event.participants().forEach(p -> assertEquals(true, actors.contains(p.actorFingerprint()), p.toString()));
        }
    }

    private static List<Integer> sorted(List<Integer> values) {
        List<Integer> copy = new ArrayList<>(values);
        copy.sort(Comparator.naturalOrder());
        return copy;
    }

    private static List<String> fingerprints(Proposals proposals) {
        List<String> all = new ArrayList<>();
        proposals.events().forEach(e -> all.add(e.fingerprint()));
        proposals.claims().forEach(c -> all.add(c.fingerprint()));
        proposals.stances().forEach(s -> all.add(s.fingerprint()));
        proposals.actors().forEach(a -> all.add(a.fingerprint()));
        return all;
    }
}
