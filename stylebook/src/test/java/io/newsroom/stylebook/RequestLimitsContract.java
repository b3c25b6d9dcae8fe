package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service answers to a request over the HTTP server's limits ({@link RequestLimits}), run in each
 * service's own suite by a {@code @QuarkusTest} subclass naming a path with an id and one that takes a body. The
 * oversized requests go over a plain socket, so the test sees the exact bytes: the whole answer, and then the end of
 * the stream rather than a reset.
 */
public abstract class RequestLimitsContract {

    /** A path of this service's API with {@code id} as a path segment. */
    protected abstract String pathWithId(String id);

    /** A path of this service's API that takes a JSON body by POST. */
    protected abstract String pathTakingABody();

    @Test
    void aLongIdReachesTheServiceAndIsAnsweredWithAProblem() {
        Response response = RestAssured.given().get(pathWithId("x".repeat(6_000)));
        assertTrue(response.statusCode() == 400 || response.statusCode() == 404, response.statusLine());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertTrue(response.jsonPath().getString("type").startsWith(ProblemType.URN_PREFIX), response.asString());
    }

    @Test
    void aRequestLineOverTheLimitIsAProblemAnsweredInFull() throws IOException {
        String target = pathWithId("x".repeat(20_000));
        Answer answer = exchange(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII), 0);
        answer.assertProblem(ProblemType.URI_TOO_LONG);
        assertEquals(null, answer.problem().getString("instance"), "the over-long path is not sent back");
    }

    @Test
    void headersOverTheLimitAreAProblemAnsweredInFull() throws IOException {
        String request = "GET " + pathWithId("headers") + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(30_000) + "\r\n\r\n";
        exchange(request.getBytes(StandardCharsets.US_ASCII), 0).assertProblem(ProblemType.HEADERS_TOO_LARGE);
    }

    /** The client sends its whole body, as a client that does not read while it writes does; the answer still arrives whole. */
    @Test
    void aBodyOverTheLimitIsAProblemAnsweredInFull() throws IOException {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .map(RequestLimitsContract::bytes).orElse(10_240L * 1024);
        String head = "POST " + pathTakingABody() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (limit + 1) + "\r\n\r\n";
        Answer answer = exchange(head.getBytes(StandardCharsets.US_ASCII), limit + 1);
        answer.assertProblem(ProblemType.TOO_LARGE);
        assertEquals(pathTakingABody(), answer.problem().getString("instance"));
    }

    /** Sends the request (and {@code bodyBytes} of body), then reads until the server closes the connection. */
    private static Answer exchange(byte[] head, long bodyBytes) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long left = bodyBytes; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.flush();
            // A reset here fails the test with "Connection reset": the answer must be readable to its end.
            return Answer.parse(readToEnd(socket.getInputStream()));
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        in.transferTo(read);
        return read.toByteArray();
    }

    private static long bytes(String memorySize) {
        String value = memorySize.trim().toUpperCase(Locale.ROOT);
        long unit = switch (value.charAt(value.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? value : value.substring(0, value.length() - 1)) * unit;
    }

    /** One HTTP/1.1 answer as read off the wire, and everything after it (which must be nothing). */
    private record Answer(String statusLine, Map<String, String> headers, byte[] body) {

        static Answer parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no complete answer before the connection closed: " + text);
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(lines[0], headers, Arrays.copyOfRange(bytes, end + 4, bytes.length));
        }

        JsonPath problem() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8));
        }

        void assertProblem(ProblemType type) {
            assertEquals("HTTP/1.1 " + type.status(), statusLine.substring(0, 12), statusLine);
            assertEquals("application/problem+json", headers.get("content-type"));
            assertEquals("close", headers.get("connection"), "the server says it closes the connection");
            assertEquals(String.valueOf(body.length), headers.get("content-length"),
                    "the body is read whole and nothing follows it before the close");
            JsonPath problem = problem();
            assertEquals(type.uri(), problem.getString("type"));
            assertEquals(type.title(), problem.getString("title"));
            assertEquals(type.status(), problem.getInt("status"));
            assertTrue(problem.getString("detail").contains("bytes"), problem.getString("detail"));
        }
    }
}
