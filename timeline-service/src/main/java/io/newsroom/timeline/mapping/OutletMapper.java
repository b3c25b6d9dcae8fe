package io.newsroom.timeline.mapping;

import io.newsroom.timeline.api.Outlet;
import io.newsroom.timeline.api.OutletInput;
import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.Factuality;
import io.newsroom.timeline.domain.OutletEntity;

public final class OutletMapper {

    private OutletMapper() {
    }

    public static Outlet toApi(OutletEntity outlet) {
        return new Outlet(outlet.id, outlet.name, outlet.domain, outlet.bias, outlet.biasRatedBy, outlet.biasRatedAt,
                outlet.factuality, outlet.createdAt, outlet.updatedAt);
    }

    /** The row an outlet was kept as in a revision; its version is the caller's to set. */
    public static OutletEntity fromApi(Outlet kept) {
        OutletEntity outlet = new OutletEntity();
        outlet.id = kept.id();
        outlet.name = kept.name();
        outlet.domain = kept.domain();
        outlet.bias = kept.bias();
        outlet.biasRatedBy = kept.biasRatedBy();
        outlet.biasRatedAt = kept.biasRatedAt();
        outlet.factuality = kept.factuality();
        outlet.createdAt = kept.createdAt();
        outlet.updatedAt = kept.updatedAt();
        return outlet;
    }

    /** Copies the editable fields; the domain must already be normalised. */
    public static void apply(OutletInput input, String domain, OutletEntity outlet) {
        outlet.name = input.name().strip();
        outlet.domain = domain;
        outlet.bias = input.bias() == null ? Bias.UNRATED : input.bias();
        outlet.biasRatedBy = input.biasRatedBy();
        outlet.biasRatedAt = input.biasRatedAt();
        outlet.factuality = input.factuality() == null ? Factuality.UNRATED : input.factuality();
    }
}
