package io.newsroom.stylebook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ClientReadyDocument} promises of the OpenAPI document a module serves, tested in each module (a
 * {@code @QuarkusTest} subclass): path parameters in path order, no type beside a reference, a description on
 * every operation (what a developer reads in Swagger UI and a generator writes above each method), schema names a
 * generated model can carry, who answers for the document and where the API is, and what every answer always carries.
 * <p>
 * The services write every property of an answer, null or not (Jackson's default), unless a property is marked to be
 * left out when null. So a schema only answers use requires every property it has, a nullable one too (required and
 * nullable: the key is always there, its value may be null), and any property it does not require says in its
 * description when it is absent. A schema that requests use as well requires what a request must send: the document
 * has one schema for both, and a request may leave out what an answer always has. {@link DocumentedAnswers} checks
 * real answers against the same schemas.
 */
public abstract class ClientReadyDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** How a description says when an optional property of an answer is not there. */
    private static final Pattern SAYS_WHEN_ABSENT = Pattern.compile(
            "(?i)\\b(absent|omitted|left out|present only|only (in|when|for|on|unless))\\b");

    private JsonNode document;

    /**
     * Schemas of answers that require nothing, each with the reason; none by default. A module names one only when no
     * property can be promised, e.g. a schema requests share that asks for one of two alternatives.
     */
    protected Map<String, String> answerSchemasRequiringNothing() {
        return Map.of();
    }

    @BeforeEach
    void readDocument() throws Exception {
        String json = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void pathParametersComeInTheOrderOfThePath() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<String> inTemplate = new ArrayList<>();
            Matcher m = TEMPLATE_PARAMETER.matcher(path.getKey());
            while (m.find()) {
                inTemplate.add(m.group(1));
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<String> declared = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("path".equals(parameter.path("in").asText())) {
                        declared.add(parameter.path("name").asText());
                    }
                }
                if (!declared.equals(inTemplate.subList(0, Math.min(declared.size(), inTemplate.size())))) {
                    wrong.add(operation.getKey().toUpperCase() + " " + path.getKey() + " declares " + declared);
                }
            }
        }
        assertEquals(List.of(), wrong, "operations whose path parameters are not in path order");
    }

    @Test
    void everyOperationSaysWhatItDoes() {
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey()) && operation.getValue().path("description").asText().isBlank()) {
                    undescribed.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertEquals(List.of(), undescribed, "operations without a description");
    }

    @Test
    void theDocumentNamesWhoAnswersForItAndWhereTheApiIs() {
        assertTrue(!document.path("info").path("contact").path("name").asText().isBlank(), "info.contact.name");
        assertTrue(!document.path("servers").path(0).path("url").asText().isBlank(), "servers[0].url");
    }

    @Test
    void noSchemaNameCarriesTheNumberOfAClash() {
        // Two types of one simple name are told apart by a number ("Change1"), which a generated client then carries.
        List<String> numbered = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (Character.isDigit(name.charAt(name.length() - 1))) {
                numbered.add(name);
            }
        });
        assertEquals(List.of(), numbered, "schemas named apart by a number");
    }

    @Test
    void noReferenceCarriesATypeOrFormatOfItsOwn() {
        List<String> wrong = new ArrayList<>();
        collectTypedReferences(document, "#", wrong);
        assertEquals(List.of(), wrong, "references with a type or format beside them");
    }

    @Test
    void everyAnswerSchemaDeclaresWhatItAlwaysSends() {
        Map<String, String> exempt = answerSchemasRequiringNothing();
        List<String> wrong = new ArrayList<>();
        for (String name : schemasOf(answerSchemas())) {
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (!schema.path("properties").isObject() || schema.path("properties").isEmpty()) {
                continue;
            }
            if (schema.path("required").isEmpty() && !exempt.containsKey(name)) {
                wrong.add(name + " requires nothing");
            }
            for (JsonNode required : schema.path("required")) {
                if (!schema.path("properties").has(required.asText())) {
                    wrong.add(name + " requires " + required.asText() + ", which it does not have");
                }
            }
        }
        exempt.keySet().stream().filter(name -> !document.path("components").path("schemas").path(name)
                .path("required").isEmpty()).forEach(name -> wrong.add(name + " is exempt but requires something"));
        assertEquals(List.of(), wrong, "answer schemas without 'required' (declare @Schema(required = true) on what the"
                + " service always sends, nullable = true too where it may be null)");
    }

    @Test
    void whatAnAnswerMayLeaveOutSaysWhen() {
        Set<String> requestSchemas = schemasOf(requestSchemas());
        List<String> unsaid = new ArrayList<>();
        for (String name : schemasOf(answerSchemas())) {
            if (requestSchemas.contains(name)) {
                continue;
            }
            JsonNode schema = document.path("components").path("schemas").path(name);
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (!required.contains(property.getKey())
                        && !SAYS_WHEN_ABSENT.matcher(property.getValue().path("description").asText()).find()) {
                    unsaid.add(name + "." + property.getKey());
                }
            }
        }
        assertEquals(List.of(), unsaid, "properties of answers that are neither required nor say in their description"
                + " when they are absent; the services write nulls, so mark them @Schema(required = true, nullable = true),"
                + " or say when they are left out");
    }

    /** The schemas of every answer's body, as the document's responses give them. */
    private List<JsonNode> answerSchemas() {
        List<JsonNode> roots = new ArrayList<>();
        forEachOperation(operation -> operation.path("responses").forEach(response ->
                DocumentedAnswers.resolve(document, response).path("content").forEach(media -> roots.add(media.path("schema")))));
        return roots;
    }

    private List<JsonNode> requestSchemas() {
        List<JsonNode> roots = new ArrayList<>();
        forEachOperation(operation -> DocumentedAnswers.resolve(document, operation.path("requestBody")).path("content")
                .forEach(media -> roots.add(media.path("schema"))));
        return roots;
    }

    private void forEachOperation(Consumer<JsonNode> action) {
        for (JsonNode path : document.path("paths")) {
            for (Map.Entry<String, JsonNode> operation : path.properties()) {
                if (METHODS.contains(operation.getKey())) {
                    action.accept(operation.getValue());
                }
            }
        }
    }

    /** The names of the component schemas reachable from these, through references, items, properties and the rest. */
    private Set<String> schemasOf(List<JsonNode> roots) {
        Set<String> names = new LinkedHashSet<>();
        roots.forEach(root -> reach(root, names));
        return names;
    }

    private void reach(JsonNode schema, Set<String> names) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (names.add(name)) {
                reach(DocumentedAnswers.resolve(document, schema), names);
            }
        }
        reach(schema.path("items"), names);
        reach(schema.path("additionalProperties"), names);
        schema.path("properties").forEach(property -> reach(property, names));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combination).forEach(part -> reach(part, names));
        }
    }

    @Test
    void aValueThatMayBeNullSaysWhatElseItIsOnlyThroughItsAlternatives() {
        List<String> wrong = new ArrayList<>();
        collectTypedNullables(document, "#", wrong);
        assertEquals(List.of(), wrong, "values that may be null but whose type or enum refuses null (see NullableValues)");
    }

    private static void collectTypedNullables(JsonNode node, String at, List<String> wrong) {
        if (node.isObject()) {
            for (String combination : List.of("anyOf", "oneOf")) {
                for (JsonNode alternative : node.path(combination)) {
                    if ("null".equals(alternative.path("type").asText()) && node.has("type")) {
                        wrong.add(at);
                    }
                }
            }
            boolean nullable = node.path("type").isArray() && node.path("type").toString().contains("\"null\"");
            if (nullable && node.path("enum").isArray() && !node.path("enum").toString().contains("null")) {
                wrong.add(at + "/enum");
            }
            node.properties().forEach(child -> collectTypedNullables(child.getValue(), at + "/" + child.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTypedNullables(node.get(i), at + "/" + i, wrong);
            }
        }
    }

    private static void collectTypedReferences(JsonNode node, String at, List<String> wrong) {
        if (node.isObject()) {
            if (node.has("$ref") && (node.has("type") || node.has("format"))) {
                wrong.add(at);
            }
            node.properties().forEach(child -> collectTypedReferences(child.getValue(), at + "/" + child.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTypedReferences(node.get(i), at + "/" + i, wrong);
            }
        }
    }
}
