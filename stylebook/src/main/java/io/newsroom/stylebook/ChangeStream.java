package io.newsroom.stylebook;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;

/**
 * A change feed as Server-Sent Events: each change as {@code id: <position>}, {@code event: <type>},
 * {@code data: <the change as JSON>}, so a browser's EventSource resumes from the last id by itself; and a
 * comment line now and then while nothing changes, so proxies and load balancers keep an idle stream open.
 */
public final class ChangeStream {

    private ChangeStream() {
    }

    public static Multi<OutboundSseEvent> events(Multi<Change> changes, Sse sse, Duration heartbeat) {
        Multi<OutboundSseEvent> entries = changes.map(change -> sse.newEventBuilder()
                .id(change.id())
                .name(change.type())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(Change.class, change)
                .build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        // The first comment answers at once, so a client knows it is connected before the first change comes.
        OutboundSseEvent connected = sse.newEventBuilder().comment("connected").build();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(connected),
                Multi.createBy().merging().streams(entries, heartbeats));
    }
}
