package io.newsroom.timeline.service;

import io.newsroom.timeline.api.FieldError;
import io.newsroom.timeline.api.RelativeDate;
import io.newsroom.timeline.api.ResolvedDate;
import io.newsroom.timeline.domain.Edtf;
import io.newsroom.timeline.domain.RelativeDates;
import io.newsroom.timeline.domain.UnresolvablePhraseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Resolves relative phrases; no state, so nothing to store and no transaction. */
@ApplicationScoped
public class RelativeDateService {

    /** @param field where the phrase sits in the request, for the problem's field path */
    public Edtf resolve(RelativeDate relative, String field) {
        var zone = Zones.require(relative.anchor().zone(), field + "anchor.zone");
        try {
            return Edtf.parse(RelativeDates.resolve(relative.phrase(), relative.anchor().publishedAt().atZone(zone)));
        } catch (UnresolvablePhraseException e) {
            throw new ProblemException(422, "unresolvable-phrase", "The relative date cannot be resolved",
                    e.getMessage(), List.of(new FieldError(field + "phrase", e.getMessage())));
        }
    }

    public ResolvedDate resolve(RelativeDate relative) {
        Edtf date = resolve(relative, "");
        return new ResolvedDate(date.text(), date.precision(), date.earliest(), date.latest(),
                relative.phrase(), relative.anchor());
    }
}
