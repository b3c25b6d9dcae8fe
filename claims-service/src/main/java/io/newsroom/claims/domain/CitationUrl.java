package io.newsroom.claims.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises an article URL so that the same article matches across services and outlets'
 * share links: scheme and host lower-case, default port, fragment and tracking parameters
 * dropped. The path, including a trailing slash, is kept as given because servers may
 * distinguish it.
 */
public final class CitationUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "ref", "ref_src", "igshid", "yclid", "_ga", "spm");

    private CitationUrl() {
    }

    /** @throws IllegalArgumentException when the text is not an absolute http(s) URL */
    public static String normalise(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("must name a host");
        }
        StringBuilder url = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(uri.getRawUserInfo()).append('@');
        }
        url.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        if (!defaultPort) {
            url.append(':').append(port);
        }
        String path = uri.getRawPath();
        url.append(path == null || path.isEmpty() ? "/" : path);
        String query = uri.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String parameter : query.split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                    kept.add(parameter);
                }
            }
            if (!kept.isEmpty()) {
                url.append('?').append(String.join("&", kept));
            }
        }
        return url.toString();
    }
}
