package io.newsroom.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.gateway.security.Caller;
import io.newsroom.gateway.service.WebhookService;
import io.newsroom.gateway.view.NewWebhook;
import io.newsroom.gateway.view.Webhook;
import io.newsroom.gateway.view.WebhookDeliveries;
import io.newsroom.gateway.view.WebhookDelivery;
import io.newsroom.gateway.view.Webhooks;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Webhook subscriptions: a newsroom tool is told of a story's changes as they happen instead of polling. Every
 * delivery is signed per the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature), so
 * a receiver verifies it with any of that specification's libraries. Admins only, reads included: a subscription
 * names where the newsroom's changes go.
 */
@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "Subscribe receivers to a story's changes (or all), signed per Standard Webhooks, with retries and a delivery log")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private static final String ADMIN_ONLY_401 = "No bearer token, or one that is not valid (unauthenticated)";
    private static final String ADMIN_ONLY_403 = "The token's roles do not include admin (forbidden)";
    private static final String NOT_FOUND = "No subscription of this id (not-found)";

    private final WebhookService webhooks;
    private final Caller caller;

    public WebhookResource(WebhookService webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to a story's changes, or to every story's",
            description = "From now on, every change of the story (or of all, outlets and actors included) of the given "
                    + "types (or all) recorded by the timeline-service or the claims-service is POSTed to the URL as "
                    + "{\"type\", \"timestamp\", \"data\": Change}, with the headers webhook-id (the delivery's id, the same "
                    + "on every retry), webhook-timestamp (seconds) and webhook-signature (v1,<base64 HMAC-SHA256 of "
                    + "id.timestamp.body keyed with the secret's bytes>). A 2xx answer delivers it; anything else is retried "
                    + "with exponential backoff for the retry period (24 hours by default), then given up and the "
                    + "subscription marked failing. The answer carries the signing secret, shown this once. A URL whose "
                    + "host resolves to a private, loopback, link-local or otherwise non-public address is refused unless "
                    + "the gateway's allow-list names the host; it is checked again at every delivery.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewWebhook.class)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location is the subscription, the body carries its secret",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON of this shape (bad-request, unknown-field), or the "
            + "URL's host does not resolve or resolves to a non-public address the allow-list does not name (bad-request naming url)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule broken (validation, naming each field): no url or not an http(s) "
            + "URL, with credentials or a fragment, over 2,000 characters; neither or both of storyId and allStories; a type "
            + "that is not a change type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The gateway's database could not be reached; nothing was subscribed",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> createWebhook(NewWebhook webhook, @Context UriInfo uri) {
        return webhooks.subscribe(webhook, caller.editor().subject()).map(created -> Response
                .created(uri.getBaseUriBuilder().path("api/webhooks/{id}").build(created.id())).entity(created).build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhooks", summary = "List the subscriptions, oldest first",
            description = "Secrets are never listed. Page on with 'nextCursor' as 'after'.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.class)))
    @APIResponse(responseCode = "400", description = "'after' is not a cursor of this list, or an unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "'limit' outside 1 to 200",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Webhooks> listWebhooks(
            @Parameter(description = "The nextCursor of the previous page, unchanged", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = "Subscriptions per page, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") Integer limit) {
        return webhooks.page(after, Pages.limit(limit));
    }

    @GET
    @Path("/{webhookId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWebhook", summary = "Get a subscription", description = "Its secret is not shown again.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Webhook> getWebhook(@Parameter(description = "Id of the subscription", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("webhookId") String webhookId) {
        return webhooks.find(webhookId).map(found -> found(found, webhookId));
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe a receiver",
            description = "Nothing more is sent to it, and its delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> deleteWebhook(@Parameter(description = "Id of the subscription", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("webhookId") String webhookId) {
        return webhooks.delete(webhookId).map(deleted -> {
            if (!deleted) {
                throw notFound(webhookId);
            }
            return Response.noContent().build();
        });
    }

    @POST
    @Path("/{webhookId}/pause")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pauseWebhook", summary = "Pause a subscription",
            description = "While paused no delivery is made for new changes and none due is sent; deliveries already made "
                    + "are sent after resuming, while their retry period lasts.")
    @APIResponse(responseCode = "200", description = "The subscription, PAUSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Webhook> pauseWebhook(@Parameter(description = "Id of the subscription", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("webhookId") String webhookId) {
        return webhooks.paused(webhookId, true).map(found -> found(found, webhookId));
    }

    @POST
    @Path("/{webhookId}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resumeWebhook", summary = "Resume a subscription",
            description = "Deliveries are made and sent again, and the subscription is no longer marked failing.")
    @APIResponse(responseCode = "200", description = "The subscription, ACTIVE and not failing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Webhook> resumeWebhook(@Parameter(description = "Id of the subscription", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("webhookId") String webhookId) {
        return webhooks.paused(webhookId, false).map(found -> found(found, webhookId));
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription, newest first",
            description = "Each delivery with its state, every attempt (when, the receiver's status or why it could not be "
                    + "reached, how long it took) and when the next attempt is due. Page on with 'nextCursor' as 'after'.")
    @APIResponse(responseCode = "200", description = "One page of the log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveries.class)))
    @APIResponse(responseCode = "400", description = "'after' is not a cursor of this list, or an unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "'limit' outside 1 to 200",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WebhookDeliveries> listWebhookDeliveries(
            @Parameter(description = "Id of the subscription", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("webhookId") String webhookId,
            @Parameter(description = "The nextCursor of the previous page, unchanged", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = "Deliveries per page, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") Integer limit) {
        return webhooks.deliveries(webhookId, after, Pages.limit(limit)).map(found -> found(found, webhookId));
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/redeliver")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "The delivery, delivered or given up, is due again at once with the same webhook-id and body (a "
                    + "receiver that keeps the ids it took drops it as a duplicate), retried for another retry period. One "
                    + "still pending is made due now.")
    @APIResponse(responseCode = "202", description = "The delivery, PENDING and due",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDelivery.class)))
    @APIResponse(responseCode = "401", description = ADMIN_ONLY_401,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY_403,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription, or it has no such delivery (not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> redeliverWebhook(
            @Parameter(description = "Id of the subscription", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("webhookId") String webhookId,
            @Parameter(description = "Id of the delivery (its webhook-id)", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("deliveryId") String deliveryId) {
        return webhooks.redeliver(webhookId, deliveryId).map(delivery -> {
            if (delivery == null) {
                throw ProblemException.notFound("The subscription '" + webhookId + "' has no delivery '" + deliveryId + "'");
            }
            return Response.accepted(delivery).build();
        });
    }

    private static <T> T found(T found, String webhookId) {
        if (found == null) {
            throw notFound(webhookId);
        }
        return found;
    }

    private static ProblemException notFound(String webhookId) {
        return ProblemException.notFound("There is no webhook subscription '" + webhookId + "'");
    }
}
