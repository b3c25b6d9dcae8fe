package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.util.List;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Location;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Verdict;

/** Small story parts for the pure mapping tests. */
final class Fixtures {

    private Fixtures() {
    }

    static EdtfDate date(String edtf, String earliest, String latest) {
        return new EdtfDate(edtf, null, Instant.parse(earliest), Instant.parse(latest), edtf.contains("~"), edtf.contains("?"));
    }

    static Event event(String id, String title, EventKind kind, EventStatus status, EdtfDate when) {
        return Event.builder().id(id).title(title).description("About " + title).kind(kind).when(when)
                .location(new Location("Geneva", 46.2, 6.1)).status(status)
                .citations(List.of(new Citation("https://news.example/a", "News Example", "A headline",
                        Instant.parse("2025-11-28T08:00:00Z"), null)))
                .updatedAt(Instant.parse("2025-11-28T09:00:00Z"))
                .build();
    }

    static Actor actor(String id, String name, ActorKind kind) {
        return new Actor(id, name, kind, null, null, "Q7747", List.of(), List.of());
    }

    static Claim claim(String id, String proposition, String claimantId, ClaimStatus status, List<Stance> stances, Verdict verdict) {
        return new Claim(id, proposition, claimantId, date("2025-11-27", "2025-11-27T00:00:00Z", "2025-11-27T23:59:59.999Z"),
                null, List.of(), List.of(
                        new Citation("https://late.example/b", "Late Outlet", "Later", Instant.parse("2025-11-29T10:00:00Z"), "q2"),
                        new Citation("https://early.example/a", "Early Outlet", "Earlier", Instant.parse("2025-11-27T18:00:00Z"), "q1")),
                status, stances, verdict, Instant.parse("2025-11-28T09:00:00Z"));
    }
}
