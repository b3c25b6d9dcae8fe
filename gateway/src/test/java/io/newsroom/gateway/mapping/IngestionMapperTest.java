package io.newsroom.gateway.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.ingestion.Article;
import io.newsroom.gateway.ingestion.ArticleReader;
import io.newsroom.gateway.ingestion.Proposals;
import io.newsroom.gateway.ingestion.StoryKnowledge;
import io.newsroom.gateway.repository.CandidateEntity;
import io.newsroom.gateway.repository.IngestionEntity;
import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.Candidate.ClaimProposal;

/** How the engine's proposals become the candidates a desk decides on: order, links between them, and when a claim was made. */
class IngestionMapperTest {

    private static final ArticleReader READER = ArticleReader.standard();

    private static IngestionEntity ingestion(String publishedAt, String zone, String text) {
        IngestionEntity i = new IngestionEntity();
        i.id = UUID.randomUUID();
        i.storyId = "harbour-strike";
        i.articleUrl = "https://harbour-news.test/a";
        i.articleId = UUID.randomUUID();
        i.outletId = UUID.randomUUID();
        i.outletName = "Harbour News";
        i.publishedAt = Instant.parse(publishedAt);
        i.zone = zone;
        i.mainText = text;
        return i;
    }

    private static Proposals read(IngestionEntity i) {
        return READER.read(Article.ofText(i.articleUrl, null, i.publishedAt, ZoneId.of(i.zone), i.mainText, "en"), StoryKnowledge.NOTHING);
    }

    private static List<Candidate> candidates(IngestionEntity i, Set<String> left) {
        List<CandidateEntity> rows = IngestionMapper.candidates(i, read(i), left);
        return rows.stream().map(row -> IngestionMapper.candidate(i, row)).toList();
    }

    @Test
    void aClaimIsMadeAtTheSpeechItsSentenceDates() {
        IngestionEntity i = ingestion("2025-11-26T10:00:00Z", "Europe/Oslo",
                "Union leader Mara Velund said on Tuesday that the ferry operator had refused every offer.");
        List<Candidate> candidates = candidates(i, Set.of());
        Candidate event = candidates.stream().filter(c -> c.kind() == Candidate.Kind.EVENT).findFirst().orElseThrow();
        ClaimProposal claim = candidates.stream().filter(c -> c.kind() == Candidate.Kind.CLAIM).findFirst().orElseThrow().claim();
        assertEquals("2025-11-25", claim.madeAt().edtf());
        assertEquals(event.id(), claim.eventCandidateId());
        assertEquals(EventKind.STATEMENT, event.event().kind(), "the speech is a statement");
        assertNotNull(claim.speaker().candidateId(), "the speaker is a candidate of its own, which accepting the claim accepts first");
    }

    @Test
    void aPlanTheSpeakerAnnouncesIsWhatWasSaidNotWhenSoTheClaimIsOfThePublicationDayInItsZone() {
        // 23:30 UTC on the 27th is already the 28th in Kyiv.
        IngestionEntity i = ingestion("2025-11-27T23:30:00Z", "Europe/Kyiv",
                "Minister Ivo Danrik said the ferry operator will meet the union next week.");
        ClaimProposal claim = candidates(i, Set.of()).stream().filter(c -> c.kind() == Candidate.Kind.CLAIM).findFirst()
                .orElseThrow().claim();
        assertEquals("2025-11-28", claim.madeAt().edtf());
        assertEquals("DAY", claim.madeAt().precision());
        assertNull(claim.eventCandidateId());
        assertEquals(EventKind.OTHER, candidates(i, Set.of()).stream().filter(c -> c.kind() == Candidate.Kind.EVENT)
                .findFirst().orElseThrow().event().kind(), "the meeting announced is no statement");
    }

    @Test
    void candidatesComeInArticleOrderWhoFirstInEachSentenceQuotingItAtItsOffsets() {
        String text = "Union leader Mara Velund said on Tuesday that the ferry operator had refused every offer. "
                + "Minister Ivo Danrik rejected Velund's account, saying the talks had never stopped.";
        IngestionEntity i = ingestion("2025-11-26T10:00:00Z", "Europe/Oslo", text);
        List<Candidate> candidates = candidates(i, Set.of());
        int lastStart = -1;
        String lastKind = "";
        for (Candidate c : candidates) {
            assertEquals(text.substring(c.offsets().start(), c.offsets().end()), c.citation().quote());
            assertEquals("https://harbour-news.test/a", c.citation().url());
            assertEquals("Harbour News", c.citation().outlet());
            if (c.offsets().start() == lastStart) {
                assertTrue(List.of("ACTOR", "EVENT", "CLAIM", "STANCE").indexOf(c.kind().name())
                        >= List.of("ACTOR", "EVENT", "CLAIM", "STANCE").indexOf(lastKind), candidates.toString());
            }
            assertTrue(c.offsets().start() >= lastStart, candidates.toString());
            lastStart = c.offsets().start();
            lastKind = c.kind().name();
        }
        Candidate stance = candidates.stream().filter(c -> c.kind() == Candidate.Kind.STANCE).findFirst().orElseThrow();
        Candidate velundsClaim = candidates.stream().filter(c -> c.kind() == Candidate.Kind.CLAIM
                && c.claim().speaker().name().equals("Mara Velund")).findFirst().orElseThrow();
        assertEquals(velundsClaim.id(), stance.stance().claimCandidateId());
        assertEquals(stance.citation().quote(), stance.stance().summary());
    }

    @Test
    void whatAnEarlierVersionOfTheArticleProposedIsLeftOut() {
        IngestionEntity i = ingestion("2025-11-26T10:00:00Z", "Europe/Oslo",
                "Union leader Mara Velund said on Tuesday that the ferry operator had refused every offer.");
        List<CandidateEntity> all = IngestionMapper.candidates(i, read(i), Set.of());
        String earlier = all.get(0).fingerprint;
        List<CandidateEntity> left = IngestionMapper.candidates(i, read(i), Set.of(earlier));
        assertEquals(all.size() - 1, left.size());
        assertTrue(left.stream().noneMatch(c -> c.fingerprint.equals(earlier)));
        assertEquals(List.of(0, 1), left.stream().limit(2).map(c -> c.position).toList(), "positions count what is proposed");
    }
}
