package io.newsroom.gateway.service;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Where a webhook may be sent. A subscription makes the gateway send requests from inside the newsroom's network,
 * so a URL whose host resolves to a private, loopback, link-local or otherwise non-public address would let anyone
 * with the admin role reach what only the gateway can (SSRF). Such hosts are refused unless the allow-list names
 * them; and as a name can resolve to another address later (DNS rebinding), every delivery resolves it again,
 * checks the addresses and connects to the address it checked.
 */
@ApplicationScoped
public class TargetAddresses {

    static final int MAX_URL_LENGTH = 2000;

    private final Set<String> allowedHosts;

    @Inject
    public TargetAddresses(WebhookConfig config) {
        this(config.allowedHosts().orElse(List.of()));
    }

    TargetAddresses(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @return the URL as a URI; 422 naming {@code url} when it is not an absolute http(s) URL a webhook can go to */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalid("url", "is required: the receiver's http or https URL");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw ProblemException.invalid("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.invalid("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.invalid("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.invalid("url", "must not carry credentials; the signature is what proves a delivery");
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "must not have a fragment, which is never sent");
        }
        return uri;
    }

    /**
     * @return the addresses the URL's host resolves to now, when a webhook may go to them; fails with a
     *         {@link RefusedTarget} when the host does not resolve or resolves to a non-public address it may not
     */
    public Uni<List<InetAddress>> resolve(URI target) {
        String host = hostOf(target);
        return Uni.createFrom().item(() -> addresses(host)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** {@link #resolve} for a new subscription: a refusal is 400 naming {@code url}. */
    public Uni<List<InetAddress>> check(URI target) {
        return resolve(target).onFailure(RefusedTarget.class)
                .transform(refused -> ProblemException.badParameter("url", refused.getMessage()));
    }

    private List<InetAddress> addresses(String host) {
        List<InetAddress> found;
        try {
            found = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new RefusedTarget("its host '" + host + "' does not resolve");
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return found;
        }
        for (InetAddress address : found) {
            if (!isPublic(address)) {
                throw new RefusedTarget("its host '" + host + "' resolves to " + address.getHostAddress() + ", a private, "
                        + "loopback, link-local or otherwise non-public address; only hosts the gateway's allow-list names "
                        + "may be such");
            }
        }
        return found;
    }

    /** The host as written in the URL, IPv6 literals without their brackets. */
    static String hostOf(URI target) {
        String host = target.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether an address is on the public internet: none of the special-purpose ranges of RFC 6890 and its successors. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // fc00::/7 unique local
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // 2001:db8::/32 documentation
        }
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (mapped || compatible || nat64) {
            // An IPv4 address carried in IPv6 (::ffff:10.0.0.1, 64:ff9b::7f00:1) is judged as that address.
            return isPublicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
        }
        return true;
    }

    private static boolean isPublicV4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast and reserved
                || (a == 100 && (b & 0xc0) == 64) // 100.64.0.0/10 shared (carrier-grade NAT)
                || (a == 169 && b == 254) // link-local, cloud metadata
                || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168) // private
                || (a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, documentation
                || (a == 198 && (b == 18 || b == 19)) // benchmarking
                || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113)); // documentation
    }

    /** A host a webhook may not be sent to; the message says why, in terms an admin can act on. */
    public static final class RefusedTarget extends RuntimeException {
        RefusedTarget(String reason) {
            super(reason, null, false, false);
        }
    }
}
