package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event page as a service documents it: an id always, an end that may be null, a status of a closed set. */
    private static final String DOCUMENT = """
            {"paths": {"/events": {"get": {"operationId": "listEvents", "responses": {"200": {"content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/EventPage"}}}}}}}},
             "components": {"schemas": {
              "EventPage": {"type": "object", "required": ["items", "nextCursor"], "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                "nextCursor": {"type": ["string", "null"]}}},
              "Event": {"type": "object", "required": ["id", "status", "end"], "properties": {
                "id": {"type": "string"},
                "status": {"$ref": "#/components/schemas/EventStatus"},
                "end": {"anyOf": [{"$ref": "#/components/schemas/DateValue"}, {"type": "null"}]},
                "position": {"type": "integer", "description": "absent when not given"},
                "articleStatus": {"type": ["string", "null"], "enum": ["CORRECTED", "RETRACTED", null],
                  "description": "absent unless cited"},
                "kind": {"type": ["string", "null"], "enum": ["MEETING"], "description": "absent unless known"},
                "before": {"description": "any JSON value"}}},
              "EventStatus": {"type": "string", "enum": ["SCHEDULED", "OCCURRED"]},
              "DateValue": {"type": "object", "required": ["edtf"], "properties": {"edtf": {"type": "string"}}}}}}
            """;

    @Test
    void anAnswerWithEverythingItPromisesConforms() throws Exception {
        assertEquals(List.of(), problems("""
                {"items": [{"id": "e1", "status": "OCCURRED", "end": null, "before": null},
                           {"id": "e2", "status": "SCHEDULED", "end": {"edtf": "2025-11-27"}, "position": 3}],
                 "nextCursor": null}"""));
    }

    @Test
    void aRequiredPropertyMissingAtAnyDepthIsNamed() throws Exception {
        assertEquals(List.of("$.items[1].end is required and missing"), problems("""
                {"items": [{"id": "e1", "status": "OCCURRED", "end": null}, {"id": "e2", "status": "OCCURRED"}],
                 "nextCursor": "x"}"""));
        assertEquals(List.of("$.items[0].end matches none of its schema's alternatives; the first says: "
                + "[$.items[0].end.edtf is required and missing]"), problems("""
                {"items": [{"id": "e1", "status": "OCCURRED", "end": {}}], "nextCursor": null}"""));
        assertEquals(List.of("$.nextCursor is required and missing"), problems("{\"items\": []}"));
    }

    @Test
    void aNullWhereTheSchemaAllowsNoneIsNamed() throws Exception {
        assertEquals(List.of("$.items[0].id is null, which its schema does not allow"), problems("""
                {"items": [{"id": null, "status": "OCCURRED", "end": null}], "nextCursor": null}"""));
    }

    @Test
    void aNullMustBeAmongTheValuesOfAClosedSet() throws Exception {
        assertEquals(List.of("$.items[0].kind is null, which its schema does not allow"), problems("""
                {"items": [{"id": "e1", "status": "OCCURRED", "end": null, "articleStatus": null, "kind": null}],
                 "nextCursor": null}"""));
    }

    @Test
    void aValueOutsideItsEnumOrOfAnotherTypeIsNamed() throws Exception {
        assertEquals(List.of("$.items[0].status is \"DONE\", not one of [\"SCHEDULED\",\"OCCURRED\"]",
                "$.items[0].position is string, its schema says \"integer\""), problems("""
                {"items": [{"id": "e1", "status": "DONE", "end": null, "position": "3"}], "nextCursor": null}"""));
    }

    @Test
    void aPropertyTheSchemaDoesNotDeclareIsNamed() throws Exception {
        assertEquals(List.of("$.items[0].colour is sent but not declared in the schema"), problems("""
                {"items": [{"id": "e1", "status": "OCCURRED", "end": null, "colour": "red"}], "nextCursor": null}"""));
    }

    private static List<String> problems(String answer) throws Exception {
        JsonNode document = JSON.readTree(DOCUMENT);
        JsonNode schema = DocumentedAnswers.schemaOf(document, "listEvents", 200, "application/json;charset=UTF-8");
        return DocumentedAnswers.problems(document, schema, JSON.readTree(answer));
    }
}
