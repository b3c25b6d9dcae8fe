package io.newsroom.gateway.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.StoryBundle;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.newsroom.gateway.mapping.StoryViewMapper;
import io.newsroom.gateway.support.Windows;
import io.newsroom.gateway.view.StoryView;

/**
 * The peace-plan story that ships with the gateway, turned into a story view the way the services would serve it.
 * The bundle carries dates as EDTF only; the page works out their bounds itself when a service has not, so the
 * dates go through as written. Claim status is what the claims-service derives from the stances.
 */
final class DemoStory {

    static final String ID = "ukraine-peace-plan";
    static final Instant UPDATED = Instant.parse("2025-11-28T15:00:00Z");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // As strict as the gateway: bin/run posts this bundle, so a field the import does not take must fail here.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DemoStory() {
    }

    static StoryBundle bundle() {
        try (InputStream in = DemoStory.class.getResourceAsStream("/demo/ukraine-peace-plan.json")) {
            if (in == null) {
                throw new IllegalStateException("the demo bundle is missing from the classpath");
            }
            return JSON.readValue(in, StoryBundle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimelineSnapshot timeline(String storyId) {
        StoryBundle b = bundle();
        Story s = b.story();
        Story story = new Story(storyId, s.title(), s.summary(), s.tags(), UPDATED, UPDATED);
        return new TimelineSnapshot(story, b.events(), b.relations(), b.articles(), b.outlets());
    }

    static ClaimsSnapshot claims() {
        StoryBundle b = bundle();
        List<Claim> claims = b.claims().stream()
                .map(c -> new Claim(c.id(), c.proposition(), c.claimantId(), c.madeAt(), c.eventId(), c.tags(), c.appearances(),
                        status(c.stances()), c.stances(), c.verdict(), UPDATED))
                .toList();
        return new ClaimsSnapshot(claims, b.actors());
    }

    static StoryView view(String storyId) {
        return view(storyId, null);
    }

    /** The demo story as a view as of an instant: the demo holds one state only, so only the view's asOf differs. */
    static StoryView view(String storyId, java.time.Instant asOf) {
        return StoryViewMapper.compose(Windows.of(timeline(storyId)), Windows.of(claims()), List.of(), asOf);
    }

    static ClaimStatus status(List<Stance> stances) {
        boolean supports = stances != null && stances.stream().anyMatch(s -> s.position() == StancePosition.SUPPORTS);
        boolean disputes = stances != null && stances.stream().anyMatch(s -> s.position() == StancePosition.DISPUTES);
        return supports && disputes ? ClaimStatus.CONTESTED : disputes ? ClaimStatus.DISPUTED
                : supports ? ClaimStatus.SUPPORTED : ClaimStatus.UNCHALLENGED;
    }
}
