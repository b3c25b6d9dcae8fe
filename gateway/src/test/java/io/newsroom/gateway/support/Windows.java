package io.newsroom.gateway.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.newsroom.gateway.domain.TimelineWindow;

/**
 * A whole story (as the tests hold it) seen as one window, computed the way the services count: the tests of the
 * view and the page keep their stories and need not restate every count.
 */
public final class Windows {

    private Windows() {
    }

    public static TimelineWindow of(TimelineSnapshot t) {
        Map<String, Outlet> outlets = new LinkedHashMap<>();
        t.outlets().forEach(o -> outlets.put(o.id(), o));
        Map<Bias, int[]> byBias = new EnumMap<>(Bias.class);
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        for (Article a : t.articles()) {
            Outlet o = a.outletId() == null ? null : outlets.get(a.outletId());
            Bias bias = o == null || o.bias() == null ? Bias.UNRATED : o.bias();
            byBias.computeIfAbsent(bias, k -> new int[2])[1]++;
            if (o != null && perOutlet.merge(o.id(), 1, Integer::sum) == 1) {
                byBias.get(bias)[0]++;
            }
        }
        List<TimelineWindow.BiasCount> biasCounts = Arrays.stream(Bias.values())
                .map(b -> new TimelineWindow.BiasCount(b, byBias.getOrDefault(b, new int[2])[0], byBias.getOrDefault(b, new int[2])[1]))
                .toList();
        List<TimelineWindow.OutletCount> outletCounts = perOutlet.entrySet().stream()
                .map(e -> {
                    Outlet o = outlets.get(e.getKey());
                    return new TimelineWindow.OutletCount(o.id(), o.name(), o.domain(), o.bias(), e.getValue());
                })
                .toList();
        return new TimelineWindow(t.story(), new TimelineWindow.CoverageSummary(t.articles().size(), perOutlet.size(),
                biasCounts, outletCounts), t.events(), null,
                new TimelineWindow.Counts(t.events().size(), t.articles().size(), perOutlet.size(), t.relations().size()),
                t.relations());
    }

    public static ClaimsWindow of(ClaimsSnapshot c) {
        Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
        int stances = 0;
        for (Claim claim : c.claims()) {
            if (claim.status() != null) {
                byStatus.merge(claim.status(), 1, Integer::sum);
            }
            stances += claim.stances() == null ? 0 : claim.stances().size();
        }
        List<Claim> disputed = c.claims().stream().filter(x -> x.status() != null && x.status().disputed()).toList();
        long actors = c.claims().stream()
                .flatMap(x -> Stream.concat(Stream.of(x.claimantId()),
                        (x.stances() == null ? List.<io.newsroom.gateway.domain.Stance>of() : x.stances()).stream().map(s -> s.actorId())))
                .filter(Objects::nonNull).distinct().count();
        return new ClaimsWindow(c.claims(), disputed, new ArrayList<Actor>(c.actors()),
                new ClaimsWindow.Counts(c.claims().size(), (int) actors, stances, byStatus));
    }
}
