package io.newsroom.gateway.e2e;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 15 through the gateway and the real services: an article is read for a story, its candidates are accepted
 * and found in the story view citing it; the same article again proposes nothing new, and a second article about
 * the same facts proposes citations and appearances of them; a rejection keeps its reason; a retried accept creates
 * one fact; only editors read and decide; what a client can get wrong is a problem naming the field.
 * <p>
 * The articles are written for this test: a ferry strike in a harbour town, none of it real.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class IngestionApiEndToEndTest {

    private static final Header EDITOR = TestCaller.as("editor", "Ada Desk");
    /** Published on a Wednesday morning in Bergen: 'on Tuesday' is the day before, 'on Friday' two days ahead. */
    private static final String FIRST_PUBLISHED = "2025-11-26T10:00:00Z";
    private static final String FIRST_TEXT = "Union leader Mara Quint said on Tuesday that the ferry operator had refused "
            + "every offer made since the spring. Northline Ferries will meet union officials on Friday in Bergen. "
            + "Transport minister Ivo Brandt rejected Quint's account, saying the talks had never stopped.";
    /** Another outlet, a day later, about the same three facts and nothing else. */
    private static final String SECOND_TEXT = "Northline Ferries is due to meet union officials on Friday in Bergen. "
            + "On Tuesday, Mara Quint said the ferry operator had refused every offer since the spring. "
            + "Ivo Brandt has rejected that account.";

    /**
     * The union leader, the minister and the company of one test's articles, with surnames of that test alone: the
     * claims-service holds every story's actors, and to the reading an actor of another story with the same name is
     * the same actor, so tests sharing names would meet.
     */
    private record Cast(String union, String minister, String company) {

        private static final List<String> SYLLABLES = List.of("ka", "lo", "ve", "ri", "sa", "mu", "te", "no", "da", "fi", "ge", "ha");

        static Cast fresh() {
            return new Cast("Mara " + surname(), "Ivo " + surname(), surname() + " Ferries");
        }

        private static String surname() {
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "ng";
        }

        /** One of the texts above, told with this cast. */
        String tell(String text) {
            return text.replace("Mara Quint", union).replace("Quint", union.substring(5))
                    .replace("Ivo Brandt", minister).replace("Brandt", minister.substring(4))
                    .replace("Northline Ferries", company);
        }
    }

    private static String timeline() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.timeline.url", String.class) + "/api/timeline";
    }

    /** A story of its own and an outlet of its own domain, so the tests of this class never meet. */
    private static String story(String name) {
        String storyId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("id", storyId, "title", "Ferry strike in Bergen"))
                .post(timeline() + "/stories").then().log().ifValidationFails().statusCode(201);
        outlet(storyId + ".test", "Harbour News " + storyId);
        return storyId;
    }

    private static String outlet(String domain, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "domain", domain, "bias", "CENTER"))
                .post(timeline() + "/outlets").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> article(String url, String published, String text) {
        return Map.of("url", url, "title", "Ferry talks", "publishedAt", published, "zone", "Europe/Oslo", "text", text);
    }

    private static Response ingest(String storyId, Object article) {
        return given().header(EDITOR).contentType(ContentType.JSON).body(article)
                .post("/api/stories/{s}/ingestions", storyId);
    }

    private static JsonPath accept(String storyId, String ingestionId, String candidateId) {
        return given().header(EDITOR).contentType(ContentType.JSON)
                .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/accept", storyId, ingestionId, candidateId)
                .then().log().ifValidationFails().statusCode(200).body("state", equalTo("ACCEPTED")).extract().jsonPath();
    }

    private static List<Map<String, Object>> candidates(JsonPath ingestion, String kind) {
        return ingestion.<Map<String, Object>>getList("candidates").stream().filter(c -> kind.equals(c.get("kind"))).toList();
    }

    @Test
    void anArticleIsAcceptedIntoTheStoryCitingItAndASecondArticleCitesTheSameFacts() {
        Cast cast = Cast.fresh();
        String storyId = story("ferry-talks");
        String url = "https://" + storyId + ".test/news/ferry-talks?utm_source=feed#top";
        Response ingested = ingest(storyId, article(url, FIRST_PUBLISHED, cast.tell(FIRST_TEXT))).then().log().ifValidationFails()
                .statusCode(201).header("Location", containsString("/api/stories/" + storyId + "/ingestions/"))
                .body("article.url", equalTo(CitationUrl.normalise(url)))
                .body("article.outlet", equalTo("Harbour News " + storyId))
                .body("ingestedBy.name", equalTo("Ada Desk"))
                .body("candidates.state", everyItem(equalTo("PROPOSED")))
                .body("candidates.proposal", everyItem(equalTo("NEW")))
                .extract().response();
        assertConforms("ingestArticle", ingested);
        JsonPath first = ingested.jsonPath();
        String ingestionId = first.getString("id");
        String mainText = first.getString("mainText");
        assertEquals(cast.tell(FIRST_TEXT), mainText, "plain text is read as sent");
        for (Map<String, Object> c : first.<Map<String, Object>>getList("candidates")) {
            @SuppressWarnings("unchecked") Map<String, Object> citation = (Map<String, Object>) c.get("citation");
            @SuppressWarnings("unchecked") Map<String, Integer> offsets = (Map<String, Integer>) c.get("offsets");
            assertEquals(CitationUrl.normalise(url), citation.get("url"));
            assertEquals(mainText.substring(offsets.get("start"), offsets.get("end")), citation.get("quote"),
                    "each candidate quotes its exact sentence at its offsets: " + c);
        }
        // The article is the story's coverage now, recorded as the editor who handed it in.
        given().get(timeline() + "/stories/{s}/articles", storyId).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].url", equalTo(CitationUrl.normalise(url)))
                .body("items[0].id", equalTo(first.getString("article.articleId")));
        given().get(timeline() + "/stories/{s}/articles/{a}/revisions", storyId, first.getString("article.articleId"))
                .then().statusCode(200).body("items[0].author.name", equalTo("Ada Desk"));

        List<Map<String, Object>> events = candidates(first, "EVENT");
        assertEquals(List.of("2025-11-25", "2025-11-28"), events.stream().map(e -> path(e, "event", "date", "edtf")).toList());
        assertEquals(List.of("OCCURRED", "SCHEDULED"), events.stream().map(e -> path(e, "event", "status")).toList());
        Map<String, Object> quintsClaim = candidates(first, "CLAIM").stream()
                .filter(c -> cast.union().equals(path(c, "claim", "speaker", "name"))).findFirst().orElseThrow();
        assertEquals(events.get(0).get("id"), path(quintsClaim, "claim", "eventCandidateId"), "said at the Tuesday speech");
        assertEquals("2025-11-25", path(quintsClaim, "claim", "madeAt", "edtf"));

        // Accepting the stance first accepts what it stands on: Brandt, Quint's claim, and through it Quint and Tuesday.
        Map<String, Object> stance = candidates(first, "STANCE").get(0);
        JsonPath acceptedStance = accept(storyId, ingestionId, (String) stance.get("id"));
        List<String> kinds = acceptedStance.getList("decision.acceptedAs.kind");
        assertTrue(kinds.containsAll(List.of("ACTOR", "EVENT", "CLAIM", "STANCE")), kinds.toString());
        assertEquals("Ada Desk", acceptedStance.getString("decision.by.name"));
        Response decided = given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", storyId, ingestionId)
                .then().statusCode(200).extract().response();
        assertConforms("getIngestion", decided);
        JsonPath afterStance = decided.jsonPath();
        assertEquals("ACCEPTED", afterStance.getString("candidates.find { it.id == '" + quintsClaim.get("id") + "' }.state"));
        assertEquals("ACCEPTED", afterStance.getString("candidates.find { it.id == '" + events.get(0).get("id") + "' }.state"));

        Map<String, String> factOf = new HashMap<>();
        for (Map<String, Object> c : first.<Map<String, Object>>getList("candidates")) {
            JsonPath accepted = accept(storyId, ingestionId, (String) c.get("id"));
            factOf.put((String) c.get("id"), accepted.getString("decision.acceptedAs.find { it.candidateId == '" + c.get("id") + "' }.id"));
        }

        // The story view shows them, citing the article with each sentence.
        JsonPath view = given().get("/api/stories/{s}", storyId).then().log().ifValidationFails().statusCode(200)
                .body("degraded", hasSize(0))
                .body("counts.events", equalTo(2))
                .body("counts.claims", equalTo(2))
                .body("timeline.event.citations.flatten().url", everyItem(equalTo(CitationUrl.normalise(url))))
                .body("timeline.find { it.event.when.edtf == '2025-11-28' }.event.citations[0].quote",
                        equalTo(cast.company() + " will meet union officials on Friday in Bergen."))
                .body("timeline.find { it.event.when.edtf == '2025-11-28' }.event.status", equalTo("SCHEDULED"))
                .body("timeline.find { it.event.when.edtf == '2025-11-25' }.claims", hasSize(1))
                .body("timeline.find { it.event.when.edtf == '2025-11-25' }.event.kind", equalTo("STATEMENT"))
                .body("claims.find { it.id == '" + factOf.get(quintsClaim.get("id")) + "' }.appearances[0].url",
                        equalTo(CitationUrl.normalise(url)))
                .body("disputes[0].disputers.name", hasItem(cast.minister()))
                .extract().jsonPath();
        assertEquals(cast.union(), view.getString("actors.find { it.actor.id == '" + view.getString("claims[0].claimantId") + "' }.actor.name"));
        // 'on Tuesday' read as the service reads it is kept as phrase and anchor; 'on Friday' ahead is given as its date.
        // Each fact is the accepting editor's: the services saw their token.
        String tuesday = factOf.get(events.get(0).get("id"));
        given().get(timeline() + "/stories/{s}/events/{e}/revisions", storyId, tuesday).then().statusCode(200)
                .body("items[0].author.name", equalTo("Ada Desk"));
        given().get(ConfigProvider.getConfig().getValue("quarkus.rest-client.claims.url", String.class)
                + "/api/claims/stories/{s}/claims/{c}/revisions", storyId, factOf.get(quintsClaim.get("id")))
                .then().statusCode(200).body("items[0].author.name", equalTo("Ada Desk"));
        given().get(timeline() + "/stories/{s}/events/{e}", storyId, tuesday).then().statusCode(200)
                .body("when.resolvedFrom.phrase", equalTo("Tuesday"))
                .body("when.resolvedFrom.anchor.zone", equalTo("Europe/Oslo"));
        given().get(timeline() + "/stories/{s}/events/{e}", storyId, factOf.get(events.get(1).get("id"))).then().statusCode(200)
                .body("when.edtf", equalTo("2025-11-28"))
                .body("when.resolvedFrom", nullValue());

        // The same article again: the same ingestion, nothing new (a share link with other tracking is the same URL).
        ingest(storyId, article("https://" + storyId + ".test/news/ferry-talks?utm_medium=social", FIRST_PUBLISHED, cast.tell(FIRST_TEXT)))
                .then().log().ifValidationFails().statusCode(200)
                .header("Location", containsString(ingestionId))
                .body("id", equalTo(ingestionId))
                .body("candidates.state", everyItem(equalTo("ACCEPTED")));

        // A second outlet's article about the same facts: citations, an appearance and known actors, nothing new.
        outlet("fjord-" + storyId + ".test", "Fjord Post " + storyId);
        String secondUrl = "https://fjord-" + storyId + ".test/ferries/meeting-friday";
        JsonPath second = ingest(storyId, article(secondUrl, "2025-11-27T15:00:00Z", cast.tell(SECOND_TEXT))).then().log().ifValidationFails()
                .statusCode(201).extract().jsonPath();
        assertEquals(Set.of("CITATION"), proposals(second, "EVENT"));
        assertEquals(Set.of("APPEARANCE"), proposals(second, "CLAIM"));
        assertEquals(Set.of("KNOWN"), proposals(second, "ACTOR"));
        assertEquals(Set.copyOf(List.of(factOf.get(events.get(0).get("id")), factOf.get(events.get(1).get("id")))),
                candidates(second, "EVENT").stream().map(e -> path(e, "event", "matchesEventId")).collect(Collectors.toSet()));
        List<Boolean> created = new ArrayList<>();
        for (Map<String, Object> c : second.<Map<String, Object>>getList("candidates")) {
            JsonPath accepted = accept(storyId, second.getString("id"), (String) c.get("id"));
            created.add(accepted.getBoolean("decision.acceptedAs.find { it.candidateId == '" + c.get("id") + "' }.created"));
            if (!"STANCE".equals(c.get("kind")) && !"ACTOR".equals(c.get("kind"))) {
                assertTrue(created.get(created.size() - 1), "a citation or an appearance is added: " + c);
            } else {
                assertFalse(created.get(created.size() - 1), "the actor and the minister's stance were there already: " + c);
            }
        }
        given().get("/api/stories/{s}", storyId).then().log().ifValidationFails().statusCode(200)
                .body("counts.events", equalTo(2))
                .body("counts.claims", equalTo(2))
                .body("counts.stances", equalTo(1))
                .body("timeline.event.citations", everyItem(hasSize(2)))
                .body("timeline.event.citations.flatten().url", hasItem(CitationUrl.normalise(secondUrl)))
                .body("claims.find { it.id == '" + factOf.get(quintsClaim.get("id")) + "' }.appearances.url",
                        hasItem(CitationUrl.normalise(secondUrl)));
        given().get(timeline() + "/stories/{s}/articles", storyId).then().statusCode(200).body("items", hasSize(2));

        // Another story naming the minister: the system's actor of that name is known there too, not proposed again.
        String otherStory = story("ferry-elsewhere");
        String ministerId = view.getString("actors.find { it.actor.name == '" + cast.minister() + "' }.actor.id");
        JsonPath elsewhere = ingest(otherStory, article("https://" + otherStory + ".test/a", "2025-11-28T08:00:00Z",
                cast.tell("Ivo Brandt said the state would not step in.")))
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        assertEquals("KNOWN", elsewhere.getString("candidates.find { it.kind == 'ACTOR' }.proposal"));
        assertEquals(ministerId, elsewhere.getString("candidates.find { it.kind == 'ACTOR' }.actor.matchesActorId"));
        assertEquals(ministerId, elsewhere.getString("candidates.find { it.kind == 'CLAIM' }.claim.speaker.actorId"));
    }

    @Test
    void aCorrectedArticleProposesOnlyWhatChanged() {
        Cast cast = Cast.fresh();
        String storyId = story("ferry-correction");
        String url = "https://" + storyId + ".test/news/ferry";
        JsonPath first = ingest(storyId, article(url, FIRST_PUBLISHED, cast.tell(FIRST_TEXT))).then().statusCode(201).extract().jsonPath();
        String corrected = cast.tell(FIRST_TEXT).replace(cast.tell("Transport minister Ivo Brandt rejected Quint's account, saying the talks had never stopped."),
                cast.tell("Transport minister Ivo Brandt said on Wednesday that the state would not step in."));
        JsonPath again = ingest(storyId, article(url, FIRST_PUBLISHED, corrected)).then().log().ifValidationFails()
                .statusCode(201).body("id", not(equalTo(first.getString("id")))).extract().jsonPath();
        int changedAt = corrected.indexOf("Transport minister");
        assertFalse(again.getList("candidates").isEmpty());
        assertTrue(again.<Integer>getList("candidates.offsets.start").stream().allMatch(start -> start >= changedAt),
                "only the corrected sentence proposes anything: " + again.getList("candidates"));
    }

    @Test
    void aRejectionKeepsItsReasonAndARejectedSpeakerMustBeNamedInstead() {
        Cast cast = Cast.fresh();
        String storyId = story("ferry-reject");
        JsonPath ingestion = ingest(storyId, article("https://" + storyId + ".test/a", FIRST_PUBLISHED, cast.tell(FIRST_TEXT)))
                .then().statusCode(201).extract().jsonPath();
        String ingestionId = ingestion.getString("id");
        Map<String, Object> quint = candidates(ingestion, "ACTOR").stream()
                .filter(a -> cast.union().equals(path(a, "actor", "name"))).findFirst().orElseThrow();
        String rejectPath = "/api/stories/{s}/ingestions/{i}/candidates/{c}/reject";

        given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("reason", "  "))
                .post(rejectPath, storyId, ingestionId, quint.get("id")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("reason", "Named under her union title elsewhere"))
                .post(rejectPath, storyId, ingestionId, quint.get("id")).then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo("REJECTED")).body("decision.rejectionReason", equalTo("Named under her union title elsewhere"))
                .body("decision.by.name", equalTo("Ada Desk"));
        // Rejected again, with another reason: the first decision stands.
        given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("reason", "Another reason"))
                .post(rejectPath, storyId, ingestionId, quint.get("id")).then().statusCode(200)
                .body("decision.rejectionReason", equalTo("Named under her union title elsewhere"));
        given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", storyId, ingestionId).then().statusCode(200)
                .body("candidates.find { it.id == '" + quint.get("id") + "' }.state", equalTo("REJECTED"))
                .body("candidates.find { it.id == '" + quint.get("id") + "' }.decision.rejectionReason",
                        equalTo("Named under her union title elsewhere"));
        given().header(EDITOR).contentType(ContentType.JSON)
                .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/accept", storyId, ingestionId, quint.get("id"))
                .then().statusCode(409).body("type", equalTo("urn:newsroom:problem:conflict"));

        // Her claim stood on her: with her rejected, accepting it names the field that names its claimant instead.
        Map<String, Object> claim = candidates(ingestion, "CLAIM").stream()
                .filter(c -> cast.union().equals(path(c, "claim", "speaker", "name"))).findFirst().orElseThrow();
        given().header(EDITOR).contentType(ContentType.JSON)
                .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/accept", storyId, ingestionId, claim.get("id"))
                .then().log().ifValidationFails().statusCode(409).body("errors[0].field", equalTo("claim.claimantId"));
        String unionLeader = given().contentType(ContentType.JSON).body(Map.of("name", "Ferry union " + storyId, "kind", "ORGANIZATION"))
                .post(ConfigProvider.getConfig().getValue("quarkus.rest-client.claims.url", String.class) + "/api/claims/actors")
                .then().statusCode(201).extract().path("id");
        given().header(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("claim", Map.of("claimantId", unionLeader, "proposition", "The ferry operator refused every offer since spring.")))
                .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/accept", storyId, ingestionId, claim.get("id"))
                .then().log().ifValidationFails().statusCode(200)
                .body("decision.acceptedAs.find { it.kind == 'CLAIM' }.id", notNullValue());
        given().get("/api/stories/{s}", storyId).then().statusCode(200)
                .body("claims.find { it.claimantId == '" + unionLeader + "' }.proposition",
                        equalTo("The ferry operator refused every offer since spring."));
        // An accepted candidate stays accepted: what it created is changed or deleted in its service.
        given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("reason", "Second thoughts"))
                .post(rejectPath, storyId, ingestionId, claim.get("id")).then().statusCode(409)
                .body("type", equalTo("urn:newsroom:problem:conflict"));
    }

    @Test
    void aRetriedAcceptCreatesOneFact() {
        String storyId = story("ferry-retry");
        JsonPath ingestion = ingest(storyId, article("https://" + storyId + ".test/a", FIRST_PUBLISHED, Cast.fresh().tell(FIRST_TEXT)))
                .then().statusCode(201).extract().jsonPath();
        String ingestionId = ingestion.getString("id");
        String friday = (String) candidates(ingestion, "EVENT").get(1).get("id");
        // Two accepts at once, as a double click or a client's retry sends them, then a third after both.
        CompletableFuture<JsonPath> one = CompletableFuture.supplyAsync(() -> accept(storyId, ingestionId, friday));
        CompletableFuture<JsonPath> two = CompletableFuture.supplyAsync(() -> accept(storyId, ingestionId, friday));
        String eventId = one.join().getString("decision.acceptedAs[0].id");
        assertEquals(eventId, two.join().getString("decision.acceptedAs[0].id"));
        assertEquals(eventId, accept(storyId, ingestionId, friday).getString("decision.acceptedAs[0].id"));
        given().get(timeline() + "/stories/{s}/events", storyId).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(eventId));
    }

    @Test
    void onlyEditorsReadAndDecideIngestions() {
        String storyId = story("ferry-roles");
        JsonPath ingestion = ingest(storyId, article("https://" + storyId + ".test/a", FIRST_PUBLISHED, FIRST_TEXT))
                .then().statusCode(201).extract().jsonPath();
        String ingestionId = ingestion.getString("id");
        String candidateId = ingestion.getString("candidates[0].id");
        Map<String, Object> body = article("https://" + storyId + ".test/b", FIRST_PUBLISHED, FIRST_TEXT);
        for (Header who : List.of(TestCaller.ANONYMOUS, TestCaller.as("reader"))) {
            int status = who == TestCaller.ANONYMOUS ? 401 : 403;
            String type = status == 401 ? "urn:newsroom:problem:unauthenticated" : "urn:newsroom:problem:forbidden";
            given().header(who).contentType(ContentType.JSON).body(body).post("/api/stories/{s}/ingestions", storyId)
                    .then().statusCode(status).contentType("application/problem+json").body("type", equalTo(type));
            given().header(who).get("/api/stories/{s}/ingestions/{i}", storyId, ingestionId).then().statusCode(status).body("type", equalTo(type));
            given().header(who).contentType(ContentType.JSON)
                    .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/accept", storyId, ingestionId, candidateId)
                    .then().statusCode(status).body("type", equalTo(type));
            given().header(who).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                    .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/reject", storyId, ingestionId, candidateId)
                    .then().statusCode(status).body("type", equalTo(type));
        }
        given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", storyId, ingestionId).then().statusCode(200)
                .body("candidates.state", everyItem(equalTo("PROPOSED")));
        given().get(timeline() + "/stories/{s}/articles", storyId).then().body("items", hasSize(1));
    }

    @Test
    void whatAClientGetsWrongIsAProblemNamingTheField() {
        String storyId = story("ferry-input");
        String url = "https://" + storyId + ".test/a";
        assertProblem(ingest(storyId, Map.of("publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo", "text", FIRST_TEXT)), 422, "url");
        assertProblem(ingest(storyId, article(url, FIRST_PUBLISHED, "x".repeat(100_001))), 422, "text");
        assertProblem(ingest(storyId, Map.of("url", url, "publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo", "text", FIRST_TEXT,
                "html", "<p>" + FIRST_TEXT + "</p>")), 422, "text");
        assertProblem(ingest(storyId, Map.of("url", url, "publishedAt", FIRST_PUBLISHED, "zone", "Mars/Olympus", "text", FIRST_TEXT)), 422, "zone");
        assertProblem(ingest(storyId, Map.of("url", url, "zone", "Europe/Oslo", "text", FIRST_TEXT)), 422, "publishedAt");
        assertProblem(ingest(storyId, Map.of("url", "ftp://" + storyId + ".test/a", "publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo",
                "text", FIRST_TEXT)), 422, "url");
        assertProblem(ingest(storyId, Map.of("url", url, "publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo", "text", FIRST_TEXT,
                "language", "ru")), 422, "language");
        assertProblem(ingest(storyId, Map.of("url", url, "publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo", "text", FIRST_TEXT,
                "outletId", "not-an-id")), 422, "outletId");
        assertProblem(ingest(storyId, Map.of("url", url, "publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo", "text", FIRST_TEXT,
                "outletId", UUID.randomUUID().toString())), 422, "outletId");
        assertProblem(ingest(storyId, article("https://nobody-covers-" + storyId + ".test/a", FIRST_PUBLISHED, FIRST_TEXT)), 422, "outletId");
        assertProblem(ingest(storyId, Map.of("url", url, "publishedAt", FIRST_PUBLISHED, "zone", "Europe/Oslo", "text", FIRST_TEXT,
                "author", "Someone")), 400, "author");
        ingest(storyId, "{\"url\": \"" + url + "\", \"publishedAt\": \"last tuesday\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publishedAt"));
        ingest("no-such-story-" + storyId, article(url, FIRST_PUBLISHED, FIRST_TEXT)).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:newsroom:problem:not-found"));
        given().get(timeline() + "/stories/{s}/articles", storyId).then().body("items", hasSize(0));

        JsonPath ingestion = ingest(storyId, article(url, FIRST_PUBLISHED, FIRST_TEXT)).then().statusCode(201).extract().jsonPath();
        String ingestionId = ingestion.getString("id");
        String event = (String) candidates(ingestion, "EVENT").get(1).get("id");
        String acceptPath = "/api/stories/{s}/ingestions/{i}/candidates/{c}/accept";
        given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", storyId, UUID.randomUUID()).then().statusCode(404);
        given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", "no-such-story-" + storyId, ingestionId).then().statusCode(404);
        given().header(EDITOR).contentType(ContentType.JSON).post(acceptPath, storyId, ingestionId, UUID.randomUUID()).then().statusCode(404);
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("claim", Map.of("proposition", "x")))
                .post(acceptPath, storyId, ingestionId, event), 422, "claim");
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("event", Map.of("date", "next Friday")))
                .post(acceptPath, storyId, ingestionId, event), 422, "event.date");
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("event", Map.of("title", "t".repeat(301))))
                .post(acceptPath, storyId, ingestionId, event), 422, "event.title");
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("event", Map.of("eventId", UUID.randomUUID().toString())))
                .post(acceptPath, storyId, ingestionId, event), 422, "event.eventId");
        given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", storyId, ingestionId).then().statusCode(200)
                .body("candidates.find { it.id == '" + event + "' }.state", equalTo("PROPOSED"));
        given().get(timeline() + "/stories/{s}/events", storyId).then().body("items", hasSize(0));
        // Corrected as it is accepted: the edits are what the service records.
        given().header(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("event", Map.of("title", "Northline and the union meet in Bergen", "eventKind", "MEETING", "date", "2025-11-28T14:00+01:00")))
                .post(acceptPath, storyId, ingestionId, event).then().log().ifValidationFails().statusCode(200);
        given().get(timeline() + "/stories/{s}/events", storyId).then().statusCode(200)
                .body("items[0].title", equalTo("Northline and the union meet in Bergen"))
                .body("items[0].kind", equalTo("MEETING"))
                .body("items[0].when.edtf", equalTo("2025-11-28T14:00+01:00"));
    }

    @Test
    void anArticlePageIsReadFromItsMainText() {
        String storyId = story("ferry-page");
        String html = "<html><body><nav><p>Home · Ferries · On Monday we launched a newsletter</p></nav><article>"
                + "<h1>Ferry talks</h1><p>Northline Ferries will meet union officials on Friday in Bergen.</p>"
                + "<aside><p>Read also: a storm closed the port on Sunday.</p></aside></article></body></html>";
        JsonPath ingestion = ingest(storyId, Map.of("url", "https://" + storyId + ".test/page", "publishedAt", FIRST_PUBLISHED,
                "zone", "Europe/Oslo", "html", html)).then().log().ifValidationFails().statusCode(201)
                .body("fromHtml", equalTo(true))
                .body("mainText", equalTo("Ferry talks\n\nNorthline Ferries will meet union officials on Friday in Bergen."))
                .extract().jsonPath();
        assertEquals(List.of("2025-11-28"), candidates(ingestion, "EVENT").stream().map(e -> path(e, "event", "date", "edtf")).toList(),
                "the navigation's Monday and the aside's Sunday are not the article's");
        Map<String, Object> event = candidates(ingestion, "EVENT").get(0);
        @SuppressWarnings("unchecked") Map<String, Integer> offsets = (Map<String, Integer>) event.get("offsets");
        assertEquals(13, offsets.get("start"));
    }

    private static void assertProblem(Response response, int status, String field) {
        response.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static Set<Object> proposals(JsonPath ingestion, String kind) {
        return candidates(ingestion, kind).stream().map(c -> c.get("proposal")).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object at = map;
        for (String key : keys) {
            at = at == null ? null : ((Map<String, Object>) at).get(key);
        }
        return at;
    }

    private static String path(Map<String, Object> map, String a, String b) {
        return (String) path(map, new String[] { a, b });
    }
}
