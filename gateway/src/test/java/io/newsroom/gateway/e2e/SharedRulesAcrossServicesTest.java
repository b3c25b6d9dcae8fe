package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.stylebook.Roles;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table of hostile input, sent to both real services through their APIs: each URL and each date is stored
 * identically by the timeline (as a coverage article, as an event's date) and by the claims service (as an
 * appearance, as a claim's date), and what one refuses the other refuses with the same problem. This is what lets a
 * claim's appearance match the article it quotes.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class SharedRulesAcrossServicesTest {

    private static final String STORY = "shared-rules-" + UUID.randomUUID().toString().substring(0, 8);

    private static String timeline;
    private static String claims;
    private static String claimantId;

    @BeforeAll
    static void storyAndClaimant() {
        timeline = ConfigProvider.getConfig().getValue("quarkus.rest-client.timeline.url", String.class) + "/api/timeline";
        claims = ConfigProvider.getConfig().getValue("quarkus.rest-client.claims.url", String.class) + "/api/claims";
        // The default caller (TestCaller) is installed before each test, after this: a class that runs first has none yet.
        given().header(TestCaller.as(Roles.EDITOR)).contentType(ContentType.JSON).body(Map.of("id", STORY, "title", "Shared rules"))
                .post(timeline + "/stories").then().statusCode(201);
        claimantId = given().header(TestCaller.as(Roles.EDITOR)).contentType(ContentType.JSON)
                .body(Map.of("name", "Rule Tester " + STORY, "kind", "PERSON"))
                .post(claims + "/actors").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://Example.COM/a?utm_source=x&smid=nyt#frag|https://example.com/a",
            "https://Example.com?utm_source=x|https://example.com/",
            "https://user:pw@Example.org/b|https://example.org/b",
            "HTTP://www.Example.net:80/c/../d/?b=2&a=1&fbclid=z|http://www.example.net/d/?a=1&b=2",
            "https://example.com/%7Eeditor/p%41ge?id=7&UTM_Medium=y|https://example.com/~editor/pAge?id=7",
            "https://пример.рф/новости|https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"})
    void aUrlIsStoredIdenticallyByBothServices(String given, String stored) {
        String article = given().contentType(ContentType.JSON)
                .body(Map.of("url", given, "title", "Coverage", "publishedAt", "2025-11-28T09:00:00Z"))
                .post(timeline + "/stories/{story}/articles", STORY).then().log().ifValidationFails().statusCode(201)
                .extract().path("url");
        String appearance = createClaim(Map.of("edtf", "2025-11-27"), List.of(Map.of("url", given, "quote", "Quoted")))
                .then().log().ifValidationFails().statusCode(201).extract().path("appearances[0].url");
        assertEquals(stored, article, "timeline-service");
        assertEquals(stored, appearance, "claims-service");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' 2025-08-15 '|2025-08-15|DAY|2025-08-15T00:00:00Z|2025-08-15T23:59:59Z",
            "2025-W48|2025-W48|WEEK|2025-11-24T00:00:00Z|2025-11-30T23:59:59Z",
            "2025-11-27T10:00+02:00|2025-11-27T10:00+02:00|MINUTE|2025-11-27T08:00:00Z|2025-11-27T08:00:59Z",
            "2025-11-20~/2025-11-23|2025-11-20~/2025-11-23|DAY|2025-11-20T00:00:00Z|2025-11-23T23:59:59Z",
            "2014?|2014?|YEAR|2014-01-01T00:00:00Z|2014-12-31T23:59:59Z"})
    void aDateIsStoredIdenticallyByBothServices(String given, String edtf, String precision, String earliest, String latest) {
        JsonPath event = createEvent(given).then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        JsonPath claim = createClaim(Map.of("edtf", given), List.of()).then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
        for (Map.Entry<String, Map<String, Object>> stored : Map.of(
                "timeline-service", event.<String, Object>getMap("when"),
                "claims-service", claim.<String, Object>getMap("madeAt")).entrySet()) {
            Map<String, Object> date = stored.getValue();
            assertEquals(List.of(edtf, precision, earliest, latest),
                    List.of(date.get("edtf"), date.get("precision"), date.get("earliest"), date.get("latest")), stored.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "2025-8-15", "2025-02-30", "2025-w48", "2025-11-23/2025-11-20", "next week"})
    void aDateOneServiceRefusesTheOtherRefusesWithTheSameProblem(String given) {
        Response event = createEvent(given);
        Response claim = createClaim(Map.of("edtf", given), List.of());
        assertEquals(422, event.statusCode(), event.asString());
        assertEquals(problem(event), problem(claim), claim.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a", "javascript:alert(1)", "/relative", "https://exa mple.org/"})
    void aUrlOneServiceRefusesTheOtherRefusesWithTheSameProblem(String given) {
        Response article = given().contentType(ContentType.JSON)
                .body(Map.of("url", given, "title", "Coverage", "publishedAt", "2025-11-28T09:00:00Z"))
                .post(timeline + "/stories/{story}/articles", STORY);
        Response claim = createClaim(Map.of("edtf", "2025-11-27"), List.of(Map.of("url", given)));
        assertEquals(422, article.statusCode(), article.asString());
        assertEquals(problem(article), problem(claim), claim.asString());
    }

    @Test
    void anUnknownFieldOrParameterIsTheSameProblemEverywhere() {
        Response timelineField = given().contentType(ContentType.JSON).body(Map.of("title", "x", "colour", "red"))
                .post(timeline + "/stories");
        Response claimsField = given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "PERSON", "colour", "red"))
                .post(claims + "/actors");
        Response gatewayField = given().contentType(ContentType.JSON).body(Map.of("format", "newsroom-story-bundle", "colour", "red"))
                .post("/api/bundles");
        for (Response response : List.of(timelineField, claimsField, gatewayField)) {
            assertEquals(List.of(400, "urn:newsroom:problem:unknown-field", "colour"),
                    List.of(response.statusCode(), response.jsonPath().getString("type"), response.jsonPath().getString("errors[0].field")), response.asString());
        }
        Response timelineParameter = given().queryParam("updatedSince", "2025").get(timeline + "/stories/{story}/events", STORY);
        Response claimsParameter = given().queryParam("updatedSince", "2025").get(claims + "/stories/{story}/claims", STORY);
        Response gatewayParameter = given().queryParam("updatedSince", "2025").get("/api/stories/{story}", STORY);
        for (Response response : List.of(timelineParameter, claimsParameter, gatewayParameter)) {
            assertEquals(List.of(400, "urn:newsroom:problem:unknown-parameter"),
                    List.of(response.statusCode(), response.jsonPath().getString("type")), response.asString());
        }
    }

    /** The services run as built for production: /q only on the management port, Swagger UI off unless enabled. */
    @Test
    void operationsEndpointsAnswerOnlyOnTheManagementPort() {
        for (String service : List.of("timeline-service", "claims-service")) {
            String api = service.equals("timeline-service") ? timeline : claims;
            String management = RealServices.managementUrl(service);
            String apiRoot = api.substring(0, api.indexOf("/api/"));
            for (String path : List.of("/q/metrics", "/q/openapi", "/q/health/ready", "/q/swagger-ui/")) {
                assertEquals(404, given().get(apiRoot + path).statusCode(), service + " API port serves " + path);
            }
            assertEquals(List.of(200, 200, 200, 404), List.of(given().get(management + "/q/metrics").statusCode(),
                    given().get(management + "/q/openapi").statusCode(), given().get(management + "/q/health/ready").statusCode(),
                    given().get(management + "/q/swagger-ui/").statusCode()), service + " management port");
        }
        // A 6,000-character story id goes through the gateway to the timeline-service and back as a not-found problem.
        Response view = given().get("/api/stories/{story}", "s".repeat(6_000));
        assertEquals(List.of(404, "urn:newsroom:problem:not-found"), problem(view), view.asString());
    }

    private static Response createEvent(String edtf) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Dated " + UUID.randomUUID(), "kind", "MEETING", "when", Map.of("edtf", edtf)))
                .post(timeline + "/stories/{story}/events", STORY);
    }

    private static Response createClaim(Map<String, String> madeAt, List<Map<String, String>> appearances) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("proposition", "Claimed " + UUID.randomUUID(), "claimantId", claimantId, "madeAt", madeAt,
                        "appearances", appearances))
                .post(claims + "/stories/{story}/claims", STORY);
    }

    /** What a client handles a failure by: its status and problem type (the field names differ by resource). */
    private static List<Object> problem(Response response) {
        return List.of(response.statusCode(), response.jsonPath().getString("type"));
    }
}
