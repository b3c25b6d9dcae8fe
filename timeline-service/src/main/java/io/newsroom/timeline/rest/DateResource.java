package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.RelativeDate;
import io.newsroom.timeline.api.ResolvedDate;
import io.newsroom.timeline.service.RelativeDateService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/dates")
@Tag(name = "Dates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DateResource {

    private final RelativeDateService relativeDates;

    public DateResource(RelativeDateService relativeDates) {
        this.relativeDates = relativeDates;
    }

    @POST
    @Path("/resolve")
    @Operation(operationId = "resolveDate", summary = "Resolve a relative date phrase",
            description = "Reads the phrase in the anchor's zone and answers the EDTF date it stands for. Nothing is"
                    + " stored. A phrase that is not understood is 422 naming it; the service never guesses.")
    @APIResponse(responseCode = "200", description = "The resolved date.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResolvedDate.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<ResolvedDate> resolveDate(@Valid RelativeDate request) {
        return relativeDates.resolve(RequestParams.body(request));
    }
}
