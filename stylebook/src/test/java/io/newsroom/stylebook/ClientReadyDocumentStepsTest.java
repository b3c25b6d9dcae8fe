package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/**
 * Each step of {@link ClientReadyDocument} on a document built by hand, so a step that breaks fails here, in the
 * library, before any module's served document shows it.
 */
class ClientReadyDocumentStepsTest {

    private final ClientReadyDocument filter = new ClientReadyDocument() {
        @Override
        protected OptionalInt localPort() {
            return OptionalInt.of(8081);
        }
    };

    @Test
    void aRepeatableParameterOfUuidsHasItsItemsWrittenOutNotReferred() {
        var components = OASFactory.createComponents()
                .addSchema("UUID", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").maxLength(36))
                .addSchema("Kind", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("MEETING", "OTHER")))
                .addSchema("Claim", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("id", OASFactory.createSchema().ref("UUID")));
        Parameter ids = OASFactory.createParameter().name("eventId").in(Parameter.In.QUERY).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY).maxItems(200).items(OASFactory.createSchema().ref("#/components/schemas/UUID")));
        Parameter claims = OASFactory.createParameter().name("claim").in(Parameter.In.QUERY).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref("#/components/schemas/Claim")));

        Parameter kinds = OASFactory.createParameter().name("kind").in(Parameter.In.QUERY).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref("#/components/schemas/Kind")));
        ClientReadyDocument.scalarItemsInPlace(ids, components);
        ClientReadyDocument.scalarItemsInPlace(claims, components);
        ClientReadyDocument.scalarItemsInPlace(kinds, components);

        Schema items = ids.getSchema().getItems();
        assertNull(items.getRef());
        assertEquals(List.of(Schema.SchemaType.STRING), items.getType());
        assertEquals("uuid", items.getFormat());
        assertEquals(36, items.getMaxLength());
        assertEquals("#/components/schemas/Claim", claims.getSchema().getItems().getRef(), "an object stays referred to");
        assertEquals("#/components/schemas/Kind", kinds.getSchema().getItems().getRef(), "an enum stays referred to");
    }

    @Test
    void aDocumentWithoutServersNamesWhereBinRunServesIt() {
        OpenAPI document = OASFactory.createOpenAPI();
        filter.filterOpenAPI(document);
        assertEquals("http://localhost:8081", document.getServers().get(0).getUrl());
        assertEquals(true, document.getServers().get(0).getExtensions().get(ClientReadyDocument.INTERNAL));
    }

    @Test
    void aServerOnTheDevelopersMachineIsMarkedLocalAndInternal() {
        OpenAPI document = OASFactory.createOpenAPI()
                .addServer(OASFactory.createServer().url("http://localhost:8081"))
                .addServer(OASFactory.createServer().url("https://newsroom.example.com").description("Production"));
        filter.filterOpenAPI(document);
        assertEquals(true, document.getServers().get(0).getExtensions().get(ClientReadyDocument.INTERNAL));
        assertTrue(document.getServers().get(0).getDescription().startsWith("Local"));
        // Another server's audience is the newsroom's to declare: the linter keeps asking until it does.
        assertNull(document.getServers().get(1).getExtensions());
        assertEquals("Production", document.getServers().get(1).getDescription());
    }

    @Test
    void theBearerSchemeSaysHowTokensAreCheckedOnce() {
        OpenAPI document = documentWith(OASFactory.createOperation().description("Reads a story."));
        filter.filterOpenAPI(document);
        String description = bearer(document).getDescription();
        assertTrue(description.startsWith("An OpenID Connect access token. Tokens are JWTs checked as RFC8725"), description);
        filter.filterOpenAPI(document);
        assertEquals(description, bearer(document).getDescription(), "a second pass adds nothing");
    }

    @Test
    void rolesLeaveTheSchemesScopesForTheOperationsOwnWords() {
        Operation delete = OASFactory.createOperation().description("Deletes the story.")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of(Roles.ADMIN)));
        Operation create = OASFactory.createOperation().description("Creates a story.")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of(Roles.EDITOR)));
        OpenAPI document = documentWith(delete, create);
        filter.filterOpenAPI(document);

        assertEquals(Map.of("bearer", List.of()), delete.getSecurity().get(0).getSchemes(), "the token is still required");
        assertEquals(List.of(Roles.ADMIN), delete.getExtensions().get(ClientReadyDocument.ROLES));
        assertEquals("Deletes the story. Needs the admin role.", delete.getDescription());
        assertEquals(List.of(Roles.EDITOR), create.getExtensions().get(ClientReadyDocument.ROLES));
        assertEquals("Creates a story. Needs the editor role (admin includes it).", create.getDescription());
    }

    @Test
    void aRoleTheDescriptionAlreadyNamesIsNotNamedTwice() {
        Operation importing = OASFactory.createOperation().description("Imports a bundle. Needs the editor role; verdicts more.")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of(Roles.EDITOR)));
        filter.filterOpenAPI(documentWith(importing));
        assertEquals("Imports a bundle. Needs the editor role; verdicts more.", importing.getDescription());
    }

    @Test
    void whoIncludesARoleIsNamedFromTheRolesThemselves() {
        assertEquals("Needs the reader role (editor, fact-checker and admin include it).",
                ClientReadyDocument.needs(Set.of(Roles.READER)));
        assertEquals("Needs the fact-checker role (admin includes it).", ClientReadyDocument.needs(Set.of(Roles.FACT_CHECKER)));
    }

    @Test
    void anOperationWithoutARoleTakesATokenOrNone() {
        Operation read = OASFactory.createOperation().description("Reads a story.");
        filter.filterOpenAPI(documentWith(read));
        List<SecurityRequirement> security = read.getSecurity();
        assertEquals(2, security.size());
        assertTrue(security.get(0).getSchemes() == null || security.get(0).getSchemes().isEmpty(), "no token");
        assertEquals(Map.of("bearer", List.of()), security.get(1).getSchemes(), "or the bearer token");
        assertNull(read.getExtensions());
    }

    @Test
    void everyAnswerSaysWhichSitesMayReadIt() {
        APIResponse created = OASFactory.createAPIResponse().description("Created.");
        APIResponse shared = OASFactory.createAPIResponse().ref("#/components/responses/NotFound");
        Operation create = OASFactory.createOperation().description("Creates.")
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", created).addAPIResponse("404", shared));
        OpenAPI document = documentWith(create);
        document.getComponents().addResponse("NotFound", OASFactory.createAPIResponse().description("Not found."));
        filter.filterOpenAPI(document);

        Header component = document.getComponents().getHeaders().get(ClientReadyDocument.ALLOW_ORIGIN);
        assertTrue(component.getDescription().contains("NEWSROOM_CORS_ORIGINS"));
        assertEquals("#/components/headers/Access-Control-Allow-Origin",
                created.getHeaders().get(ClientReadyDocument.ALLOW_ORIGIN).getRef());
        assertEquals("#/components/headers/Access-Control-Allow-Origin", document.getComponents().getResponses()
                .get("NotFound").getHeaders().get(ClientReadyDocument.ALLOW_ORIGIN).getRef());
        assertNull(shared.getHeaders(), "a reference gets the header where it points");
    }

    @Test
    void theHeadersTheStylebookWritesHaveTheirShapes() {
        APIResponse created = OASFactory.createAPIResponse().description("Created.")
                .addHeader("ETag", stringHeader("Strong entity tag"))
                .addHeader(Idempotency.REPLAYED_HEADER, stringHeader("'true' on a replay"));
        APIResponse unavailable = OASFactory.createAPIResponse().description("Unavailable.")
                .addHeader("Retry-After", stringHeader(null));
        filter.filterOpenAPI(documentWith(OASFactory.createOperation().description("Creates.")
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", created).addAPIResponse("503", unavailable))));

        Schema etag = created.getHeaders().get("ETag").getSchema();
        assertEquals(EntityTags.MAX_TAG_LENGTH, etag.getMaxLength());
        for (String tag : List.of(EntityTags.of(Long.MAX_VALUE), "W/\"" + Long.MAX_VALUE + "." + Long.MAX_VALUE + "." + Long.MAX_VALUE + "\"")) {
            assertTrue(Pattern.compile(etag.getPattern()).matcher(tag).matches(), tag);
            assertTrue(tag.length() <= etag.getMaxLength(), tag);
        }
        assertEquals(List.of("true"), created.getHeaders().get(Idempotency.REPLAYED_HEADER).getSchema().getEnumeration());
        Schema retryAfter = unavailable.getHeaders().get("Retry-After").getSchema();
        assertEquals(List.of(Schema.SchemaType.INTEGER), retryAfter.getType());
        assertEquals(new BigDecimal(ProblemType.UNAVAILABLE.retryAfter()), retryAfter.getMaximum());
    }

    @Test
    void theUrlsOfLocationAndLinkHaveOneSchemaWhateverEachAnswerSaysOfThem() {
        APIResponse created = OASFactory.createAPIResponse().description("Created.").addHeader("Location", stringHeader("Its URL."));
        APIResponse moved = OASFactory.createAPIResponse().description("Merged.").addHeader("Location", stringHeader("Where it went."));
        APIResponse page = OASFactory.createAPIResponse().description("A page.").addHeader("Link", stringHeader("Next page."));
        OpenAPI document = documentWith(
                OASFactory.createOperation().description("a").responses(OASFactory.createAPIResponses().addAPIResponse("201", created)),
                OASFactory.createOperation().description("b").responses(OASFactory.createAPIResponses().addAPIResponse("308", moved)),
                OASFactory.createOperation().description("c").responses(OASFactory.createAPIResponses().addAPIResponse("200", page)));
        filter.filterOpenAPI(document);
        assertEquals("#/components/schemas/LocationHeader", created.getHeaders().get("Location").getSchema().getRef());
        assertEquals("#/components/schemas/LocationHeader", moved.getHeaders().get("Location").getSchema().getRef());
        assertEquals("Where it went.", moved.getHeaders().get("Location").getDescription());
        assertEquals("#/components/schemas/LinkHeader", page.getHeaders().get("Link").getSchema().getRef());
        assertEquals(List.of(Schema.SchemaType.STRING), document.getComponents().getSchemas().get("LocationHeader").getType());
        assertTrue(document.getComponents().getSchemas().containsKey("LinkHeader"));
    }

    @Test
    void theHeadersTheStylebookReadsSayTheirBounds() {
        Parameter key = filter.filterParameter(headerParameter(Idempotency.KEY_HEADER));
        assertEquals(1, key.getSchema().getMinLength());
        assertEquals(Idempotency.MAX_KEY_LENGTH, key.getSchema().getMaxLength());
        Pattern visible = Pattern.compile(key.getSchema().getPattern());
        assertTrue(visible.matcher(UUID.randomUUID().toString()).matches());
        assertFalse(visible.matcher("with space").matches(), "as Idempotency.key refuses it");
        assertEquals(EntityTags.MAX_CONDITION_LENGTH, filter.filterParameter(headerParameter("If-Match")).getSchema().getMaxLength());
        assertEquals(EntityTags.MAX_CONDITION_LENGTH, filter.filterParameter(headerParameter("If-None-Match")).getSchema().getMaxLength());
        assertNull(filter.filterParameter(headerParameter("Last-Event-ID")).getSchema().getMaxLength(), "its module says");
    }

    @Test
    void formatsThatFixALengthSayIt() {
        Schema uuid = filter.filterSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"));
        assertEquals(UUID.randomUUID().toString().length(), uuid.getMaxLength());
        Schema instant = filter.filterSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time"));
        String widest = "+999999999-12-31T23:59:59.999999999-18:00:00";
        OffsetDateTime.parse(widest);
        assertEquals(widest.length(), instant.getMaxLength());
        Schema own = filter.filterSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time").maxLength(20));
        assertEquals(20, own.getMaxLength(), "a length of its own stands");
        Schema reference = filter.filterSchema(OASFactory.createSchema().ref("#/components/schemas/UUID")
                .addType(Schema.SchemaType.STRING).format("uuid"));
        assertNull(reference.getType());
        assertNull(reference.getMaxLength(), "the referenced schema says it");
    }

    private static OpenAPI documentWith(Operation... operations) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        for (int i = 0; i < operations.length; i++) {
            document.getPaths().addPathItem("/api/things" + i, OASFactory.createPathItem().GET(operations[i]));
        }
        document.components(OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT").description("An OpenID Connect access token.")));
        return document;
    }

    private static SecurityScheme bearer(OpenAPI document) {
        return document.getComponents().getSecuritySchemes().get("bearer");
    }

    private static Header stringHeader(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Parameter headerParameter(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
