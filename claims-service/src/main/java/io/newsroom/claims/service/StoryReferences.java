package io.newsroom.claims.service;

import io.newsroom.claims.client.TimelineClient;
import io.newsroom.claims.client.TimelineRefusedException;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A claim's story must be one of timeline-service's, and its event one of that story's. Asked before
 * the write's transaction opens, so no connection waits on another service and nothing is written
 * unless both answered. Unknown is 422 naming the field; a timeline-service that cannot answer is
 * 503 with Retry-After, never a blind accept.
 */
@ApplicationScoped
public class StoryReferences {

    private static final Logger LOG = Logger.getLogger(StoryReferences.class);

    private final TimelineClient timeline;

    public StoryReferences(TimelineClient timeline) {
        this.timeline = timeline;
    }

    /** The story, and the event when one is given, both asked at once. */
    public Uni<Void> check(String storyId, UUID eventId) {
        Uni<Boolean> story = asked(timeline.storyExists(storyId), storyId);
        if (eventId == null) {
            return story.map(known -> require(known, "storyId", "no story " + storyId + " in timeline-service"));
        }
        Uni<Boolean> event = asked(timeline.eventExists(storyId, eventId), storyId);
        return Uni.combine().all().unis(story, event).asTuple().map(answers -> {
            require(answers.getItem1(), "storyId", "no story " + storyId + " in timeline-service");
            return require(answers.getItem2(), "eventId", "no event " + eventId + " in story " + storyId);
        });
    }

    /** An event a claim moves to, in a story the claim is already in. */
    public Uni<Void> checkEvent(String storyId, UUID eventId) {
        return asked(timeline.eventExists(storyId, eventId), storyId)
                .map(known -> require(known, "eventId", "no event " + eventId + " in story " + storyId));
    }

    private static Void require(boolean known, String field, String message) {
        if (!known) {
            throw ProblemException.field(ProblemType.REFERENCE, field, message);
        }
        return null;
    }

    private static Uni<Boolean> asked(Uni<Boolean> answer, String storyId) {
        return answer.onFailure().transform(failure -> {
            if (failure instanceof TimelineRefusedException refused
                    && (refused.status() == 401 || refused.status() == 403)) {
                return new ProblemException(ProblemType.FORBIDDEN, "timeline-service does not let this caller read "
                        + "story " + storyId + ", so the claim cannot be checked against it");
            }
            // Refused for another reason, down, slow, failing or behind an open breaker: it could not say.
            LOG.warn("timeline-service could not check story " + storyId + ": " + failure);
            return new ProblemException(ProblemType.UNAVAILABLE, "timeline-service cannot confirm story " + storyId
                    + " and its event now; nothing was written, retry in a few seconds");
        });
    }
}
