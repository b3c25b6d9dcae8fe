package io.newsroom.gateway.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.stylebook.Zones;

/** The hand-annotated articles under {@code src/test/resources/ingestion/gold}, read as the engine's inputs plus gold. */
final class GoldSet {

    /** @param heldOut written after the engine was built and scored before any change made for it */
    record GoldArticle(String file, boolean heldOut, Article article, StoryKnowledge story, List<GoldEvent> events,
                       List<GoldClaim> claims, List<GoldStance> stances, List<GoldActor> actors) {
    }

    record GoldEvent(String quote, String phrase, String date, String status, String matchesEventId) {
    }

    record GoldClaim(String quote, String speaker, String matchesClaimId) {
    }

    record GoldStance(String quote, String actor, String position, String targetClaimQuote, String targetClaimId) {
    }

    record GoldActor(String name, String kind, List<String> aliases, String matchesActorId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    static List<GoldArticle> load() {
        URL folder = GoldSet.class.getClassLoader().getResource("ingestion/gold");
        if (folder == null) {
            throw new IllegalStateException("the gold set ingestion/gold is not on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<GoldArticle> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    articles.add(read(file.getFileName().toString(), JSON.readTree(in)));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("the gold set could not be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the gold set's folder has no file path: " + folder, e);
        }
    }

    private static GoldArticle read(String file, JsonNode root) {
        JsonNode a = root.get("article");
        Article article = Article.ofText(a.get("url").asText(), a.get("title").asText(),
                Instant.parse(a.get("publishedAt").asText()), Zones.parse(a.get("zone").asText()), a.get("text").asText(),
                a.get("language").asText());
        JsonNode known = root.get("known");
        List<KnownActor> actors = new ArrayList<>();
        for (JsonNode n : known.get("actors")) {
            actors.add(new KnownActor(n.get("id").asText(), n.get("name").asText(), strings(n.get("aliases")),
                    ActorKind.valueOf(n.get("kind").asText())));
        }
        List<KnownEvent> events = new ArrayList<>();
        for (JsonNode n : known.get("events")) {
            events.add(new KnownEvent(n.get("id").asText(), n.get("title").asText(), Instant.parse(n.get("earliest").asText()),
                    Instant.parse(n.get("latest").asText()), strings(n.get("participantActorIds"))));
        }
        List<KnownClaim> claims = new ArrayList<>();
        for (JsonNode n : known.get("claims")) {
            claims.add(new KnownClaim(n.get("id").asText(), n.get("claimantId").asText(), n.get("proposition").asText()));
        }
        JsonNode gold = root.get("gold");
        List<GoldEvent> goldEvents = new ArrayList<>();
        for (JsonNode n : gold.get("events")) {
            goldEvents.add(new GoldEvent(n.get("quote").asText(), n.get("phrase").asText(), n.get("date").asText(),
                    n.get("status").asText(), text(n, "matchesEventId")));
        }
        List<GoldClaim> goldClaims = new ArrayList<>();
        for (JsonNode n : gold.get("claims")) {
            goldClaims.add(new GoldClaim(n.get("quote").asText(), n.get("speaker").asText(), text(n, "matchesClaimId")));
        }
        List<GoldStance> goldStances = new ArrayList<>();
        for (JsonNode n : gold.get("stances")) {
            goldStances.add(new GoldStance(n.get("quote").asText(), n.get("actor").asText(), n.get("position").asText(),
                    text(n, "targetClaimQuote"), text(n, "targetClaimId")));
        }
        List<GoldActor> goldActors = new ArrayList<>();
        for (JsonNode n : gold.get("actors")) {
            goldActors.add(new GoldActor(n.get("name").asText(), n.get("kind").asText(), strings(n.get("aliases")),
                    text(n, "matchesActorId")));
        }
        return new GoldArticle(file, root.path("heldOut").asBoolean(false), article, new StoryKnowledge(actors, events, claims), goldEvents, goldClaims,
                goldStances, goldActors);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
