package io.newsroom.stylebook;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request over the server's limits (its request line, its headers, its declared body) is answered like every other
 * failure: a problem of the catalogue ({@code uri-too-long}, {@code headers-too-large}, {@code too-large}), and the
 * connection is closed only once the answer is written and what the client sent has been read, so the client reads
 * the answer instead of a reset. Every service that indexes this library ({@code quarkus.index-dependency.stylebook.*})
 * applies it.
 * <p>
 * The limits are Quarkus' own settings ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size},
 * {@code max-body-size}). Past them, Vert.x's HTTP decoder answers a bare 414 or 431 itself, and Quarkus offers no hook
 * into that answer (the server's invalid-request handler is not reachable from an application). So the decoder is
 * given {@value #DECODER_HEADROOM} times the limits, which only bounds the memory one connection may hold, and the limits
 * themselves are applied here, ahead of Quarkus' own bare 413 for a declared body.
 */
@Singleton
public class RequestLimits implements HttpServerOptionsCustomizer {

    /** How much longer than the limits the decoder reads, so a request over them still reaches this check. */
    static final int DECODER_HEADROOM = 4;
    /**
     * How long a refused request's body is read and dropped before the connection is closed anyway: a client that
     * goes on sending after the answer gets this long, then the close (nginx' lingering close works alike).
     */
    static final long LINGER_MILLIS = 10_000;
    private static final String HTTP_VERSION = "HTTP/1.1";

    private final int requestLine;
    private final long headers;
    private final long body;

    public RequestLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int requestLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize headers,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize body) {
        this.requestLine = requestLine;
        this.headers = headers.asLongValue();
        this.body = body.asLongValue();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.multiplyExact(requestLine, DECODER_HEADROOM));
        options.setMaxHeaderSize(Math.toIntExact(Math.multiplyExact(headers, DECODER_HEADROOM)));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }

    /** Before Quarkus' own body-size route, which would answer a declared body over the limit with an empty 413. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineLength(request) > requestLine) {
            refuse(context, ProblemType.URI_TOO_LONG, "the request line is longer than " + requestLine
                    + " bytes; send long selections in a body, or fewer of them per request");
        } else if (headerLength(request.headers()) > headers) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "the request headers take more than " + headers + " bytes");
        } else if (declaredBody(request) > body) {
            refuse(context, ProblemType.TOO_LARGE, "the body is larger than the " + body + " bytes this service accepts");
        } else {
            context.next();
        }
    }

    /** The request line as the client sent it: method, target and version, without its line end. */
    private static long requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1L + request.uri().length() + 1L + HTTP_VERSION.length();
    }

    /** Each header line as sent: name, colon and space, value, line end. */
    static long headerLength(MultiMap headers) {
        long length = 0;
        for (Map.Entry<String, String> header : headers) {
            length += header.getKey().length() + 2L + header.getValue().length() + 2L;
        }
        return length;
    }

    /** The Content-Length the client declared, or -1 without one (a chunked body is counted by Quarkus as it is read). */
    private static long declaredBody(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        // The decoder has already refused a Content-Length that is not a number, so a present one parses.
        return declared == null ? -1 : Long.parseLong(declared.trim());
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        HttpServerRequest request = context.request();
        JsonObject problem = new JsonObject().put("type", type.uri()).put("title", type.title())
                .put("status", type.status()).put("detail", detail);
        // The path of a request line that is too long is the very thing that is too long: it is not sent back.
        if (type != ProblemType.URI_TOO_LONG) {
            problem.put("instance", request.path());
        }
        HttpConnection connection = request.connection();
        // A client that asked whether to send its body (Expect: 100-continue) and is refused sends none: close once
        // the answer is out. Otherwise read the body to its end and drop it, so the close leaves nothing unread behind
        // (unread bytes make the kernel answer with a reset, which can destroy the answer before the client reads it).
        boolean bodyFollows = !request.isEnded() && !"100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
        if (bodyFollows) {
            long linger = context.vertx().setTimer(LINGER_MILLIS, late -> connection.close());
            request.handler(dropped -> { });
            request.endHandler(end -> {
                context.vertx().cancelTimer(linger);
                connection.close();
            });
            request.resume();
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(problem.encode())
                .onComplete(written -> {
                    if (!bodyFollows) {
                        connection.close();
                    }
                });
    }
}
