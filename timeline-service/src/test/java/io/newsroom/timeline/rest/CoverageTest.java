package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageTest {

    private static String domain(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private static String newOutlet(String name, String domain, String bias) {
        return given().contentType(ContentType.JSON)
                .body(json("name", name, "domain", domain, "bias", bias, "biasRatedBy", "AllSides",
                        "biasRatedAt", "2025-06-01T00:00:00Z", "factuality", "HIGH"))
                .when().post("/api/timeline/outlets").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse addArticle(String story, String url, Object... more) {
        var body = json("url", url, "title", "Report", "publishedAt", "2025-11-28T09:00:00Z", "zone", "Europe/Kyiv");
        body.putAll(json(more));
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/timeline/stories/" + story + "/articles").then();
    }

    @Test
    void outletsAreUniqueByNormalisedDomain() {
        String d = domain("wire");
        newOutlet("Wire", d, "CENTER");
        given().contentType(ContentType.JSON).body(json("name", "Wire again", "domain", "WWW." + d.toUpperCase()))
                .when().post("/api/timeline/outlets").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(json("name", "Broken", "domain", "not a domain"))
                .when().post("/api/timeline/outlets").then().statusCode(422).body("errors.field", contains("domain"));
    }

    @Test
    void anOutletIsFoundByDomainAndReplacedWithIfMatch() {
        String d = domain("daily");
        String id = newOutlet("Daily", d, "LEAN_LEFT");
        given().queryParam("domain", "www." + d).when().get("/api/timeline/outlets").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].bias", equalTo("LEAN_LEFT"));
        given().queryParam("domain", "news." + d).when().get("/api/timeline/outlets").then().body("items.id", contains(id));
        given().queryParam("domain", domain("nobody")).when().get("/api/timeline/outlets").then().body("items", hasSize(0));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(json("name", "Daily", "domain", d, "bias", "CENTER", "factuality", "MIXED"))
                .when().put("/api/timeline/outlets/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("bias", equalTo("CENTER"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(json("name", "Daily", "domain", d, "bias", "RIGHT"))
                .when().put("/api/timeline/outlets/" + id).then().statusCode(412);
        given().when().get("/api/timeline/outlets/" + id).then().statusCode(200).header("ETag", "\"1\"");
        String taken = domain("taken");
        newOutlet("Taken", taken, "RIGHT");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(json("name", "Daily", "domain", taken))
                .when().put("/api/timeline/outlets/" + id).then().statusCode(409);
        given().when().get("/api/timeline/outlets/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void articlesAreMatchedToOutletsByDomainAndUniquePerStory() {
        String story = newStory();
        String d = domain("wire");
        String outlet = newOutlet("Wire", d, "CENTER");
        String id = addArticle(story, "HTTPS://www." + d + "/world/peace-plan?utm_source=x#comments").statusCode(201)
                .header("Location", containsString("/articles/"))
                .body("url", equalTo("https://www." + d + "/world/peace-plan"))
                .body("outletId", equalTo(outlet))
                .extract().path("id");
        addArticle(story, "https://www." + d + "/world/peace-plan?fbclid=abc").statusCode(409);
        addArticle(newStory(), "https://www." + d + "/world/peace-plan").statusCode(201);
        addArticle(story, "https://edition." + d + "/live").statusCode(201).body("outletId", equalTo(outlet));
        addArticle(story, "https://" + domain("blog") + "/post").statusCode(201).body("outletId", nullValue());
        given().when().get("/api/timeline/stories/" + story + "/articles/" + id).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get("/api/timeline/stories/" + story + "/articles").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void articleInputIsChecked() {
        String story = newStory();
        addArticle(story, "not a url").statusCode(422).body("errors.field", contains("url"));
        addArticle(story, "https://" + domain("x") + "/a", "zone", "Kyiv").statusCode(422).body("errors.field", contains("zone"));
        addArticle(story, "https://" + domain("x") + "/a", "outletId", UUID.randomUUID().toString())
                .statusCode(422).body("errors.field", contains("outletId"));
        addArticle(story, "https://" + domain("x") + "/a", "publishedAt", null).statusCode(422)
                .body("errors.field", contains("publishedAt"));
        given().contentType(ContentType.JSON).body(json("url", "https://example.com/a", "publishedAt", "2025-11-28T09:00:00Z"))
                .when().post("/api/timeline/stories/" + TestStories.slug("missing") + "/articles").then().statusCode(404);
    }

    @Test
    void coverageSplitsByBiasWithEveryValuePresent() {
        String story = newStory();
        String center1 = domain("center-a");
        String center2 = domain("center-b");
        String left = domain("left");
        String right = domain("right");
        newOutlet("Center A", center1, "CENTER");
        newOutlet("Center B", center2, "CENTER");
        newOutlet("Left", left, "LEFT");
        newOutlet("Right", right, "LEAN_RIGHT");
        addArticle(story, "https://" + center1 + "/1").statusCode(201);
        addArticle(story, "https://" + center1 + "/2").statusCode(201);
        addArticle(story, "https://" + center2 + "/1").statusCode(201);
        addArticle(story, "https://" + left + "/1").statusCode(201);
        addArticle(story, "https://" + right + "/1").statusCode(201);
        addArticle(story, "https://" + domain("unknown") + "/1").statusCode(201);
        given().when().get("/api/timeline/stories/" + story + "/coverage").then().statusCode(200)
                .body("articleCount", equalTo(6))
                .body("outletCount", equalTo(4))
                .body("unmatchedArticleCount", equalTo(1))
                .body("byBias.bias", contains("LEFT", "LEAN_LEFT", "CENTER", "LEAN_RIGHT", "RIGHT", "UNRATED"))
                .body("byBias.outletCount", contains(1, 0, 2, 1, 0, 0))
                .body("byBias.articleCount", contains(1, 0, 3, 1, 0, 1))
                .body("outlets", hasSize(4))
                .body("outlets[0].domain", equalTo(center1))
                .body("outlets[0].articleCount", equalTo(2));
    }

    @Test
    void coverageOfAStoryWithoutArticlesIsAllZeros() {
        String story = newStory();
        given().when().get("/api/timeline/stories/" + story + "/coverage").then().statusCode(200)
                .body("articleCount", equalTo(0))
                .body("byBias", hasSize(6))
                .body("byBias.articleCount", contains(0, 0, 0, 0, 0, 0));
        given().when().get("/api/timeline/stories/" + TestStories.slug("missing") + "/coverage").then().statusCode(404);
    }
}
