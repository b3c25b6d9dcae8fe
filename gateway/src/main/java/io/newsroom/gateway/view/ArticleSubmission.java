package io.newsroom.gateway.view;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.ClientReadyDocument;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article handed in to be read for a story: where it was published, when, by which outlet, "
        + "and its text, as plain text ('text') or as the page's HTML ('html', whose main text is extracted). Give "
        + "exactly one of the two.")
public record ArticleSubmission(
        @Schema(required = true, description = "Absolute http(s) URL of the article; every candidate cites it",
                examples = "https://example-daily.test/world/envoy-to-visit-moscow", maxLength = CitationUrl.MAX_LENGTH)
        String url,
        @Schema(description = "Headline of the article", examples = "Envoy to travel to Moscow as talks resume",
                maxLength = ArticleSubmission.MAX_TITLE)
        String title,
        @Schema(required = true, description = "When the article was published (UTC). Relative phrases ('on Thursday', "
                + "'early next week') are read against it.", examples = "2025-11-28T09:00:00Z")
        Instant publishedAt,
        @Schema(required = true, description = "The zone the newsroom published it in: an IANA id or an offset. 'Yesterday' "
                + "depends on it.", examples = "Europe/Kyiv", maxLength = ArticleSubmission.MAX_ZONE)
        String zone,
        @Schema(description = "Id of the outlet that published it (a timeline-service outlet). When absent the outlet is "
                + "the one whose domain the URL has (also from www. and parent domains).", maxLength = ClientReadyDocument.UUID_LENGTH)
        String outletId,
        @Schema(description = "The article as plain text, at most " + ArticleSubmission.MAX_TEXT + " characters",
                maxLength = ArticleSubmission.MAX_TEXT)
        String text,
        @Schema(description = "The article page as HTML, at most " + ArticleSubmission.MAX_HTML + " characters; its main "
                + "text (without navigation, asides, captions and comments) is read, and may be at most "
                + ArticleSubmission.MAX_TEXT + " characters", maxLength = ArticleSubmission.MAX_HTML)
        String html,
        @Schema(description = "BCP 47 language of the article; only English (en) is read today. Default en.",
                examples = "en", maxLength = ArticleSubmission.MAX_LANGUAGE)
        String language) {

    /**
     * About 15,000 words: three times a long feature. Reading that many takes the engine about a second on these
     * machines, and every candidate it proposes is stored and answered at once.
     */
    public static final int MAX_TEXT = 100_000;
    /** A news page with its scripts, styles and markup is several times its text. */
    public static final int MAX_HTML = 1_000_000;
    public static final int MAX_TITLE = 500;
    /** The longest language tag read (the stylebook's Languages). */
    public static final int MAX_LANGUAGE = Languages.MAX_LENGTH;
    /** The longest zone: IANA ids are far shorter, offsets shorter still. */
    public static final int MAX_ZONE = 64;
}
