package io.newsroom.claims.service;

import io.newsroom.claims.api.Appearance;
import io.newsroom.claims.api.Citation;
import io.newsroom.claims.domain.AppearanceEntity;
import io.newsroom.claims.domain.StanceEvidenceEntity;
import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.ProblemException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Citations as stored: the URL normalised and the language in canonical case, both by the shared rules. */
final class Citations {

    private Citations() {
    }

    /** @param field the JSON path of the citation in the request, e.g. "appearances[0]", empty when the citation is the whole body */
    static AppearanceEntity appearance(Citation citation, String field) {
        AppearanceEntity appearance = new AppearanceEntity();
        appearance.id = UUID.randomUUID();
        appearance.url = url(citation.url(), path(field, "url"));
        appearance.outlet = citation.outlet();
        appearance.title = citation.title();
        appearance.publishedAt = micros(citation.publishedAt());
        appearance.quote = citation.quote();
        appearance.language = language(citation.language(), path(field, "language"));
        appearance.searchConfig = Languages.searchConfiguration(appearance.language);
        return appearance;
    }

    static StanceEvidenceEntity evidence(Citation citation, String field) {
        StanceEvidenceEntity evidence = new StanceEvidenceEntity();
        evidence.id = UUID.randomUUID();
        evidence.url = url(citation.url(), path(field, "url"));
        evidence.outlet = citation.outlet();
        evidence.title = citation.title();
        evidence.publishedAt = micros(citation.publishedAt());
        evidence.quote = citation.quote();
        evidence.language = language(citation.language(), path(field, "language"));
        return evidence;
    }

    static Appearance view(AppearanceEntity entity) {
        return new Appearance(entity.id, entity.url, entity.outlet, entity.title, entity.publishedAt, entity.quote,
                entity.language, entity.recordedAt, null, null);
    }

    static String language(String tag, String field) {
        try {
            return Languages.normalise(tag);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static String url(String url, String field) {
        try {
            return CitationUrl.normalise(url);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static String path(String citation, String member) {
        return citation.isEmpty() ? member : citation + "." + member;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
