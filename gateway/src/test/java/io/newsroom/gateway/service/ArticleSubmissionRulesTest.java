package io.newsroom.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.view.ArticleSubmission;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;

/** The rules an article handed in must follow, every broken one named by its field at once, before any service is asked. */
class ArticleSubmissionRulesTest {

    private static final Instant PUBLISHED = Instant.parse("2025-11-26T10:00:00Z");
    private static final String TEXT = "Northline Ferries will meet union officials on Friday in Bergen.";

    private static ArticleSubmission article(String url, Instant publishedAt, String zone, String text, String html, String language) {
        return new ArticleSubmission(url, "Ferry talks", publishedAt, zone, null, text, html, language);
    }

    private static List<String> refused(ArticleSubmission article) {
        ProblemException problem = assertThrows(ProblemException.class, () -> IngestionService.validate(article));
        assertEquals(ProblemType.VALIDATION, problem.type());
        return problem.fields().stream().map(FieldProblem::field).toList();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertEquals(List.of("url", "publishedAt", "zone", "text"), refused(article(null, null, null, null, null, null)));
    }

    @Test
    void theArticleIsOneOfTextAndHtmlWithinTheLimits() {
        assertEquals(List.of("text"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", TEXT, "<p>" + TEXT + "</p>", null)));
        assertEquals(List.of("text"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo",
                "x".repeat(ArticleSubmission.MAX_TEXT + 1), null, null)));
        assertEquals(List.of("text"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", "   ", null, null)));
        assertEquals(List.of("text"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", "a\0b", null, null)));
        assertEquals(List.of("html"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", null,
                "<p>" + "y".repeat(ArticleSubmission.MAX_TEXT + 1) + "</p>", null)));
        assertEquals(List.of("html"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", null,
                "x".repeat(ArticleSubmission.MAX_HTML + 1), null)));
    }

    @Test
    void theUrlZoneTimeAndLanguageAreOnesTheRulesCanRead() {
        assertEquals(List.of("url"), refused(article("ftp://a.test/x", PUBLISHED, "Europe/Oslo", TEXT, null, null)));
        assertEquals(List.of("zone"), refused(article("https://a.test/x", PUBLISHED, "Mars/Olympus", TEXT, null, null)));
        assertEquals(List.of("publishedAt"), refused(article("https://a.test/x", Instant.parse("+12025-01-01T00:00:00Z"),
                "Europe/Oslo", TEXT, null, null)));
        assertEquals(List.of("language"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", TEXT, null, "ru")));
        assertEquals(List.of("language"), refused(article("https://a.test/x", PUBLISHED, "Europe/Oslo", TEXT, null, "not a tag!")));
    }

    @Test
    void theSameArticleIsRecognisedByItsNormalisedUrlAndContent() {
        var first = IngestionService.validate(article("https://A.test/x?utm_source=feed#top", PUBLISHED, "Europe/Oslo", TEXT, null, null));
        var again = IngestionService.validate(article("https://a.test/x?utm_medium=mail", PUBLISHED, "Europe/Oslo", TEXT, null, "en"));
        var corrected = IngestionService.validate(article("https://a.test/x", PUBLISHED, "Europe/Oslo", TEXT + " It was postponed.", null, null));
        assertEquals("https://a.test/x", first.url());
        assertEquals(first.sha256(), again.sha256(), "a share link and the default language are the same article");
        assertNotEquals(first.sha256(), corrected.sha256());
        assertEquals(TEXT, first.mainText());
        assertEquals(TEXT, IngestionService.validate(article("https://a.test/x", PUBLISHED, "Europe/Oslo", null,
                "<nav><p>Home</p></nav><article><p>" + TEXT + "</p></article>", null)).mainText());
    }
}
