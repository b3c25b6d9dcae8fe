package io.newsroom.stylebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Shapes each module's OpenAPI document for the clients generated from it, where the scanner's own
 * output reads badly, and says once for every module what the scanner cannot know:
 * <ul>
 * <li>Path parameters come in the order of the path ({@code storyId} before {@code eventId} in
 * {@code /stories/{storyId}/events/{eventId}}), not alphabetically: a generated method takes them in
 * document order, and two ids of one type in the wrong order are easy to swap without a compiler
 * noticing.</li>
 * <li>A schema that is a reference carries no {@code type} or {@code format} of its own: the
 * referenced schema says what it is, and generators drop the sibling with a warning per field.</li>
 * <li>A JSON request body shows a whole example that the service accepts as it is, read from
 * {@code openapi-examples/<operationId>.json} in the module's resources. Without one, Swagger UI pieces an
 * example together from every field's own, which can hold fields that exclude each other (an event's
 * {@code when} and {@code relativeWhen}); each service's tests send every such file.</li>
 * <li>Who may call: the role an operation needs is its {@code x-roles} and a sentence of its description, not a
 * scope of the bearer scheme (scopes belong to OAuth flows, and a linter rightly refuses them on an HTTP scheme);
 * the requirement itself stays, so a generated client still sends the token. An operation without a role (a read)
 * takes a token or none: reads are public unless the newsroom makes them private, then they need the reader
 * role. The bearer scheme says how its tokens are checked (RFC 8725).</li>
 * <li>What every answer carries: {@code Access-Control-Allow-Origin} (the services answer browsers of other
 * sites), and the shapes of the headers the stylebook writes ({@code ETag}, {@code Idempotency-Replayed},
 * {@code Retry-After}) or reads ({@code Idempotency-Key}, {@code If-Match}, {@code If-None-Match}). The value
 * of a {@code Location} or {@code Link} header, a URL built from the request's own address, is one schema in
 * components ({@code LocationHeader}, {@code LinkHeader}), whatever each answer says of it.</li>
 * <li>Lengths a format fixes: a UUID is 36 characters, a date-time at most {@value #LONGEST_DATE_TIME}.</li>
 * <li>The server named is where {@code bin/run} serves the module on the developer's own machine, marked local
 * and internal.</li>
 * </ul>
 * Registered in each module's configuration as {@code mp.openapi.filter}.
 */
public class ClientReadyDocument implements OASFilter {

    /** Where a module keeps its request examples, one file per operation id. */
    public static final String EXAMPLES = "openapi-examples/";
    /** The extension naming the roles an operation needs (any one of them, or a role that includes it). */
    public static final String ROLES = "x-roles";
    /** The extension that tells a server's audience (OWASP API9: inventory). */
    public static final String INTERNAL = "x-internal";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /**
     * The longest date-time Java reads: a signed nine-digit year, nanoseconds and an offset with seconds,
     * {@code +999999999-12-31T23:59:59.999999999-18:00:00}.
     */
    public static final int LONGEST_DATE_TIME = 44;
    /** A UUID as text: 32 hexadecimal digits in five groups. */
    public static final int UUID_LENGTH = 36;
    /** What the bearer scheme's description adds: how the services check a token, as RFC 8725 asks. */
    static final String TOKEN_CHECKS = "Tokens are JWTs checked as RFC8725 (JSON Web Token Best Current Practices)"
            + " asks: only an asymmetric signature is accepted (RS, PS or ES algorithms, never 'none' or a shared"
            + " secret), made by a key of the provider's published key set (on a developer machine, the local key"
            + " bin/token signs with); expired tokens are refused, and so are tokens of another issuer than the"
            + " provider's. The audience is not checked: the gateway passes the caller's token on to the services."
            + " An operation that needs a role says so (x-roles); the others take a token or none, and need one with"
            + " the reader role when the newsroom makes reads private (NEWSROOM_PUBLIC_READ=false).";
    static final String ALLOW_ORIGIN_DESCRIPTION = "Sent to a browser's request from a page of another site that"
            + " NEWSROOM_CORS_ORIGINS allows (any site by default): that site's origin, or *.";
    private static final String JSON = "application/json";
    private static final String HEADERS = "#/components/headers/";
    private static final String SCHEMAS = "#/components/schemas/";
    /**
     * Headers whose value is a URL the service builds from the request's own address and ids, so as long as those were;
     * each answer keeps its own description of the header, and its schema is one, in components (in name order, so
     * the document is the same at every build).
     */
    private static final Map<String, String> URL_HEADERS = new TreeMap<>(Map.of(
            "Location", "An absolute URL of this service, built from the request's own address.",
            "Link", "<absolute URL of this service>; rel=\"next\", built from the request's own address."));
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    /** An entity tag as RFC 9110 writes it: optionally weak, then opaque characters in quotes. */
    static final String ENTITY_TAG = "^(W/)?\"[\\x21\\x23-\\x7e]*\"$";
    static final String VISIBLE_ASCII = "^[\\x21-\\x7e]+$";
    private static final ObjectMapper READER = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI document) {
        markLocalServers(document);
        String bearer = describeBearerScheme(document);
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
                PathItem item = path.getValue();
                item.setParameters(inPathOrder(path.getKey(), item.getParameters()));
                item.getOperations().values().forEach(operation -> {
                    operation.setParameters(inPathOrder(path.getKey(), operation.getParameters()));
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> scalarItemsInPlace(parameter, document.getComponents()));
                    }
                    exampleOf(operation).ifPresent(example -> operation.getRequestBody().getContent()
                            .getMediaType(JSON).setExample(example));
                    if (bearer != null) {
                        rolesBesideTheToken(operation, bearer);
                    }
                });
            }
        }
        shapeAnswerHeaders(document);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
            schema.setFormat(null);
        } else if (schema.getMaxLength() == null && isString(schema) && schema.getFormat() != null) {
            switch (schema.getFormat()) {
                case "uuid" -> schema.setMaxLength(UUID_LENGTH);
                case "date-time" -> schema.setMaxLength(LONGEST_DATE_TIME);
                default -> {
                }
            }
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.HEADER || parameter.getName() == null || parameter.getSchema() == null
                || !isString(parameter.getSchema())) {
            return parameter;
        }
        Schema schema = parameter.getSchema();
        if (parameter.getName().equalsIgnoreCase(Idempotency.KEY_HEADER)) {
            schema.setMinLength(1);
            schema.setMaxLength(Idempotency.MAX_KEY_LENGTH);
            schema.setPattern(VISIBLE_ASCII);
        } else if (parameter.getName().equalsIgnoreCase(EntityTags.IF_MATCH)
                || parameter.getName().equalsIgnoreCase(EntityTags.IF_NONE_MATCH)) {
            schema.setMaxLength(EntityTags.MAX_CONDITION_LENGTH);
        }
        return parameter;
    }

    /**
     * The server a document names by default is the one bin/run starts on this machine (the module's
     * {@code quarkus.http.port}): a generated client's default base URL, for the developer running it, not for the
     * newsroom's tools, so it is marked local and internal. A server configured otherwise ({@code mp.openapi.servers})
     * replaces it after this filter, and its audience is the newsroom's to declare.
     */
    private void markLocalServers(OpenAPI document) {
        if (document.getServers() == null || document.getServers().isEmpty()) {
            localPort().ifPresent(port -> document.addServer(OASFactory.createServer().url("http://localhost:" + port)));
        }
        if (document.getServers() == null) {
            return;
        }
        for (Server server : document.getServers()) {
            if (server.getUrl() == null || !LOCAL_HOSTS.contains(host(server.getUrl()))) {
                continue;
            }
            if (server.getExtensions() == null || !server.getExtensions().containsKey(INTERNAL)) {
                server.addExtension(INTERNAL, true);
            }
            if (server.getDescription() == null) {
                server.setDescription("Local: what bin/run serves on a developer machine. In production the API is"
                        + " served over HTTPS at the newsroom's own host, through its ingress.");
            }
        }
    }

    /** The port bin/run serves the module's API on. */
    protected OptionalInt localPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class)
                .map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** @return the name of the document's HTTP bearer scheme, now saying how its tokens are checked; null without one */
    private static String describeBearerScheme(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSecuritySchemes() == null) {
            return null;
        }
        for (Map.Entry<String, SecurityScheme> entry : document.getComponents().getSecuritySchemes().entrySet()) {
            SecurityScheme scheme = entry.getValue();
            if (scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())) {
                String description = scheme.getDescription();
                if (description == null || !description.contains("RFC8725")) {
                    scheme.setDescription(description == null || description.isBlank() ? TOKEN_CHECKS
                            : description.strip() + " " + TOKEN_CHECKS);
                }
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * The scanner lists an operation's roles as scopes of the bearer scheme; an HTTP scheme has no scopes, so they
     * move to {@code x-roles} and the description, and the requirement stays without them. An operation the scanner
     * gave no requirement at all takes the token optionally (an empty requirement beside it).
     */
    private static void rolesBesideTheToken(Operation operation, String bearer) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(bearer, List.of()))));
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : requirements) {
            if (requirement.getSchemes() != null && requirement.getSchemes().get(bearer) != null) {
                roles.addAll(requirement.getSchemes().get(bearer));
                requirement.addScheme(bearer, new ArrayList<>());
            }
        }
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension(ROLES, new ArrayList<>(roles));
        String needs = needs(roles);
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(needs);
        } else if (!description.contains("Needs the " + String.join(" or ", roles) + " role")) {
            operation.setDescription(description.strip() + " " + needs);
        }
    }

    /** "Needs the editor role (admin includes it)." */
    static String needs(Set<String> roles) {
        List<String> including = new ArrayList<>();
        for (String role : Roles.ALL) {
            if (!roles.contains(role) && Roles.withIncluded(List.of(role)).stream().anyMatch(roles::contains)) {
                including.add(role);
            }
        }
        String needs = "Needs the " + String.join(" or ", roles) + " role";
        return including.isEmpty() ? needs + "." : needs + " (" + listed(including)
                + (including.size() == 1 ? " includes " : " include ") + (roles.size() == 1 ? "it)." : "them).");
    }

    private static String listed(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void shapeAnswerHeaders(OpenAPI document) {
        List<APIResponse> answers = new ArrayList<>();
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    answers.addAll(operation.getResponses().getAPIResponses().values());
                }
            }));
        }
        if (document.getComponents() != null && document.getComponents().getResponses() != null) {
            answers.addAll(document.getComponents().getResponses().values());
        }
        answers.removeIf(answer -> answer.getRef() != null);
        if (answers.isEmpty()) {
            return;
        }
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        for (APIResponse answer : answers) {
            if (answer.getHeaders() != null) {
                answer.getHeaders().forEach(ClientReadyDocument::shapeHeader);
            }
        }
        for (Map.Entry<String, String> url : URL_HEADERS.entrySet()) {
            if (referToUrlSchema(url.getKey(), answers)) {
                components.addSchema(url.getKey() + "Header", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description(url.getValue()));
            }
        }
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader().description(ALLOW_ORIGIN_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        for (APIResponse answer : answers) {
            answer.addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref(HEADERS + ALLOW_ORIGIN));
        }
    }

    private static void shapeHeader(String name, Header header) {
        if (header.getRef() != null) {
            return;
        }
        if (name.equalsIgnoreCase("ETag") && header.getSchema() != null && isString(header.getSchema())) {
            header.getSchema().setPattern(ENTITY_TAG);
            header.getSchema().setMaxLength(EntityTags.MAX_TAG_LENGTH);
        } else if (name.equalsIgnoreCase(Idempotency.REPLAYED_HEADER)) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true"));
        } else if (name.equalsIgnoreCase("Retry-After")) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(longestRetryAfter())));
            if (header.getDescription() == null) {
                header.setDescription("Seconds to wait before trying again.");
            }
        }
    }

    private static int longestRetryAfter() {
        return Arrays.stream(ProblemType.values()).map(ProblemType::retryAfter).filter(Objects::nonNull)
                .mapToInt(Integer::parseInt).max().orElse(1);
    }

    /** @return whether any answer had the header, now referring to the one schema of its value */
    private static boolean referToUrlSchema(String name, List<APIResponse> answers) {
        boolean any = false;
        for (APIResponse answer : answers) {
            Header header = answer.getHeaders() == null ? null : answer.getHeaders().get(name);
            if (header != null && header.getRef() == null && (header.getSchema() == null || isString(header.getSchema()))) {
                header.setSchema(OASFactory.createSchema().ref(SCHEMAS + name + "Header"));
                any = true;
            }
        }
        return any;
    }

    /**
     * A repeatable parameter whose items refer to a plain scalar schema (the UUID one) gets that scalar written out in
     * place: typescript-fetch looks for a model behind an array parameter's reference, finds none and warns. An enum
     * stays referred to, as generated clients make a type of it.
     */
    static void scalarItemsInPlace(Parameter parameter, Components components) {
        Schema items = parameter.getSchema() == null ? null : parameter.getSchema().getItems();
        if (items == null || items.getRef() == null || !items.getRef().startsWith(SCHEMAS) || components == null
                || components.getSchemas() == null) {
            return;
        }
        Schema scalar = components.getSchemas().get(items.getRef().substring(SCHEMAS.length()));
        if (scalar == null || scalar.getProperties() != null || scalar.getEnumeration() != null || scalar.getType() == null
                || scalar.getType().contains(Schema.SchemaType.OBJECT) || scalar.getType().contains(Schema.SchemaType.ARRAY)) {
            return;
        }
        parameter.getSchema().setItems(OASFactory.createSchema().type(scalar.getType()).format(scalar.getFormat())
                .pattern(scalar.getPattern()).minLength(scalar.getMinLength()).maxLength(scalar.getMaxLength()));
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static Optional<Object> exampleOf(Operation operation) {
        if (operation.getOperationId() == null || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaType(JSON) == null) {
            return Optional.empty();
        }
        String file = EXAMPLES + operation.getOperationId() + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            return in == null ? Optional.empty() : Optional.of(READER.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the request example " + file + " is not JSON", e);
        }
    }

    /** Path parameters by where they stand in the template, then the others as they were. */
    static List<Parameter> inPathOrder(String template, List<Parameter> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return parameters;
        }
        List<Parameter> ordered = new ArrayList<>(parameters);
        ordered.sort(Comparator.comparingInt(parameter -> position(template, parameter)));
        return ordered;
    }

    private static int position(String template, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH || parameter.getName() == null) {
            return Integer.MAX_VALUE;
        }
        int at = template.indexOf("{" + parameter.getName() + "}");
        return at < 0 ? Integer.MAX_VALUE - 1 : at;
    }
}
