package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.ActorKind;

/** Sentences keep their abbreviations and quotes; names are told from places, storms and sentence openers. */
class SentenceAndActorRulesTest {

    @Test
    void abbreviationsDoNotEndSentences() {
        List<Sentence> sentences = new RuleSentenceSplitter().split("Sen. Maria Castillo, D-N.M., spoke on Jan. 30 "
                + "in the U.S. Senate. Dr. Alan Reyes agreed. “It is over.” he said.");
        assertEquals(List.of("Sen. Maria Castillo, D-N.M., spoke on Jan. 30 in the U.S. Senate.", "Dr. Alan Reyes agreed.",
                "“It is over.” he said."), sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void paragraphsEndSentencesAndOffsetsHold() {
        String text = "HEADLINE WITHOUT STOP\n\nFirst sentence here. Second one.";
        List<Sentence> sentences = new RuleSentenceSplitter().split(text);
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void placesAndStormsAreNotActorsButBodiesAre() {
        Proposals proposals = Desk.read("Storm Tamsin brought down lines across Nova Scotia and in Ventura County. "
                + "The Canadian Hurricane Centre, Nova Scotia Power and the Civic Alliance issued warnings. "
                + "Russia's defence ministry said the Kremlin would respond.");
        Map<String, ActorKind> kinds = proposals.actors().stream()
                .collect(Collectors.toMap(ActorCandidate::name, ActorCandidate::kind));
        assertEquals(Map.of("Canadian Hurricane Centre", ActorKind.GOVERNMENT, "Nova Scotia Power", ActorKind.ORGANIZATION,
                "Civic Alliance", ActorKind.ORGANIZATION, "Russia's defence ministry", ActorKind.GOVERNMENT,
                "Kremlin", ActorKind.GOVERNMENT), kinds);
    }

    @Test
    void aCountryIsAnActorOnlyWhenItSpeaks() {
        Proposals proposals = Desk.read("Russia seized Crimea in 2014, and Ukraine has said it will never accept it.");
        assertEquals(List.of("Ukraine"), proposals.actors().stream().map(ActorCandidate::name).toList());
        assertEquals(ActorKind.GOVERNMENT, proposals.actors().get(0).kind());
    }

    @Test
    void titlesComeOffNamesAndAreKept() {
        Proposals proposals = Desk.read("US Army Secretary Dan Driscoll met Secretary of State Marco Rubio and "
                + "Nadia Qureshi KC.");
        List<String> names = proposals.actors().stream().map(ActorCandidate::name).toList();
        assertEquals(List.of("Dan Driscoll", "Marco Rubio", "Nadia Qureshi"), names);
        assertTrue(proposals.actors().get(0).titles().contains("secretary"));
    }

    @Test
    void onlyEnglishIsRead() {
        Article russian = Article.ofText("https://example.test/ru", "Новости", java.time.Instant.parse("2025-11-28T09:00:00Z"),
                java.time.ZoneId.of("Europe/Moscow"), "Путин заявил в четверг, что план может стать основой.", "ru");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Desk.READER.read(russian, StoryKnowledge.NOTHING));
        assertTrue(refused.getMessage().contains("English"), refused.getMessage());
        Article british = Article.ofText("https://example.test/gb", "News", java.time.Instant.parse("2025-11-28T09:00:00Z"),
                java.time.ZoneId.of("Europe/London"), "The mayor resigned on Thursday.", "en-GB");
        assertEquals(1, Desk.READER.read(british, StoryKnowledge.NOTHING).events().size());
    }

    @Test
    void noBreakSpacesAreSpacesButQuotesKeepThem() {
        String text = "Ukrainian President\u00a0Volodymyr\u00a0Zelensky said\u00a0that talks would resume on Monday.";
        Proposals proposals = Desk.read(text);
        assertEquals(List.of("Volodymyr Zelensky"), proposals.actors().stream().map(ActorCandidate::name).toList());
        ClaimCandidate claim = proposals.claims().get(0);
        assertEquals(text, claim.excerpt().quote());
        assertEquals("Volodymyr Zelensky", claim.speaker().name());
    }

    @Test
    void adjectivesAndHyphenatedWordsAreNotBodies() {
        Proposals proposals = Desk.read("A US-based monitor said a Russian military victory was not inevitable.");
        assertEquals(List.of(), proposals.actors().stream().map(ActorCandidate::name).toList());
    }

    @Test
    void headingsOnTheirOwnLinesAndTitleCaseHeadlinesNameNoOne() {
        String text = "Kremlin Weighs Peace Plan Amid Threats, Disregard for Kyiv Leadership\nOverview\n"
                + "U.S. special envoy Steve Witkoff will visit Moscow next week.\nAnalysis\n"
                + "the copy goes on in lower case after a hard wrap.";
        List<Sentence> sentences = new RuleSentenceSplitter().split(text);
        assertEquals("U.S. special envoy Steve Witkoff will visit Moscow next week.", sentences.get(2).text());
        assertEquals("Analysis\nthe copy goes on in lower case after a hard wrap.", sentences.get(3).text());
        Proposals proposals = Desk.read(text, Desk.WITKOFF);
        assertEquals(List.of("Steve Witkoff"), proposals.actors().stream().map(ActorCandidate::name).toList());
    }

    @Test
    void aDescribingParticipleReportsNothing() {
        Proposals proposals = Desk.read("Centrist outlets covered the story calmly, giving the stated positions of "
                + "both sides.");
        assertEquals(0, proposals.claims().size(), proposals.claims().toString());
    }
}
