package io.newsroom.stylebook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Holds a real answer to the schema the module's served OpenAPI document gives for its operation and status: every
 * property the schema requires is there (at every depth), a null stands only where the schema allows null, a value has
 * the type its schema names and one of its enum's values, and no property is sent that the schema does not declare.
 * A generated client trusts exactly these: a required field it types as always there, an enum it types as those values.
 * Tests call it on the answers they already get from the service on its real database.
 */
public final class DocumentedAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MEDIA_TYPE_PARAMETERS = Pattern.compile(";.*");
    /** How much of a failing answer a failure shows: enough to see where, not a whole story. */
    private static final int ANSWER_SHOWN = 2000;
    private static JsonNode document;

    private DocumentedAnswers() {
    }

    /** Fails, naming each place, where the answer to the operation breaks the schema its document gives the status. */
    public static void assertConforms(String operationId, Response answer) {
        JsonNode document = servedDocument();
        JsonNode schema = schemaOf(document, operationId, answer.statusCode(), answer.contentType());
        JsonNode body;
        try {
            body = JSON.readTree(answer.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError(operationId + " " + answer.statusCode() + " did not answer JSON: " + answer.asString(), e);
        }
        List<String> problems = problems(document, schema, body);
        if (!problems.isEmpty()) {
            String sent = answer.asString();
            fail(operationId + " " + answer.statusCode() + " breaks the schema its OpenAPI document declares:\n  "
                    + String.join("\n  ", problems) + "\nin the answer "
                    + (sent.length() > ANSWER_SHOWN ? sent.substring(0, ANSWER_SHOWN) + "..." : sent));
        }
    }

    /** The schema an operation's answer of this status and media type has in the document. */
    static JsonNode schemaOf(JsonNode document, String operationId, int status, String contentType) {
        for (JsonNode path : document.path("paths")) {
            for (Map.Entry<String, JsonNode> operation : path.properties()) {
                if (!operationId.equals(operation.getValue().path("operationId").asText())) {
                    continue;
                }
                JsonNode response = operation.getValue().path("responses").path(Integer.toString(status));
                if (response.isMissingNode()) {
                    response = operation.getValue().path("responses").path("default");
                }
                response = resolve(document, response);
                String mediaType = contentType == null ? "application/json"
                        : MEDIA_TYPE_PARAMETERS.matcher(contentType).replaceFirst("").trim();
                JsonNode content = response.path("content").path(mediaType);
                if (content.isMissingNode() || content.path("schema").isMissingNode()) {
                    fail(operationId + " declares no " + mediaType + " schema for " + status + ": " + response);
                }
                return content.path("schema");
            }
        }
        throw new AssertionError("the served document has no operation " + operationId);
    }

    /** Where the value breaks the schema, one line each, by JSON path ({@code $.events[0].when}). */
    static List<String> problems(JsonNode document, JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(document, schema, value, "$", out);
        return out;
    }

    private static void check(JsonNode document, JsonNode schema, JsonNode value, String at, List<String> out) {
        schema = resolve(document, schema);
        if (value.isNull()) {
            if (!allowsNull(document, schema)) {
                out.add(at + " is null, which its schema does not allow");
            }
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            check(document, part, value, at, out);
        }
        List<JsonNode> alternatives = new ArrayList<>();
        schema.path("anyOf").forEach(alternatives::add);
        schema.path("oneOf").forEach(alternatives::add);
        if (!alternatives.isEmpty()) {
            checkAlternatives(document, alternatives, value, at, out);
        }
        if (!hasType(schema, typeOf(value))) {
            out.add(at + " is " + typeOf(value) + ", its schema says " + schema.path("type"));
            return;
        }
        JsonNode allowed = schema.path("enum");
        if (allowed.isArray() && !contains(allowed, value)) {
            out.add(at + " is " + value + ", not one of " + allowed);
        }
        if (value.isObject()) {
            checkObject(document, schema, value, at, out);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(document, schema.path("items"), value.get(i), at + "[" + i + "]", out);
            }
        }
    }

    private static void checkObject(JsonNode document, JsonNode schema, JsonNode value, String at, List<String> out) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                out.add(at + "." + required.asText() + " is required and missing");
            }
        }
        JsonNode declared = schema.path("properties");
        JsonNode others = schema.path("additionalProperties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String where = at + "." + field.getKey();
            if (declared.has(field.getKey())) {
                check(document, declared.path(field.getKey()), field.getValue(), where, out);
            } else if (others.isObject()) {
                check(document, others, field.getValue(), where, out);
            } else if (declared.isObject() && !others.asBoolean(false)) {
                out.add(where + " is sent but not declared in the schema");
            }
        }
    }

    /** One alternative has to hold; its problems are reported when none does. */
    private static void checkAlternatives(JsonNode document, List<JsonNode> alternatives, JsonNode value, String at,
            List<String> out) {
        List<String> firstProblems = null;
        for (JsonNode alternative : alternatives) {
            List<String> problems = new ArrayList<>();
            check(document, alternative, value, at, problems);
            if (problems.isEmpty()) {
                return;
            }
            if (firstProblems == null) {
                firstProblems = problems;
            }
        }
        out.add(at + " matches none of its schema's alternatives; the first says: " + firstProblems);
    }

    private static boolean allowsNull(JsonNode document, JsonNode schema) {
        if (schema.path("enum").isArray() && !contains(schema.path("enum"), NullNode.getInstance())) {
            return false;
        }
        if (schema.path("nullable").asBoolean(false) || hasType(schema, "null") && schema.has("type")) {
            return true;
        }
        for (String combination : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : schema.path(combination)) {
                if (allowsNull(document, resolve(document, alternative))) {
                    return true;
                }
            }
        }
        // A schema that names no type (a revision's "before", any JSON value) allows null as it allows anything.
        return !schema.has("type") && !schema.has("anyOf") && !schema.has("oneOf") && !schema.has("properties")
                && !schema.has("enum");
    }

    /** Whether the schema's type, one name or a list, admits this JSON type; a schema without one admits any. */
    private static boolean hasType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isMissingNode()) {
            return true;
        }
        List<String> types = new ArrayList<>();
        if (declared.isArray()) {
            declared.forEach(t -> types.add(t.asText()));
        } else {
            types.add(declared.asText());
        }
        return types.contains(type) || "integer".equals(type) && types.contains("number");
    }

    private static String typeOf(JsonNode value) {
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isNull() ? "null" : "string";
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Follows a local reference ({@code #/components/schemas/Event}) to what it names. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            String ref = at.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new AssertionError("only local references are followed: " + ref);
            }
            at = document.at(ref.substring(1));
            if (at.isMissingNode()) {
                throw new AssertionError("the document has nothing at " + ref);
            }
        }
        return at;
    }

    /** The document the module under test serves, read once per test run: it does not change while it runs. */
    private static synchronized JsonNode servedDocument() {
        if (document == null) {
            String json = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
            try {
                document = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                throw new AssertionError("the served OpenAPI document is not JSON", e);
            }
        }
        return document;
    }
}
