package io.newsroom.gateway.ingestion;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.stylebook.Precision;

/**
 * A dated happening proposed from one time expression of a sentence.
 *
 * @param phrase         the time expression as the article wrote it ("early next week")
 * @param phraseStart    offset of the phrase in the main text
 * @param resolvedPhrase what the stylebook was asked to resolve ("next week" for "from next week"), for the record
 * @param anchor         the publication time in the outlet's zone the phrase was read against
 * @param date           the EDTF text; {@code earliest}/{@code latest} are its bounds
 * @param matchesEventId the story's event this sentence is about, when it is one already known: propose a citation
 */
public record EventCandidate(String fingerprint, Excerpt excerpt, String title, String phrase, int phraseStart,
                             String resolvedPhrase, ZonedDateTime anchor, String date, Precision precision,
                             Instant earliest, Instant latest, EventStatus status, List<ActorRef> participants,
                             String matchesEventId) {
}
