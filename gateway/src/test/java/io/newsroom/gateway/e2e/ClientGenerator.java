package io.newsroom.gateway.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenAPI Generator ({@code openapi-generator-cli}, the jar the test command installs under {@code .tools/}) run on
 * one committed document, as a newsroom developer runs it, with what it says kept: every line that is not plain
 * information becomes a {@link Message}, so a test can hold the documents to saying nothing the generator warns
 * about.
 */
final class ClientGenerator {

    /** The version the test command pins (in {@code .tools/openapitools.json}); the messages judged below are its. */
    static final String VERSION = "7.23.0";
    static final Path JAR = Path.of("..", ".tools", "openapi-generator", VERSION + ".jar").toAbsolutePath().normalize();
    private static final Duration RUN_WITHIN = Duration.ofMinutes(5);

    /** A generator log line: {@code [main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null}. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\[[^\\]]+\\] +(TRACE|DEBUG|INFO|WARN|ERROR) +(\\S+) +- +(.*)$");

    /** A committed document, and the name its clients are generated under. */
    enum Document {
        TIMELINE("timeline-service", "timeline"),
        CLAIMS("claims-service", "claims"),
        GATEWAY("gateway", "gateway");

        final String module;
        final String client;

        Document(String module, String client) {
            this.module = module;
            this.client = client;
        }

        Path path() {
            return Path.of("..", module, "src", "main", "openapi", "openapi.yaml").toAbsolutePath().normalize();
        }
    }

    /** What the generator is asked to do with a document. */
    enum Step {
        /** {@code validate --recommend}: the generator's own review of the document. */
        VALIDATE,
        TYPESCRIPT_FETCH,
        JAVA;

        String label() {
            return switch (this) {
                case VALIDATE -> "validate --recommend";
                case TYPESCRIPT_FETCH -> "typescript-fetch";
                case JAVA -> "java (native)";
            };
        }
    }

    /** One thing the generator said that is not plain information: a warning, an error, or a line it printed unasked. */
    record Message(Document document, Step step, String text) {
        @Override
        public String toString() {
            return document.module + ", " + step.label() + ": " + text;
        }
    }

    /** A finished run: its exit status, the messages, and where its whole output is. */
    record Run(Document document, Step step, int exitCode, List<Message> messages, Path log) {
    }

    private ClientGenerator() {
    }

    static boolean installed() {
        return Files.isRegularFile(JAR);
    }

    /** {@code validate --recommend}: problems and recommendations about the document, by the generator's rules. */
    static Run validate(Document document, Path logs) {
        return run(document, Step.VALIDATE, List.of("validate", "--recommend", "-i", document.path().toString()), logs);
    }

    /** Generates a client from the document into {@code output}, with the generator's and library's options given. */
    static Run generate(Document document, Step step, Path output, List<String> options, Path logs) {
        if (step == Step.VALIDATE) {
            throw new IllegalArgumentException("validation generates nothing");
        }
        List<String> arguments = new ArrayList<>(List.of("generate", "-g", step == Step.JAVA ? "java" : "typescript-fetch",
                "-i", document.path().toString(), "-o", output.toString()));
        arguments.addAll(options);
        return run(document, step, arguments, logs);
    }

    private static Run run(Document document, Step step, List<String> arguments, Path logs) {
        Path log = logs.resolve(document.client + "-" + step.name().toLowerCase() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // The generator says most of its warnings once per run however often they apply; the test counts
                // every occurrence, so each one shows where it comes from in the log.
                "-Dorg.openapitools.codegen.utils.oncelogger.enabled=false",
                "-jar", JAR.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(logs);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(RUN_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the generator did not finish " + step.label() + " of " + document.module
                        + " within " + RUN_WITHIN + "; see " + log);
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return new Run(document, step, process.exitValue(), messages(document, step, lines), log);
        } catch (IOException e) {
            throw new IllegalStateException("could not run the generator (" + String.join(" ", command) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the generator ran " + step.label() + " of " + document.module, e);
        }
    }

    /**
     * Every line but plain information: log lines below WARN, the donation banner the generator ends with, and what
     * {@code validate} prints around its findings (its findings are kept, one message each).
     */
    static List<Message> messages(Document document, Step step, List<String> lines) {
        List<Message> messages = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            Matcher log = LOG_LINE.matcher(text);
            if (log.matches()) {
                String level = log.group(1);
                if (level.equals("WARN") || level.equals("ERROR")) {
                    messages.add(new Message(document, step, level + " " + log.group(2) + " - " + log.group(3).strip()));
                }
            } else if (text.isEmpty() || text.startsWith("#")
                    || step == Step.VALIDATE && (text.startsWith("Validating spec (") || text.equals("No validation issues detected.")
                            || text.equals("Warnings:") || text.equals("Errors:") || text.matches("\\[info] Spec has \\d+ recommendation\\(s\\)\\."))) {
                continue;
            } else {
                // A validation finding ("- Unused model: ChangePage"), or anything else the generator printed.
                messages.add(new Message(document, step, text.startsWith("- ") ? text.substring(2) : text));
            }
        }
        return messages;
    }
}
