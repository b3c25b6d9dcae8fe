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
