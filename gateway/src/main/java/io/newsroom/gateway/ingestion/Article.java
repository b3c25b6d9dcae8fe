package io.newsroom.gateway.ingestion;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.newsroom.stylebook.CitationUrl;

/**
 * An article as a desk hands it in: exactly one of {@code text} (plain text) or {@code html} (a page, whose
 * main text is extracted before reading). The URL must be an absolute http(s) URL. {@code publishedAt} and {@code zone} are the anchor every relative
 * phrase ("on Thursday", "early next week") is read against, in the zone of the outlet, not of the server.
 */
public record Article(String url, String title, Instant publishedAt, ZoneId zone, String text, String html,
                      String language) {

    public Article {
        Objects.requireNonNull(url, "an article needs its URL: every candidate cites it");
        CitationUrl.normalise(url); // refuses, with a message for a person, what no citation could point to
        Objects.requireNonNull(publishedAt, "an article needs its publication time: relative dates are read from it");
        Objects.requireNonNull(zone, "an article needs its zone: 'yesterday' depends on it");
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException("an article has either its plain text or its HTML, not both and not neither");
        }
    }

    public static Article ofText(String url, String title, Instant publishedAt, ZoneId zone, String text, String language) {
        return new Article(url, title, publishedAt, zone, text, null, language);
    }

    public static Article ofHtml(String url, String title, Instant publishedAt, ZoneId zone, String html, String language) {
        return new Article(url, title, publishedAt, zone, null, html, language);
    }
}
