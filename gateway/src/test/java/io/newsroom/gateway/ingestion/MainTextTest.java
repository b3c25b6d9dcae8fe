package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** HTML is read with jsoup; candidates' offsets index the extracted main text, which the proposals carry. */
class MainTextTest {

    private static final String PAGE = """
            <html><head><title>Talks</title><script>var tracking = "Putin said on Monday";</script></head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World news said on Monday</a></nav>
              <article>
                <h1>Envoy heads to Moscow</h1>
                <figure><img src="a.jpg"><figcaption>Putin said on Friday he was pleased.</figcaption></figure>
                <p>The envoy   will travel to <b>Moscow</b> early next week, the Kremlin said.</p>
                <aside>Read more: the mayor said on Sunday the roads were clear.</aside>
                <p>&ldquo;We are ready for a serious conversation,&rdquo; Putin told reporters.</p>
              </article>
              <footer>The editor said on Tuesday that comments are closed.</footer>
            </body></html>""";

    private static Proposals read() {
        Article article = Article.ofHtml("https://example.test/world/envoy", "Envoy", Instant.parse("2025-11-28T09:00:00Z"),
                ZoneId.of("Europe/Kyiv"), PAGE, "en");
        return Desk.READER.read(article, new StoryKnowledge(java.util.List.of(Desk.PUTIN), java.util.List.of(),
                java.util.List.of()));
    }

    @Test
    void pageFurnitureIsNotMainText() {
        Proposals proposals = read();
        assertTrue(proposals.fromHtml());
        assertEquals("Envoy heads to Moscow\n\nThe envoy will travel to Moscow early next week, the Kremlin said.\n\n"
                + "“We are ready for a serious conversation,” Putin told reporters.", proposals.mainText());
        assertFalse(proposals.mainText().contains("figcaption") || proposals.mainText().contains("Read more")
                || proposals.mainText().contains("comments are closed") || proposals.mainText().contains("tracking"));
    }

    @Test
    void everyOffsetIndexesTheMainText() {
        Proposals proposals = read();
        assertEquals(1, proposals.events().size(), proposals.events().toString());
        assertEquals(2, proposals.claims().size(), proposals.claims().toString());
        String text = proposals.mainText();
        for (EventCandidate event : proposals.events()) {
            assertEquals(event.excerpt().quote(), text.substring(event.excerpt().start(), event.excerpt().end()));
            assertEquals(event.phrase(), text.substring(event.phraseStart(), event.phraseStart() + event.phrase().length()));
        }
        for (ClaimCandidate claim : proposals.claims()) {
            assertEquals(claim.excerpt().quote(), text.substring(claim.excerpt().start(), claim.excerpt().end()));
        }
        for (ActorCandidate actor : proposals.actors()) {
            assertEquals(actor.excerpt().quote(), text.substring(actor.excerpt().start(), actor.excerpt().end()));
        }
    }

    @Test
    void plainTextOffsetsIndexTheTextAsGiven() {
        String text = "  Dateline.\r\n\r\nThe envoy will travel to Moscow early next week.";
        Proposals proposals = Desk.read("2025-11-28T09:00:00Z", "Europe/Kyiv", text);
        assertEquals(text, proposals.mainText());
        EventCandidate event = Desk.onlyEvent(proposals);
        assertEquals(event.excerpt().quote(), text.substring(event.excerpt().start(), event.excerpt().end()));
    }
}
