// The newsroom flow as a newsroom tool's developer writes it with the TypeScript clients (typescript-fetch) generated
// from the three committed OpenAPI documents: a story and two events in the timeline-service, a claim made at one of
// the events and a stance disputing it in the claims-service, then the story as the gateway composes it. Only the
// generated API classes and models are used; every request's parameters come in the order of its path (storyId
// first). GeneratedClientsTest compiles this with tsc (strict) and runs it with node against the real services.
//
// settings.json is written by the test: where the three answer, an editor's token, and the story's slug.
import settings from "./settings.json";
import { Configuration as TimelineConfiguration, EventKind, EventStatus, StoriesApi, TimelineApi } from "./timeline";
import { ActorKind, ActorsApi, ClaimsApi, Configuration as ClaimsConfiguration, Position, StancesApi } from "./claims";
import { ClaimStatus, Configuration as GatewayConfiguration, StoryViewsApi } from "./gateway";

async function newsroomFlow(): Promise<void> {
    const timeline = new TimelineConfiguration({ basePath: settings.timelineUrl, accessToken: settings.editorToken });
    const claims = new ClaimsConfiguration({ basePath: settings.claimsUrl, accessToken: settings.editorToken });
    const gateway = new GatewayConfiguration({ basePath: settings.gatewayUrl });

    // The newsroom chooses a story's slug; every later call names the story by it.
    const storyId = settings.storyId;
    const story = await new StoriesApi(timeline).createStory({
        storyInput: { id: storyId, title: "The US peace plan for Ukraine", tags: ["ukraine", "diplomacy"] },
    });
    expect(story.id === storyId, `the story is recorded under its slug ${storyId}, not ${story.id}`);
    const events = new TimelineApi(timeline);
    const planUnveiled = await events.createEvent({
        storyId,
        eventInput: {
            title: "A 28-point US plan to end the war becomes public",
            kind: EventKind.Proposal,
            status: EventStatus.Occurred,
            when: { edtf: "2025-W47" },
        },
    });
    const bishkekRemarks = await events.createEvent({
        storyId,
        eventInput: {
            title: "Putin speaks to reporters in Bishkek",
            kind: EventKind.Statement,
            status: EventStatus.Occurred,
            when: { edtf: "2025-11-27" },
            location: { name: "Bishkek" },
        },
    });

    const actors = new ActorsApi(claims);
    const kremlin = await actors.createActor({ actorInput: { name: "Vladimir Putin", kind: ActorKind.Person } });
    const analysts = await actors.createActor({
        actorInput: { name: "Institute for the Study of War", kind: ActorKind.Organization, aliases: ["ISW"] },
    });
    const claim = await new ClaimsApi(claims).createClaim({
        storyId,
        claimInput: {
            proposition: "Russian forces are advancing along the whole front line.",
            claimantId: required(kremlin.id, "the claimant's id"),
            madeAt: { edtf: "2025-11-27" },
            eventId: bishkekRemarks.id,
        },
    });
    const stance = await new StancesApi(claims).takeStance({
        storyId,
        claimId: required(claim.id, "the claim's id"),
        stanceInput: {
            actorId: required(analysts.id, "the analysts' id"),
            position: Position.Disputes,
            summary: "Its maps show gains in a few sectors only, at a slow pace.",
            takenAt: new Date("2025-11-28T09:00:00Z"),
        },
    });

    const view = await new StoryViewsApi(gateway).getStoryView({ storyId });
    expect(view.story.id === storyId, `the view is of story ${storyId}, not ${view.story.id}`);
    expect(view.degraded.length === 0, `the view is whole, not degraded (${view.degraded.join(", ")})`);
    const shown = view.timeline.map(entry => entry.event.id);
    for (const event of [planUnveiled, bishkekRemarks]) {
        expect(shown.includes(event.id), `the timeline shows "${event.title}" (${event.id}); it shows ${shown.join(", ")}`);
    }
    const atBishkek = view.timeline.find(entry => entry.event.id === bishkekRemarks.id);
    expect((atBishkek?.claims ?? []).some(ref => ref.id === claim.id), "the claim is listed at the event it was made at");
    const viewed = view.claims.find(c => c.id === claim.id);
    expect(viewed !== undefined, `the view lists claim ${claim.id}`);
    expect(viewed?.eventId === bishkekRemarks.id, "the claim names the event it was made at");
    expect(viewed?.status === ClaimStatus.Disputed, `the disputed claim is DISPUTED, not ${viewed?.status}`);
    expect((viewed?.stances ?? []).some(s => s.id === stance.id && s.actorId === analysts.id),
        "the claim carries the analysts' stance");

    // One line for the test, which checks the same through the gateway's API on its own.
    console.log("newsroom-flow: " + JSON.stringify({
        storyId,
        eventIds: [planUnveiled.id, bishkekRemarks.id],
        claimId: claim.id,
        stanceId: stance.id,
    }));
}

/** An id the service always fills in, which the model types as optional (the document does not mark it required). */
function required(value: string | undefined, what: string): string {
    if (value === undefined) {
        throw new Error(`the service answered without ${what}`);
    }
    return value;
}

function expect(holds: boolean, what: string): void {
    if (!holds) {
        throw new Error("expected " + what);
    }
}

// An error thrown here rejects the promise, and node exits non-zero with it.
newsroomFlow().catch(async (error: unknown) => {
    // A generated client's ResponseError carries the problem the service answered: print it, not just the status.
    const response = (error as { response?: Response }).response;
    const problem = response ? " " + response.status + " " + await response.text() : "";
    console.error("newsroom-flow failed: " + String(error) + problem);
    throw error;
});
