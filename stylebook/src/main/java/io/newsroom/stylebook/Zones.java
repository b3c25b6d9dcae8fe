package io.newsroom.stylebook;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The zone of an anchor: an IANA region id ("Europe/Kyiv", which knows its summer time) or a
 * fixed offset as news sites print it ("+06:00", "Z"), since a page often carries only that.
 */
public final class Zones {

    public static final String FORMS = "an IANA time zone id such as Europe/Kyiv, or an offset such as +06:00 or Z";
    private static final Pattern OFFSET = Pattern.compile("Z|[+-]\\d{2}:\\d{2}");

    private Zones() {
    }

    /** @throws IllegalArgumentException naming the accepted forms */
    public static ZoneId parse(String zone) {
        if (zone == null || zone.isBlank()) {
            throw new IllegalArgumentException("a time zone is required: " + FORMS);
        }
        String value = zone.strip();
        try {
            if (OFFSET.matcher(value).matches()) {
                return ZoneOffset.of(value);
            }
            if (ZoneId.getAvailableZoneIds().contains(value)) {
                return ZoneId.of(value);
            }
        } catch (DateTimeException e) {
            // an offset beyond +-18:00 falls through to the refusal below
        }
        throw new IllegalArgumentException("'" + value + "' is not " + FORMS);
    }
}
