package io.newsroom.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A service's change feed as the contract describes it ({@code GET /api/<service>/changes?after=&storyId=&types=
 * &limit=}), served by WireMock from entries a test appends: positions increase, each page holds what follows
 * {@code after}, and {@code next} is the last entry's position or {@code after} when none.
 */
public class FeedStub implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "newsroom-feed";

    /** One entry of the feed, as the test appended it. */
    public record Entry(long id, String type, String storyId, String resourceId, Instant recordedAt) {
        String json() {
            String resourceType = type.substring(0, type.indexOf('.'));
            return """
                    {"id":"%d","type":"%s","storyId":%s,"resourceType":"%s","resourceId":"%s","revision":%d,
                     "revisionId":"%s","recordedAt":"%s","data":{"id":"%s","title":"Revision %d"}}"""
                    .formatted(id, type, storyId == null ? "null" : '"' + storyId + '"', resourceType, resourceId, id,
                            new UUID(0, id), recordedAt, resourceId, id);
        }
    }

    private final String service;
    private final List<Entry> entries = new ArrayList<>();
    private long last;

    public FeedStub(String service) {
        this.service = service;
    }

    /** Serves this feed from the server (after its stubs were reset). */
    public void serveOn(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/api/" + service + "/changes")).willReturn(aResponse().withTransformers(NAME)));
    }

    public synchronized Entry append(String storyId, String type, String resourceId, Instant recordedAt) {
        Entry entry = new Entry(++last, type, storyId, resourceId, recordedAt);
        entries.add(entry);
        return entry;
    }

    public Entry append(String storyId, String type, String resourceId) {
        return append(storyId, type, resourceId, Instant.now());
    }

    /** Positions go on increasing across tests, as a real feed's do; only the entries are forgotten. */
    public synchronized void clear() {
        entries.clear();
    }

    public synchronized long lastPosition() {
        return last;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        long after = Long.parseLong(parameter(request, "after", "0"));
        String storyId = parameter(request, "storyId", null);
        String types = parameter(request, "types", null);
        Set<String> wanted = types == null ? Set.of() : Arrays.stream(types.split(",")).collect(Collectors.toSet());
        int limit = Integer.parseInt(parameter(request, "limit", "100"));
        List<Entry> page = entries.stream().filter(e -> e.id() > after)
                .filter(e -> storyId == null || storyId.equals(e.storyId()))
                .filter(e -> wanted.isEmpty() || wanted.contains(e.type()))
                .limit(limit).toList();
        String next = page.isEmpty() ? Long.toString(after) : Long.toString(page.get(page.size() - 1).id());
        String body = "{\"changes\":[" + page.stream().map(Entry::json).collect(Collectors.joining(",")) + "],\"next\":\"" + next + "\"}";
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json").withBody(body).build();
    }

    private static String parameter(Request request, String name, String fallback) {
        QueryParameter value = request.queryParameter(name);
        return value == null || !value.isPresent() ? fallback : value.firstValue();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
