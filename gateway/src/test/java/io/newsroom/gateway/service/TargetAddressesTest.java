package io.newsroom.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.support.StandardWebhooksVerifier;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;

/** Where a webhook may go, without a server: the address ranges, the URL rules, the allow-list, the backoff. */
class TargetAddressesTest {

    @Test
    void privateLoopbackLinkLocalAndOtherSpecialAddressesAreNotPublic() throws UnknownHostException {
        for (String address : List.of("10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "127.8.8.8",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.0.8", "198.18.0.1",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
                "64:ff9b::a00:1", "2001:db8::1")) {
            assertFalse(TargetAddresses.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "93.184.216.34", "2001:4860:4860::8888",
                "::ffff:8.8.8.8")) {
            assertTrue(TargetAddresses.isPublic(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void aHostThatResolvesToANonPublicAddressIsRefusedUnlessAllowed() {
        TargetAddresses strict = new TargetAddresses(List.of());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> strict.check(URI.create("http://127.0.0.1:9/hook")).await().indefinitely());
        assertEquals(ProblemType.BAD_REQUEST, refused.type());
        assertEquals("url", refused.fields().get(0).field());
        assertThrows(TargetAddresses.RefusedTarget.class,
                () -> strict.resolve(URI.create("http://[::1]:9/hook")).await().indefinitely());
        assertThrows(TargetAddresses.RefusedTarget.class,
                () -> strict.resolve(URI.create("http://localhost:9/hook")).await().indefinitely(), "a name is judged by its addresses");
        TargetAddresses allowing = new TargetAddresses(List.of(" LOCALHOST ", "127.0.0.1"));
        assertFalse(allowing.resolve(URI.create("http://localhost:9/hook")).await().indefinitely().isEmpty());
        assertFalse(allowing.resolve(URI.create("http://127.0.0.1:9/hook")).await().indefinitely().isEmpty());
        assertThrows(TargetAddresses.RefusedTarget.class,
                () -> allowing.resolve(URI.create("http://10.0.0.1/hook")).await().indefinitely(), "only the hosts named");
    }

    @Test
    void aUrlMustBeAnAbsoluteHttpUrlWithoutCredentials() {
        for (String url : List.of("ftp://example.org/x", "example.org/hook", "http:///nohost", "https://user:pw@example.org/",
                "https://example.org/#frag", "not a url at all", "https://example.org/" + "x".repeat(2000))) {
            ProblemException invalid = assertThrows(ProblemException.class, () -> TargetAddresses.parse(url), url);
            assertEquals(ProblemType.VALIDATION, invalid.type(), url);
            assertEquals("url", invalid.fields().get(0).field(), url);
        }
        assertEquals("example.org", TargetAddresses.parse("https://example.org:8443/hooks?x=1").getHost());
    }

    @Test
    void retriesBackOffExponentiallyWithJitterUpToTheCap() {
        Duration first = Duration.ofSeconds(5);
        Duration max = Duration.ofHours(1);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long full = Math.min(max.toMillis(), first.toMillis() << (attempt - 1));
            long delay = DeliveryWorker.retryDelay(attempt, first, max).toMillis();
            assertTrue(delay >= full / 2 && delay <= full, "attempt " + attempt + ": " + delay + " within [" + full / 2 + ", " + full + "]");
        }
        assertTrue(DeliveryWorker.retryDelay(200, first, max).toMillis() <= max.toMillis(), "no overflow past the cap");
    }

    @Test
    void signaturesFollowStandardWebhooks() {
        // The specification's published test vector: this secret, id, timestamp and body sign to this value, so any
        // receiver's library agrees with the gateway; and the test's verifier, written from the specification, too.
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
        assertTrue(StandardWebhooksVerifier.verifiesAt(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", body, java.time.Instant.ofEpochSecond(1614265330)));
        assertTrue(WebhookSignature.newSecret().matches("whsec_[A-Za-z0-9+/]{43}="));
    }
}
