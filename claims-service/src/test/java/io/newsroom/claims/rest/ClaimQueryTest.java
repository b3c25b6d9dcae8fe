package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queries a desk asks every day: filters, full text, paging, the disputes board, who claimed what. */
@QuarkusTest
class ClaimQueryTest {

    private String story;
    private UUID putin;
    private UUID europeans;
    private UUID isw;

    @BeforeEach
    void story() {
        story = Fixtures.story();
        putin = Fixtures.actor("Vladimir Putin " + Fixtures.token(), "PERSON");
        europeans = Fixtures.actor("European officials " + Fixtures.token(), "GROUP");
        isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
    }

    private List<String> ids(Map<String, Object> query) {
        return given().queryParams(query).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void listsInMadeAtOrderWhateverThePrecision() {
        UUID year = Fixtures.claim(story, putin, "Crimea became part of Russia", "2014");
        UUID day = Fixtures.claim(story, putin, "The plan is a basis for talks", "2025-11-27");
        UUID week = Fixtures.claim(story, europeans, "Russia is stalling", "2025-W48");
        UUID minute = Fixtures.claim(story, putin, "Troops must withdraw", "2025-11-27T10:00Z");
        assertThat(ids(Map.of()), List.of(year, week, day, minute));
    }

    @Test
    void filtersByStatusClaimantTagAndDateRange() {
        Map<String, Object> tagged = Fixtures.claimBody(putin, "The leadership in Kyiv is illegitimate", "2025-11-27");
        tagged.put("tags", List.of("legitimacy"));
        UUID legitimacy = UUID.fromString(Fixtures.claim(story, tagged).getString("id"));
        UUID stalling = Fixtures.claim(story, europeans, "Russia is stalling to seize more land", "2025-11-20/2025-11-23");
        UUID old = Fixtures.claim(story, putin, "Ukraine must leave four regions", "2024-06");
        Fixtures.stance(story, stalling, isw, "SUPPORTS");

        assertThat(ids(Map.of("claimantId", putin.toString())), List.of(old, legitimacy));
        assertThat(ids(Map.of("tag", "legitimacy")), List.of(legitimacy));
        assertThat(ids(Map.of("status", "SUPPORTED")), List.of(stalling));
        assertThat(ids(Map.of("status", List.of("SUPPORTED", "UNCHALLENGED"))), List.of(old, stalling, legitimacy));
        // Overlap: the interval 20-23 Nov overlaps a range starting on the 22nd.
        assertThat(ids(Map.of("from", "2025-11-22", "to", "2025-11")), List.of(stalling, legitimacy));
        assertThat(ids(Map.of("from", "2025-11-24")), List.of(legitimacy));
        assertThat(ids(Map.of("to", "2024")), List.of(old));
        assertThat(ids(Map.of("claimantId", putin.toString(), "from", "2025")), List.of(legitimacy));
    }

    @Test
    void fullTextSearchesPropositionsAndAppearanceQuotes() {
        Map<String, Object> quoted = Fixtures.claimBody(putin, "Troops must leave the occupied regions first", "2025-11-27");
        quoted.put("language", "en");
        quoted.put("appearances", List.of(Map.of("url", "https://example.org/a/" + Fixtures.token(),
                "quote", "If they don't withdraw, we will achieve this through military means", "language", "en")));
        UUID withdrawal = UUID.fromString(Fixtures.claim(story, quoted).getString("id"));
        UUID stalling = Fixtures.claim(story, europeans, "Russia is stalling for time", "2025-11");

        assertThat(ids(Map.of("q", "military means")), List.of(withdrawal));
        assertThat(ids(Map.of("q", "stalling")), List.of(stalling));
        // Stemming: "regions" in the proposition matches "region".
        assertThat(ids(Map.of("q", "region")), List.of(withdrawal));
        assertThat(ids(Map.of("q", "ceasefire")), List.of());
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/b/" + Fixtures.token(),
                        "quote", "Moscow wants to outlast Western support"))
                .when().post(Fixtures.claimPath(story, stalling) + "/appearances").then().statusCode(201);
        assertThat(ids(Map.of("q", "outlast western")), List.of(stalling));
    }

    @Test
    void pagesWithACursorAndANextLinkUntilTheEnd() {
        List<UUID> created = new ArrayList<>();
        for (int day = 10; day < 15; day++) {
            created.add(Fixtures.claim(story, putin, "Claim of the " + day + "th", "2025-11-" + day));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var response = request.when().get(API + "/stories/" + story + "/claims").then().statusCode(200).extract();
            seen.addAll(response.jsonPath().getList("items.id"));
            after = response.path("nextCursor");
            if (after != null) {
                String link = response.header("Link");
                org.hamcrest.MatcherAssert.assertThat(link, containsString("after=" + after));
                org.hamcrest.MatcherAssert.assertThat(link, containsString("rel=\"next\""));
            } else {
                org.hamcrest.MatcherAssert.assertThat(response.header("Link"), nullValue());
            }
            pages++;
        } while (after != null);
        org.hamcrest.MatcherAssert.assertThat(pages, equalTo(3));
        assertThat(seen, created);
    }

    @Test
    void disputesBoardShowsDisputedAndContestedClaimsNewestActivityFirst() {
        UUID momentum = Fixtures.claim(story, putin, "Russia has the momentum", "2025-11");
        UUID stalling = Fixtures.claim(story, europeans, "Russia is stalling", "2025-11");
        UUID calm = Fixtures.claim(story, putin, "The talks are serious", "2025-11");
        UUID backed = Fixtures.claim(story, putin, "A Russian victory is near", "2025-11");
        UUID analysts = Fixtures.actor("Analysts " + Fixtures.token(), "GROUP");

        Fixtures.stance(story, momentum, isw, "DISPUTES");
        Fixtures.stance(story, stalling, putin, "DISPUTES");
        Fixtures.stance(story, backed, analysts, "SUPPORTS");
        Fixtures.stance(story, stalling, isw, "SUPPORTS");
        // The newest activity is on momentum again: it moves to the top.
        Fixtures.stance(story, momentum, analysts, "DISPUTES");

        var board = given().when().get(API + "/stories/" + story + "/disputes").then().statusCode(200).extract();
        assertThat(board.jsonPath().getList("items.claim.id"), List.of(momentum, stalling));
        org.hamcrest.MatcherAssert.assertThat(board.jsonPath().getList("items.claim.status"),
                contains("DISPUTED", "CONTESTED"));
        org.hamcrest.MatcherAssert.assertThat(board.jsonPath().getList("items[0].disputes.actor.id"),
                containsInAnyOrder(isw.toString(), analysts.toString()));
        org.hamcrest.MatcherAssert.assertThat(board.jsonPath().getList("items[1].disputes.actor.id"),
                contains(putin.toString()));
        org.hamcrest.MatcherAssert.assertThat(board.jsonPath().getList("items[0].disputes[0].evidence"), hasSize(1));

        var firstPage = given().queryParam("limit", 1).when().get(API + "/stories/" + story + "/disputes")
                .then().statusCode(200).body("items.claim.id", contains(momentum.toString())).extract();
        given().queryParam("limit", 1).queryParam("after", (String) firstPage.path("nextCursor"))
                .when().get(API + "/stories/" + story + "/disputes")
                .then().statusCode(200).body("items.claim.id", contains(stalling.toString()))
                .body("nextCursor", nullValue());
        org.hamcrest.MatcherAssert.assertThat(calm, org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void actorActivityShowsWhoClaimedWhatAndTheirStances() {
        UUID momentum = Fixtures.claim(story, putin, "Russia has the momentum", "2025-11");
        UUID stalling = Fixtures.claim(story, europeans, "Russia is stalling", "2025-11");
        Fixtures.stance(story, stalling, putin, "DISPUTES");
        Fixtures.stance(story, momentum, isw, "DISPUTES");

        given().when().get(API + "/actors/" + putin + "/activity")
                .then().statusCode(200)
                .body("actor.id", equalTo(putin.toString()))
                .body("claims.id", contains(momentum.toString()))
                .body("claims[0].status", equalTo("DISPUTED"))
                .body("stances.stance.claimId", contains(stalling.toString()))
                .body("stances.proposition", contains("Russia is stalling"))
                .body("stances.claimant.id", contains(europeans.toString()));
        given().when().get(API + "/actors/" + UUID.randomUUID() + "/activity").then().statusCode(404);
    }

    @Test
    void relationsLinkClaimsOfOneStory() {
        UUID demand = Fixtures.claim(story, putin, "Ukraine must give up the territory Russia demands", "2025-11-27");
        UUID kyiv = Fixtures.actor("Government of Ukraine " + Fixtures.token(), "GOVERNMENT");
        UUID redLine = Fixtures.claim(story, kyiv, "Giving up territory is a red line", "2025-11");
        String relations = Fixtures.claimPath(story, demand) + "/relations";

        String location = given().contentType(ContentType.JSON)
                .body(Map.of("toClaimId", redLine.toString(), "type", "CONTRADICTS"))
                .when().post(relations)
                .then().statusCode(201).body("fromClaimId", equalTo(demand.toString()))
                .body("toClaimId", equalTo(redLine.toString())).body("type", equalTo("CONTRADICTS"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("type", equalTo("CONTRADICTS"));
        // Duplicate, also the other way round for the symmetric CONTRADICTS.
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", redLine.toString(), "type", "CONTRADICTS"))
                .when().post(relations).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", demand.toString(), "type", "CONTRADICTS"))
                .when().post(Fixtures.claimPath(story, redLine) + "/relations").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", demand.toString(), "type", "CONTRADICTS"))
                .when().post(relations).then().statusCode(422).body("errors.field", contains("toClaimId"));
        UUID elsewhere = Fixtures.claim(Fixtures.story(), putin, "Another story's claim", "2025");
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", elsewhere.toString(), "type", "REPEATS"))
                .when().post(relations).then().statusCode(422).body("errors.field", contains("toClaimId"));
        given().when().get(Fixtures.claimPath(story, redLine) + "/relations")
                .then().statusCode(200).body("items.fromClaimId", contains(demand.toString()));
    }

    private static void assertThat(List<?> actual, List<UUID> expected) {
        org.hamcrest.MatcherAssert.assertThat(actual, equalTo(expected.stream().map(UUID::toString).toList()));
    }
}
