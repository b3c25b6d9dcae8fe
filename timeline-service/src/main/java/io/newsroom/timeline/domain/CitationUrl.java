package io.newsroom.timeline.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one URL normalisation of the system (claims-service applies the same rules), so that the
 * same article is recognised wherever it is cited: scheme and host lower-case, default port,
 * fragment and tracking parameters dropped, path (including a trailing slash) kept as given.
 */
public final class CitationUrl {

    public static final int MAX_LENGTH = 2048;

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "igshid", "_ga", "_gl", "cmpid", "ocid", "smid");

    private CitationUrl() {
    }

    /** @throws IllegalArgumentException with a readable message when the text is no absolute http(s) URL */
    public static String normalise(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        if (uri.getRawPath() != null) {
            out.append(uri.getRawPath());
        }
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The host an outlet is matched by: lower-case, without a leading "www.". */
    public static String outletHost(String url) {
        return Domains.normalise(parse(url).getHost());
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a URL is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a URL has at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http or https URL");
        }
        return uri;
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
