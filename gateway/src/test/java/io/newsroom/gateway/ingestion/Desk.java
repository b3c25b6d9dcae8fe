package io.newsroom.gateway.ingestion;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.newsroom.gateway.domain.ActorKind;

/** Small articles and stories for the rule tests, in the tests' own words. */
final class Desk {

    static final ArticleReader READER = ArticleReader.standard();
    static final KnownActor PUTIN = new KnownActor("actor-putin", "Vladimir Putin", List.of("Putin"), ActorKind.PERSON);
    static final KnownActor WITKOFF = new KnownActor("actor-witkoff", "Steve Witkoff", List.of("Witkoff"), ActorKind.PERSON);

    private Desk() {
    }

    /** An article published at the instant, in the zone, with the given text. */
    static Article article(String publishedAt, String zone, String text) {
        return Article.ofText("https://example.test/news/story?id=7", "A story", Instant.parse(publishedAt),
                ZoneId.of(zone), text, "en");
    }

    static Proposals read(String publishedAt, String zone, String text) {
        return READER.read(article(publishedAt, zone, text), StoryKnowledge.NOTHING);
    }

    static Proposals read(String text, KnownActor... actors) {
        return READER.read(article("2025-11-28T09:00:00Z", "Europe/Kyiv", text),
                new StoryKnowledge(List.of(actors), List.of(), List.of()));
    }

    static EventCandidate onlyEvent(Proposals proposals) {
        if (proposals.events().size() != 1) {
            throw new AssertionError("expected one event, got " + proposals.events());
        }
        return proposals.events().get(0);
    }
}
