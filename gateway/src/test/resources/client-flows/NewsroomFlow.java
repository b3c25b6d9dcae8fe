package io.newsroom.clients.flow;

import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import io.newsroom.clients.claims.api.ActorsApi;
import io.newsroom.clients.claims.api.ClaimsApi;
import io.newsroom.clients.claims.api.StancesApi;
import io.newsroom.clients.claims.model.Actor;
import io.newsroom.clients.claims.model.ActorInput;
import io.newsroom.clients.claims.model.ActorKind;
import io.newsroom.clients.claims.model.Claim;
import io.newsroom.clients.claims.model.ClaimInput;
import io.newsroom.clients.claims.model.EdtfDate;
import io.newsroom.clients.claims.model.Position;
import io.newsroom.clients.claims.model.Stance;
import io.newsroom.clients.claims.model.StanceInput;
import io.newsroom.clients.gateway.api.StoryViewsApi;
import io.newsroom.clients.gateway.model.ClaimStatus;
import io.newsroom.clients.gateway.model.StoryView;
import io.newsroom.clients.gateway.model.TimelineEvent;
import io.newsroom.clients.timeline.api.StoriesApi;
import io.newsroom.clients.timeline.api.TimelineApi;
import io.newsroom.clients.timeline.model.DateValue;
import io.newsroom.clients.timeline.model.Event;
import io.newsroom.clients.timeline.model.EventInput;
import io.newsroom.clients.timeline.model.EventKind;
import io.newsroom.clients.timeline.model.EventStatus;
import io.newsroom.clients.timeline.model.Location;
import io.newsroom.clients.timeline.model.Story;
import io.newsroom.clients.timeline.model.StoryInput;

/**
 * The newsroom flow as a newsroom tool's developer writes it with the Java clients (library {@code native}, on
 * java.net.http with Jackson) generated from the three committed OpenAPI documents: a story and two events in the
 * timeline-service, a claim made at one of the events and a stance disputing it in the claims-service, then the story
 * as the gateway composes it. Only the generated API classes and models are used, each call's parameters in the order
 * of its path (storyId first). GeneratedClientsTest compiles this with the generated sources and runs it in a JVM of
 * its own against the real services.
 *
 * <p>Arguments: the timeline-service's, the claims-service's and the gateway's base URL, an editor's token, the
 * story's slug. It ends with one line naming what it recorded, or throws.
 */
public final class NewsroomFlow {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: NewsroomFlow TIMELINE_URL CLAIMS_URL GATEWAY_URL EDITOR_TOKEN STORY_ID");
        }
        String storyId = args[4];
        // The generated native client has no notion of bearer tokens: every request passes through this interceptor.
        Consumer<HttpRequest.Builder> editor = request -> request.header("Authorization", "Bearer " + args[3]);
        io.newsroom.clients.timeline.ApiClient timeline = new io.newsroom.clients.timeline.ApiClient();
        timeline.updateBaseUri(args[0]);
        timeline.setRequestInterceptor(editor);
        io.newsroom.clients.claims.ApiClient claims = new io.newsroom.clients.claims.ApiClient();
        claims.updateBaseUri(args[1]);
        claims.setRequestInterceptor(editor);
        io.newsroom.clients.gateway.ApiClient gateway = new io.newsroom.clients.gateway.ApiClient();
        gateway.updateBaseUri(args[2]);

        Story story = new StoriesApi(timeline).createStory(new StoryInput()
                .id(storyId)
                .title("The US peace plan for Ukraine")
                .tags(List.of("ukraine", "diplomacy")), null);
        expect(storyId.equals(story.getId()), "the story is recorded under its slug " + storyId + ", not " + story.getId());
        TimelineApi events = new TimelineApi(timeline);
        Event planUnveiled = events.createEvent(storyId, new EventInput()
                .title("A 28-point US plan to end the war becomes public")
                .kind(EventKind.PROPOSAL)
                .status(EventStatus.OCCURRED)
                .when(new DateValue().edtf("2025-W47")), null);
        Event bishkekRemarks = events.createEvent(storyId, new EventInput()
                .title("Putin speaks to reporters in Bishkek")
                .kind(EventKind.STATEMENT)
                .status(EventStatus.OCCURRED)
                .when(new DateValue().edtf("2025-11-27"))
                .location(new Location().name("Bishkek")), null);

        ActorsApi actors = new ActorsApi(claims);
        Actor kremlin = actors.createActor(new ActorInput().name("Vladimir Putin").kind(ActorKind.PERSON), null);
        Actor analysts = actors.createActor(new ActorInput()
                .name("Institute for the Study of War")
                .kind(ActorKind.ORGANIZATION)
                .aliases(List.of("ISW")), null);
        Claim claim = new ClaimsApi(claims).createClaim(storyId, new ClaimInput()
                .proposition("Russian forces are advancing along the whole front line.")
                .claimantId(kremlin.getId())
                .madeAt(new EdtfDate().edtf("2025-11-27"))
                .eventId(bishkekRemarks.getId()), null);
        Stance stance = new StancesApi(claims).takeStance(storyId, claim.getId(), new StanceInput()
                .actorId(analysts.getId())
                .position(Position.DISPUTES)
                .summary("Its maps show gains in a few sectors only, at a slow pace.")
                .takenAt(OffsetDateTime.parse("2025-11-28T09:00:00Z")), null);

        StoryView view = new StoryViewsApi(gateway).getStoryView(storyId, null, null, null, null);
        expect(storyId.equals(view.getStory().getId()), "the view is of story " + storyId + ", not " + view.getStory().getId());
        expect(view.getDegraded().isEmpty(), "the view is whole, not degraded " + view.getDegraded());
        // The gateway's document types ids as plain strings where the services' type them as UUIDs.
        List<String> shown = view.getTimeline().stream().map(entry -> entry.getEvent().getId()).toList();
        for (Event event : List.of(planUnveiled, bishkekRemarks)) {
            expect(shown.contains(text(event.getId())), "the timeline shows \"" + event.getTitle() + "\" (" + event.getId()
                    + "); it shows " + shown);
        }
        TimelineEvent atBishkek = view.getTimeline().stream()
                .filter(entry -> text(bishkekRemarks.getId()).equals(entry.getEvent().getId())).findFirst().orElseThrow();
        expect(atBishkek.getClaims() != null && atBishkek.getClaims().stream().anyMatch(ref -> text(claim.getId()).equals(ref.getId())),
                "the claim is listed at the event it was made at");
        io.newsroom.clients.gateway.model.Claim viewed = view.getClaims().stream()
                .filter(c -> text(claim.getId()).equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("expected the view to list claim " + claim.getId()));
        expect(text(bishkekRemarks.getId()).equals(viewed.getEventId()), "the claim names the event it was made at");
        expect(viewed.getStatus() == ClaimStatus.DISPUTED, "the disputed claim is DISPUTED, not " + viewed.getStatus());
        expect(viewed.getStances() != null && viewed.getStances().stream()
                        .anyMatch(s -> text(stance.getId()).equals(s.getId()) && text(analysts.getId()).equals(s.getActorId())),
                "the claim carries the analysts' stance");

        // One line for the test, which checks the same through the gateway's API on its own.
        System.out.println("newsroom-flow: {\"storyId\":\"" + storyId + "\",\"eventIds\":[\"" + planUnveiled.getId() + "\",\""
                + bishkekRemarks.getId() + "\"],\"claimId\":\"" + claim.getId() + "\",\"stanceId\":\"" + stance.getId() + "\"}");
    }

    private static String text(UUID id) {
        return Objects.toString(id, null);
    }

    private static void expect(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("expected " + what);
        }
    }
}
