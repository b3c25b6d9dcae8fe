package io.newsroom.gateway.page;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A newsroom's own site, on an origin of its own: the TimelineJS viewer's files (the npm package the test command
 * installs, in place of Knight Lab's CDN) and a page that embeds the viewer with an export's URL. The gateway under
 * test is told to load the viewer from here for its embed page.
 */
public class NewsroomSite implements QuarkusTestResourceLifecycleManager {

    /** Where the test command installs the viewer; TIMELINEJS_DIST names another copy of its dist folder. */
    static final Path VIEWER = Path.of(Optional.ofNullable(System.getenv("TIMELINEJS_DIST"))
            .orElse("../.tools/node_modules/@knight-lab/timelinejs/dist"));
    /** The setting the gateway reads the viewer's location from, set to this site's copy. */
    static final String VIEWER_SETTING = "newsroom.gateway.timelinejs-viewer";

    private HttpServer site;

    @Override
    public Map<String, String> start() {
        try {
            site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the newsroom's site could not listen", e);
        }
        site.createContext("/timelinejs/", NewsroomSite::serve);
        site.start();
        return Map.of(VIEWER_SETTING, "http://localhost:" + site.getAddress().getPort() + "/timelinejs");
    }

    @Override
    public void stop() {
        if (site != null) {
            site.stop(0);
        }
    }

    /** The newsroom's page: the viewer's own files, and one page embedding it with the export's URL. */
    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/timelinejs/".length());
        byte[] body;
        String type;
        if (path.equals("embed.html")) {
            String query = exchange.getRequestURI().getRawQuery();
            String export = URLDecoder.decode(query.substring("export=".length()), StandardCharsets.UTF_8);
            body = ("""
                    <!doctype html><html><head><meta charset="utf-8">
                    <link rel="stylesheet" href="/timelinejs/css/timeline.css">
                    <script src="/timelinejs/js/timeline.js"></script></head>
                    <body><div id="embed" style="width: 1100px; height: 700px"></div>
                    <script>window.timeline = new TL.Timeline('embed', %s);</script></body></html>
                    """.formatted(new ObjectMapper().writeValueAsString(export)))
                    .getBytes(StandardCharsets.UTF_8);
            type = "text/html; charset=utf-8";
        } else {
            Path file = VIEWER.resolve(path).normalize();
            if (!file.startsWith(VIEWER.normalize()) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            body = Files.readAllBytes(file);
            type = path.endsWith(".css") ? "text/css" : path.endsWith(".js") ? "text/javascript" : "application/octet-stream";
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
