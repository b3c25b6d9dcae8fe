package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsroom.gateway.e2e.ClientGenerator.Document;
import io.newsroom.gateway.e2e.ClientGenerator.Message;
import io.newsroom.gateway.e2e.ClientGenerator.Run;
import io.newsroom.gateway.e2e.ClientGenerator.Step;
import io.newsroom.stylebook.LocalTokens;
import io.newsroom.stylebook.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What issue 14 asks of the documents: OpenAPI Generator's {@code typescript-fetch} and {@code java} clients, generated
 * from each of the three committed documents with no warning about them, compile (tsc strict; javac) and run the
 * newsroom flow against the real services: a story, two events, a claim made at one of them, a stance disputing it,
 * and the story view read back from the gateway. The flows ({@code src/test/resources/client-flows/}) are written as
 * a newsroom developer writes them: generated methods and typed models, parameters in path order.
 *
 * <p>The generator and tsc are what the test command installs under {@code .tools/} with npm, node the machine's own;
 * without them the test is skipped and says why.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class GeneratedClientsTest {

    /**
     * What generator {@value ClientGenerator#VERSION} says on every document and that says nothing wrong with it,
     * each with why it is let through. Anything else it says fails the test.
     */
    static final Map<String, String> NOT_ABOUT_THE_DOCUMENTS = Map.of(
            "WARN o.o.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta. To report an issue related to 3.1 "
                    + "spec, please kindly open an issue in the Github repo: https://github.com/openAPITools/openapi-generator.",
            "the generator's notice about its own 3.1 support, printed for every 3.1 document whatever it holds (twice a run); "
                    + "SmallRye OpenAPI writes 3.1",
            "WARN o.o.codegen.utils.ExamplesUtils - No application/json content media type found in response. Response "
                    + "examples can currently only be generated for application/json media type.",
            "the generator copies response examples into its docs from application/json only, and says so once for every "
                    + "response of another type: the documents' error responses are application/problem+json (RFC 9457), "
                    + "the feeds text/event-stream and the ClaimReview export application/ld+json, as they should be",
            "WARN o.o.c.languages.AbstractJavaCodegen - Ignoring complex example on request body",
            "the Java generator writes only scalar examples into its README and docs, and says so once for every request "
                    + "body whose example is an object: every body's example is a whole request by the stylebook's rule "
                    + "(ClientReadyDocument), and tests send each one");

    /**
     * Properties keep the names the documents give them (ClaimStatusCounts' UNCHALLENGED, ClaimReview's @type):
     * typescript-fetch's own camel-casing of such names checks a required property under one name and reads it under
     * another, which strict TypeScript refuses.
     */
    static final List<String> TYPESCRIPT_OPTIONS = List.of("--additional-properties", "modelPropertyNaming=original");

    private static final Path OUT = Path.of("target", "generated-clients").toAbsolutePath();
    private static final Path LOGS = OUT.resolve("logs");
    private static final Path FLOWS = Path.of("src", "test", "resources", "client-flows").toAbsolutePath();
    private static final Path TSC = Path.of("..", ".tools", "node_modules", "typescript", "bin", "tsc").toAbsolutePath().normalize();
    private static final Duration FLOW_WITHIN = Duration.ofMinutes(5);
    private static final String FLOW_RESULT = "newsroom-flow: ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every run of the generator, in order: for each document, validate, then the two clients. */
    private static final List<Run> runs = new ArrayList<>();

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void generateEveryClient() throws IOException {
        if (!ClientGenerator.installed()) {
            String reason = "no OpenAPI Generator " + ClientGenerator.VERSION + " at " + ClientGenerator.JAR;
            System.out.println("SKIPPED GeneratedClientsTest: " + reason + "; bin/test installs it where npm can.");
            assumeTrue(false, reason);
        }
        deleteRecursively(OUT);
        runs.clear();
        for (Document document : Document.values()) {
            runs.add(ClientGenerator.validate(document, LOGS));
            runs.add(ClientGenerator.generate(document, Step.TYPESCRIPT_FETCH, typescriptSources(document), TYPESCRIPT_OPTIONS, LOGS));
            runs.add(ClientGenerator.generate(document, Step.JAVA, javaSources(document), javaOptions(document), LOGS));
        }
        System.out.println("GeneratedClientsTest: what OpenAPI Generator " + ClientGenerator.VERSION + " said (logs in " + LOGS + "):");
        messageCounts().forEach((message, count) -> System.out.println("  " + count + " x " + message));
    }

    @Test
    void everyDocumentGeneratesBothClientsWithNoWarningAboutIt() throws IOException {
        for (Run run : runs) {
            assertEquals(0, run.exitCode(), run.document().module + ": " + run.step().label() + " failed; see " + run.log());
        }
        List<Message> aboutTheDocuments = runs.stream().flatMap(run -> run.messages().stream())
                .filter(message -> !NOT_ABOUT_THE_DOCUMENTS.containsKey(message.text())).distinct().toList();
        assertEquals(List.of(), aboutTheDocuments, "the generator warns about the documents (see the logs in " + LOGS + ")");
    }

    @Test
    void theTypeScriptClientRecordsAStoryWithEventsAClaimAndAStanceAndReadsItsView() throws IOException {
        Optional<String> node = nodeWithFetch();
        String reason = node.isEmpty() ? "no node 18 or newer (with fetch) on the PATH"
                : !Files.isRegularFile(TSC) ? "no TypeScript compiler at " + TSC : null;
        if (reason != null) {
            System.out.println("SKIPPED GeneratedClientsTest's TypeScript flow: " + reason + "; bin/test installs tsc where npm can.");
            assumeTrue(false, reason);
        }
        Path project = OUT.resolve("typescript");
        for (String file : List.of("newsroom-flow.ts", "tsconfig.json")) {
            Files.copy(FLOWS.resolve(file), project.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        String storyId = "typescript-flow-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new LinkedHashMap<>(services());
        settings.put("editorToken", editorToken());
        settings.put("storyId", storyId);
        Files.writeString(project.resolve("settings.json"), JSON.writeValueAsString(settings));

        Ran tsc = run(project, OUT.resolve("logs/tsc.log"), node.get(), TSC.toString(), "-p", "tsconfig.json");
        assertEquals(0, tsc.exitCode(), "tsc (strict, see the flow's tsconfig.json) compiles the generated clients and the flow:\n" + tsc.output());
        assertEquals("", tsc.output().strip(), "tsc says nothing");

        Ran flow = run(project, OUT.resolve("logs/typescript-flow.log"), node.get(), Path.of("out", "newsroom-flow.js").toString());
        assertEquals(0, flow.exitCode(), "the TypeScript flow runs through:\n" + flow.output());
        theGatewayShowsWhatTheFlowRecorded(storyId, flow);
    }

    @Test
    void theJavaClientRecordsAStoryWithEventsAClaimAndAStanceAndReadsItsView() throws IOException {
        Path classes = OUT.resolve("java-classes");
        Files.createDirectories(classes);
        List<Path> classpath = generatedJavaNeeds();
        List<Path> sources;
        try (Stream<Path> generated = Stream.of(Document.values()).map(d -> javaSources(d).resolve("src/main/java")).flatMap(GeneratedClientsTest::walk)) {
            sources = Stream.concat(generated.filter(p -> p.toString().endsWith(".java")), Stream.of(FLOWS.resolve("NewsroomFlow.java"))).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-encoding", "UTF-8", "-d", classes.toString(),
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
            compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> said = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .filter(d -> !isTemplateDeprecation(d))
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + " ")
                        + d.getMessage(Locale.ROOT))
                .toList();
        assertTrue(compiled, "javac compiles the generated clients and the flow:\n" + String.join("\n", said));
        assertEquals(List.of(), said, "javac warns about nothing but the generator's templates");

        String storyId = "java-flow-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", Stream.concat(Stream.of(classes), classpath.stream()).map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator)),
                "io.newsroom.clients.flow.NewsroomFlow"));
        Map<String, String> services = services();
        command.addAll(List.of(services.get("timelineUrl"), services.get("claimsUrl"), services.get("gatewayUrl"), editorToken(), storyId));
        Ran flow = run(OUT, OUT.resolve("logs/java-flow.log"), command.toArray(String[]::new));
        assertEquals(0, flow.exitCode(), "the Java flow runs through:\n" + flow.output());
        theGatewayShowsWhatTheFlowRecorded(storyId, flow);
    }

    /**
     * The generator's templates call Jackson's setter of the serialization inclusion, which Jackson 2.21 (the
     * gateway's) deprecates: a warning about the templates in the invoker classes (ApiClient, JSON), not a document.
     */
    private static boolean isTemplateDeprecation(Diagnostic<? extends JavaFileObject> diagnostic) {
        return (diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING || diagnostic.getKind() == Diagnostic.Kind.WARNING)
                && diagnostic.getCode().equals("compiler.warn.has.been.deprecated")
                && diagnostic.getMessage(Locale.ROOT).contains("erializationInclusion(")
                && diagnostic.getSource() != null
                && (diagnostic.getSource().getName().endsWith("ApiClient.java") || diagnostic.getSource().getName().endsWith("JSON.java"));
    }

    /** The flow checked the view itself; this reads it through the gateway's API on its own, by the ids it named. */
    private static void theGatewayShowsWhatTheFlowRecorded(String storyId, Ran flow) throws IOException {
        String line = flow.output().lines().filter(l -> l.startsWith(FLOW_RESULT)).findFirst()
                .orElseThrow(() -> new AssertionError("the flow names what it recorded:\n" + flow.output()));
        JsonNode recorded = JSON.readTree(line.substring(FLOW_RESULT.length()));
        assertEquals(storyId, recorded.get("storyId").asText());
        JsonPath view = given().when().get("/api/stories/{storyId}", storyId).then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
        List<String> events = List.of(recorded.get("eventIds").get(0).asText(), recorded.get("eventIds").get(1).asText());
        String claim = recorded.get("claimId").asText();
        assertEquals(List.of(), view.getList("degraded"));
        assertEquals(events.stream().sorted().toList(), view.getList("timeline.event.id", String.class).stream().sorted().toList());
        String viewed = "claims.find { it.id == '%s' }".formatted(claim);
        assertEquals(events.get(1), view.getString(viewed + ".eventId"), "the claim was made at the second event");
        assertEquals("DISPUTED", view.getString(viewed + ".status"));
        assertEquals(List.of(recorded.get("stanceId").asText()), view.getList(viewed + ".stances.id", String.class));
        assertEquals(List.of(claim), view.getList("timeline.find { it.event.id == '%s' }.claims.id".formatted(events.get(1)), String.class));
    }

    private static Path typescriptSources(Document document) {
        return OUT.resolve("typescript").resolve(document.client);
    }

    private static Path javaSources(Document document) {
        return OUT.resolve("java").resolve(document.client);
    }

    /**
     * The {@code native} library (java.net.http with Jackson), no jackson-databind-nullable and jakarta annotations, so
     * the client needs only what the gateway's test classpath has; one package per document, so the three compile together.
     */
    private static List<String> javaOptions(Document document) {
        String root = "io.newsroom.clients." + document.client;
        return List.of("--library", "native", "--additional-properties",
                "openApiNullable=false,useJakartaEe=true,hideGenerationTimestamp=true,invokerPackage=" + root
                        + ",apiPackage=" + root + ".api,modelPackage=" + root + ".model");
    }

    /** The jars the generated Java clients compile and run against, taken from the gateway's own test classpath. */
    private static List<Path> generatedJavaNeeds() {
        return Stream.of(ObjectMapper.class, JsonFactory.class, JsonProperty.class, JavaTimeModule.class, jakarta.annotation.Nullable.class)
                .map(GeneratedClientsTest::jarOf).distinct().toList();
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no jar for " + type.getName(), e);
        }
    }

    /** Base URLs as the generated clients take them: no trailing slash, as each path begins with one. */
    private Map<String, String> services() {
        Function<String, String> config = key -> ConfigProvider.getConfig().getValue(key, String.class);
        return Map.of("timelineUrl", config.apply("quarkus.rest-client.timeline.url"),
                "claimsUrl", config.apply("quarkus.rest-client.claims.url"),
                // node may resolve localhost to ::1, where the gateway under test does not listen.
                "gatewayUrl", gateway.toString().replace("localhost", "127.0.0.1").replaceAll("/$", ""));
    }

    private static String editorToken() {
        return LocalTokens.ofRepository().token(List.of(Roles.EDITOR), "Client Developer");
    }

    private static Map<String, Long> messageCounts() {
        return runs.stream().flatMap(run -> run.messages().stream())
                .collect(Collectors.groupingBy(Message::toString, TreeMap::new, Collectors.counting()));
    }

    /** node from the PATH, when it is 18 or newer: typescript-fetch calls the global fetch, which node has since 18. */
    private static Optional<String> nodeWithFetch() {
        try {
            Ran version = run(OUT, OUT.resolve("logs/node-version.log"), "node", "--version");
            String v = version.output().strip();
            return version.exitCode() == 0 && v.matches("v\\d+\\..*") && Integer.parseInt(v.substring(1, v.indexOf('.'))) >= 18
                    ? Optional.of("node") : Optional.empty();
        } catch (IllegalStateException noNode) {
            return Optional.empty();
        }
    }

    private record Ran(int exitCode, String output) {
    }

    private static Ran run(Path directory, Path log, String... command) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(FLOW_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + FLOW_WITHIN + "; see " + log);
            }
            return new Ran(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + String.join(" ", command), e);
        }
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (IOException e) {
            throw new IllegalStateException("could not list " + folder, e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
