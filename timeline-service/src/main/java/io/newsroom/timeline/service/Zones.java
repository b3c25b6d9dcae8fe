package io.newsroom.timeline.service;

import java.time.ZoneId;

/** Only region ids of the IANA database ("Europe/Kyiv"), not bare offsets: a zone knows its summer time. */
final class Zones {

    private Zones() {
    }

    static ZoneId require(String zone, String field) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw ProblemException.invalid(field, "'" + zone + "' is not an IANA time zone id like Europe/Kyiv");
        }
        return ZoneId.of(zone);
    }
}
