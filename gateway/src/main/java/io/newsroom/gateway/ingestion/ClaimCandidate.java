package io.newsroom.gateway.ingestion;

/**
 * Something an actor said, proposed from one sentence.
 *
 * @param proposition    what was claimed, in the article's words (the quoted or reported part)
 * @param speaker        who said it, resolved through names, aliases, surnames, pronouns and titles
 * @param form           how the article attributes it
 * @param matchesClaimId the story's claim this repeats (same claimant, similar proposition): a new appearance
 */
public record ClaimCandidate(String fingerprint, Excerpt excerpt, String proposition, ActorRef speaker,
                             SpeechForm form, String matchesClaimId) {

    /** How a sentence attributes speech; a desk weighs a direct quote differently from a paraphrase. */
    public enum SpeechForm {
        DIRECT_QUOTE, REPORTED_SPEECH, ACCORDING_TO
    }
}
