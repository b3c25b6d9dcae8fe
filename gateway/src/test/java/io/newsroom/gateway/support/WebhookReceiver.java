package io.newsroom.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A newsroom tool's webhook endpoint on loopback: it keeps every request it is sent (headers and body) and answers
 * with the status it is told to. It can be down (nothing listens on its port) and come up on the same port, as a
 * receiver that restarts does.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: header names lower-case. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /** A receiver that is down: its port is chosen, nothing listens there yet. */
    public static WebhookReceiver down() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new WebhookReceiver(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the receiver", e);
        }
    }

    public static WebhookReceiver up() {
        WebhookReceiver receiver = down();
        receiver.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/newsroom";
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The receiver could not listen on " + port, e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            synchronized (this) {
                received.add(new Received(headers, body));
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    /** From now on every request is answered with this status. */
    public void answer(int statusCode) {
        status.set(statusCode);
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
