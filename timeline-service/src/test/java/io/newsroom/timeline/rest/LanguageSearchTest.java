package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.newsroom.timeline.rest.TestStories.timelineTitles;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search stems each event in its own language, and names fold case in every script. */
@QuarkusTest
class LanguageSearchTest {

    @Test
    void aRussianEventIsFoundByAnotherFormOfItsWords() {
        String story = newStory();
        newEvent(story, event("Переговоры в Женеве", "2025-11-23", "language", "ru"));
        newEvent(story, event("Talks in Geneva", "2025-11-23", "language", "en"));
        for (String q : List.of("переговоров", "переговоры", "Переговоры")) {
            assertEquals(List.of("Переговоры в Женеве"), timelineTitles(story, Map.of("q", q)), q);
        }
        assertEquals(List.of("Talks in Geneva"), timelineTitles(story, Map.of("q", "talk")));
    }

    @Test
    void theLanguageIsStoredInCanonicalCaseAndAnInvalidOneRefused() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("Plan", "2025-11", "language", "PT-br"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).body("language", equalTo("pt-BR"));
        given().contentType(ContentType.JSON).body(event("Plan", "2025-11", "language", "not a language"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("language"));
    }

    @Test
    void aParticipantIsFoundByNameInAnyCaseOfItsScript() {
        String story = newStory();
        newEvent(story, event("Выступление в Бишкеке", "2025-11-27",
                "participants", List.of(json("name", "Владимир Путин"))));
        assertEquals(List.of("Выступление в Бишкеке"), timelineTitles(story, Map.of("participant", "ВЛАДИМИР ПУТИН")));
        assertEquals(List.of("Выступление в Бишкеке"), timelineTitles(story, Map.of("participant", "владимир путин")));
    }
}
