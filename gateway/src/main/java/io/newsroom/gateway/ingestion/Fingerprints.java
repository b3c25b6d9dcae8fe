package io.newsroom.gateway.ingestion;

import java.nio.charset.StandardCharsets;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Idempotency;

/**
 * A candidate's fingerprint: SHA-256 of its kind, the article's normalised URL, its normalised quote, its offsets
 * and what tells two candidates of one sentence apart (the time phrase of an event, the name of an actor).
 * Ingesting the same article again gives the same fingerprints, so the API layer can propose nothing new; a share
 * link with tracking parameters is the same article because the URL is normalised by the stylebook's one rule.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(String kind, String articleUrl, Excerpt excerpt, String discriminator) {
        String request = Words.normalised(excerpt.quote()) + "\n" + excerpt.start() + "\n" + excerpt.end() + "\n"
                + discriminator;
        return Idempotency.fingerprint("ingestion-candidate:" + kind, CitationUrl.normalise(articleUrl),
                request.getBytes(StandardCharsets.UTF_8));
    }
}
