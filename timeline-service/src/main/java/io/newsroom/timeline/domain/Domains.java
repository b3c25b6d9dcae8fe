package io.newsroom.timeline.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Outlet domains: stored lower-case without "www.", matched from an article's host upwards. */
public final class Domains {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");

    private Domains() {
    }

    public static String normalise(String domain) {
        String d = domain.trim().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    public static boolean isValid(String normalised) {
        return DOMAIN.matcher(normalised).matches();
    }

    /**
     * The host and its parent domains with at least two labels, most specific first, so that
     * edition.cnn.com finds the outlet registered as cnn.com.
     */
    public static List<String> candidates(String host) {
        List<String> out = new ArrayList<>();
        String d = normalise(host);
        while (d.indexOf('.') > 0) {
            out.add(d);
            d = d.substring(d.indexOf('.') + 1);
        }
        return out;
    }
}
