package io.newsroom.gateway.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The service whose change feed a change comes from, named as the gateway names the services everywhere. */
@Schema(name = "ChangeSource", type = SchemaType.STRING, description = "A service of the newsroom by the name the gateway "
        + "gives it: the one whose feed a change comes from, or one whose part of an answer is missing or stale",
        enumeration = { "timeline-service", "claims-service" })
public enum ChangeSource {
    TIMELINE("timeline-service"),
    CLAIMS("claims-service");

    private final String service;

    ChangeSource(String service) {
        this.service = service;
    }

    @JsonValue
    public String service() {
        return service;
    }

    public static ChangeSource of(String service) {
        for (ChangeSource source : values()) {
            if (source.service.equals(service)) {
                return source;
            }
        }
        throw new IllegalArgumentException("No change feed is called " + service);
    }
}
