package io.newsroom.gateway.service;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.gateway.repository.DeliveryQueue;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Sends one attempt of a delivery, signed per the Standard Webhooks specification, to the address its host resolves
 * to now, checked again as at subscription (a host that has come to resolve to a private address is not called).
 * Redirects are not followed: a receiver that moved is subscribed anew, never followed into another network.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http;
    private final TargetAddresses targets;
    private final Duration timeout;

    public WebhookSender(Vertx vertx, TargetAddresses targets, WebhookConfig config) {
        this.targets = targets;
        this.timeout = config.timeout();
        // Server names are sent for TLS although the connection goes to the address checked, not to the name.
        this.http = vertx.createHttpClient(new HttpClientOptions().setForceSni(true).setVerifyHost(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis())).setMaxPoolSize(50));
    }

    @PreDestroy
    void close() {
        http.closeAndAwait();
    }

    /** @return how the attempt went; never a failure, as every failure is an outcome to record */
    public Uni<DeliveryQueue.Outcome> send(DeliveryQueue.Taken delivery) {
        long started = System.nanoTime();
        URI target = URI.create(delivery.url());
        return targets.resolve(target)
                .chain(addresses -> post(target, addresses.get(0), delivery))
                .map(status -> new DeliveryQueue.Outcome(status >= 200 && status < 300, status,
                        status >= 200 && status < 300 ? null : "the receiver answered " + status, elapsed(started)))
                .ifNoItem().after(timeout).failWith(TimeoutException::new)
                .onFailure().recoverWithItem(failure -> new DeliveryQueue.Outcome(false, null, reason(failure), elapsed(started)));
    }

    private Uni<Integer> post(URI target, InetAddress address, DeliveryQueue.Taken delivery) {
        boolean tls = target.getScheme().equalsIgnoreCase("https");
        int port = target.getPort() > 0 ? target.getPort() : tls ? 443 : 80;
        long timestamp = Instant.now().getEpochSecond();
        String id = delivery.id().toString();
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(TargetAddresses.hostOf(target)).setPort(port).setSsl(tls)
                .setURI(target.getRawQuery() == null ? path : path + "?" + target.getRawQuery())
                .setFollowRedirects(false).setIdleTimeout(timeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "newsroom-gateway-webhooks")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp, delivery.body()));
        return http.request(request)
                .chain(call -> call.send(Buffer.buffer(delivery.body())))
                // The receiver's body is not read: only the status says whether it took the delivery.
                .chain(response -> response.end().replaceWith(response.statusCode()));
    }

    /** Why an attempt failed, in words for the delivery log: no library class names, nothing of the gateway's own. */
    static String reason(Throwable failure) {
        if (failure instanceof TargetAddresses.RefusedTarget refused) {
            return "not sent: " + refused.getMessage();
        }
        if (failure instanceof TimeoutException) {
            return "no answer within the attempt's time limit";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "the receiver refused the connection or could not be reached";
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return "the TLS handshake with the receiver failed";
            }
        }
        return "the connection to the receiver failed";
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
