package io.newsroom.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.e2e.ClientGenerator.Document;
import io.newsroom.gateway.e2e.ClientGenerator.Message;
import io.newsroom.gateway.e2e.ClientGenerator.Step;

/** What of the generator's output GeneratedClientsTest judges: lines as generator 7.23.0 prints them. */
class ClientGeneratorMessagesTest {

    @Test
    void warningsAndErrorsAreKeptAndPlainInformationAndTheBannerAreNot() {
        List<Message> messages = ClientGenerator.messages(Document.CLAIMS, Step.TYPESCRIPT_FETCH, List.of(
                "[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false",
                "[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null",
                "[main] INFO  o.o.codegen.TemplateManager - writing file /tmp/out/apis/ClaimsApi.ts",
                "[main] ERROR o.o.codegen.DefaultCodegen - Unknown type found in the schema: null",
                "[pool-1-thread-1] WARN  o.o.codegen.InlineModelResolver - Inline schema created as Claim_madeAt",
                "",
                "############################################################################################",
                "# Thanks for using OpenAPI Generator.                                                      #",
                "Exception in thread \"main\" java.lang.RuntimeException: Could not process model 'Claim'"));
        assertEquals(List.of(
                "WARN o.o.codegen.utils.ModelUtils - Failed to get the schema name: null",
                "ERROR o.o.codegen.DefaultCodegen - Unknown type found in the schema: null",
                "WARN o.o.codegen.InlineModelResolver - Inline schema created as Claim_madeAt",
                "Exception in thread \"main\" java.lang.RuntimeException: Could not process model 'Claim'"),
                messages.stream().map(Message::text).toList());
    }

    @Test
    void validationKeepsEachFindingAndNotWhatItPrintsAroundThem() {
        List<Message> messages = ClientGenerator.messages(Document.GATEWAY, Step.VALIDATE, List.of(
                "Validating spec (/work/gateway/src/main/openapi/openapi.yaml)",
                "Warnings: ",
                "\t- Unused model: ChangePage",
                "\t- Unused model: JsonNodeType",
                "",
                "[info] Spec has 2 recommendation(s)."));
        assertEquals(List.of("Unused model: ChangePage", "Unused model: JsonNodeType"), messages.stream().map(Message::text).toList());
        assertEquals(List.of(), ClientGenerator.messages(Document.TIMELINE, Step.VALIDATE, List.of(
                "Validating spec (/work/timeline-service/src/main/openapi/openapi.yaml)", "No validation issues detected.")));
    }
}
