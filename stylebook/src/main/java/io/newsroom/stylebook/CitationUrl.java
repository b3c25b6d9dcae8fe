package io.newsroom.stylebook;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one URL normalisation of the system, so the same article is recognised wherever it is
 * cited: a claim's appearance matches the coverage article it quotes, and a correction finds
 * everything that cites an article.
 *
 * <p>crawler-commons' {@link BasicURLNormalizer} does what crawlers agree on: scheme and host
 * lower-case, internationalised hosts in punycode, default port, user name and password, fragment
 * and dot segments dropped, an empty path written {@code /}, needless percent-escapes decoded. On
 * top of it, the query keeps only what names the article: tracking parameters ({@code utm_*},
 * click ids, {@code smid}, ...) are dropped, case-insensitively, and the rest sorted by name so
 * two share links of one article are one URL. A trailing slash on a longer path is kept, since
 * servers may tell {@code /a} from {@code /a/}.
 */
public final class CitationUrl {

    public static final int MAX_LENGTH = 2048;

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "igsh", "si", "ref", "ref_src",
            "ref_url", "cmpid", "ocid", "smid", "smtyp", "sr_share", "spm", "share", "at_medium", "at_campaign");
    private static final Pattern AUTHORITY = Pattern.compile("([^@]*@)?([^:@]+)(:\\d*)?");
    private static final String TRACKING_PREFIX = "utm_";
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
            .idnNormalization(BasicURLNormalizer.IdnNormalization.PUNYCODE).build();

    private CitationUrl() {
    }

    /** @throws IllegalArgumentException with a message for a person when the text is no absolute http(s) URL */
    public static String normalise(String url) {
        URI uri = parse(url);
        // The query is left out of the normaliser's input: when 1.4 decodes an escape in the path it
        // rewrites the query's first '=' as '?', so the query is handled here.
        String base = NORMALIZER.filter(uri.getScheme() + "://" + uri.getRawAuthority()
                + (uri.getRawPath() == null ? "" : uri.getRawPath()));
        if (base == null) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL");
        }
        String query = keptQuery(uri.getRawQuery());
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** The host an outlet is matched by: lower-case, punycode, without a leading "www.". */
    public static String host(String url) {
        String normalised = normalise(url);
        return domain(URI.create(normalised).getHost());
    }

    /** An outlet's domain as given ("WWW.Reuters.com.") the way outlets are matched by it ("reuters.com"). */
    public static String domain(String host) {
        String value = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        return value.startsWith("www.") ? value.substring(4) : value;
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
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL");
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiHost(uri, url);
        }
        // Non-ASCII letters in path and query are written as UTF-8 escapes, the form a browser sends.
        uri = URI.create(uri.toASCIIString());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http or https URL with a host");
        }
        return uri;
    }

    /** java.net.URI reads no host from an internationalised name (пример.рф); its punycode it reads. */
    private static URI withAsciiHost(URI uri, String url) {
        Matcher m = AUTHORITY.matcher(uri.getRawAuthority());
        if (!m.matches()) {
            return uri;
        }
        try {
            String authority = (m.group(1) == null ? "" : m.group(1)) + IDN.toASCII(m.group(2))
                    + (m.group(3) == null ? "" : m.group(3));
            return new URI(uri.getScheme() + "://" + authority + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL");
        }
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty() && !tracking(pair.split("=", 2)[0]))
                .sorted(Comparator.comparing((String pair) -> pair.split("=", 2)[0]))
                .toList();
        return String.join("&", kept);
    }

    private static boolean tracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(TRACKING_PREFIX) || TRACKING.contains(lower);
    }
}
