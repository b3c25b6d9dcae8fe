package io.newsroom.stylebook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ClientReadyDocument} promises of the OpenAPI document a module serves, tested in each module (a
 * {@code @QuarkusTest} subclass): path parameters in path order, no type beside a reference, a description on
 * every operation (what a developer reads in Swagger UI and a generator writes above each method), schema names a
 * generated model can carry, and who answers for the document and where the API is.
 */
public abstract class ClientReadyDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private JsonNode document;

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
