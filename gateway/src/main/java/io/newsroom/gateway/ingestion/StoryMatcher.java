package io.newsroom.gateway.ingestion;

import java.util.List;
import java.util.Set;

import io.newsroom.stylebook.Edtf;

/**
 * Whether a candidate is a fact the story already holds. An event matches when its date bounds overlap the known
 * event's and it shares a participant or enough of its title; a claim matches when the claimant is the same and
 * the propositions share enough content words. "Enough" is 30 % of the shorter side's content words: a headline
 * of five words and a sentence clause rarely share more, while unrelated statements of one speaker share less.
 */
final class StoryMatcher {

    static final double SIMILAR = 0.3;

    private StoryMatcher() {
    }

    static String event(Edtf date, Set<String> titleWords, List<String> participantIds, List<KnownEvent> known) {
        String best = null;
        double bestScore = 0;
        for (KnownEvent event : known) {
            if (date.latest().isBefore(event.earliest()) || date.earliest().isAfter(event.latest())) {
                continue;
            }
            double title = Words.overlap(titleWords, Words.content(event.title()));
            boolean shared = event.participantActorIds().stream().anyMatch(participantIds::contains);
            double score = title + (shared ? 1 : 0);
            if ((title >= SIMILAR || shared) && score > bestScore) {
                bestScore = score;
                best = event.id();
            }
        }
        return best;
    }

    static String claim(String claimantId, String proposition, List<KnownClaim> known) {
        if (claimantId == null) {
            return null;
        }
        Set<String> words = Words.content(proposition);
        String best = null;
        double bestScore = 0;
        for (KnownClaim claim : known) {
            if (!claim.claimantId().equals(claimantId)) {
                continue;
            }
            double score = Words.overlap(words, Words.content(claim.proposition()));
            if (score >= SIMILAR && score > bestScore) {
                bestScore = score;
                best = claim.id();
            }
        }
        return best;
    }
}
