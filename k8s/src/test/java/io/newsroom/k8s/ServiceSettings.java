package io.newsroom.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own configuration says about how it runs: ports, paths, shutdown. Read from
 * its application.properties as the prod profile sees it, with Quarkus' defaults where a key
 * is absent, so a changed port or path there makes the manifest tests fail.
 */
record ServiceSettings(String module, Properties properties) {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    static ServiceSettings read(String module, Path moduleDir) {
        Path file = moduleDir.resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ServiceSettings(module, properties);
    }

    /** A key's value as the prod profile resolves it; environment variables are taken as unset. */
    Optional<String> value(String key) {
        String raw = properties.getProperty("%prod." + key, properties.getProperty(key));
        return Optional.ofNullable(raw).map(v -> resolve(v, 0));
    }

    private String resolve(String value, int depth) {
        if (depth > 10) {
            return value;
        }
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String referenced = properties.getProperty("%prod." + matcher.group(1), properties.getProperty(matcher.group(1)));
            String replacement = referenced != null ? resolve(referenced, depth + 1)
                    : matcher.group(2) != null ? matcher.group(2) : "";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    String applicationName() {
        return value("quarkus.application.name").orElse(module);
    }

    int httpPort() {
        return value("quarkus.http.port").map(Integer::parseInt).orElse(8080);
    }

    /** Where the REST resources live (quarkus.rest.path), without a trailing slash. */
    String restPath() {
        String path = value("quarkus.rest.path").orElse("/");
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    boolean usesDatabase() {
        return value("quarkus.datasource.db-kind").isPresent();
    }

    boolean managementInterface() {
        return value("quarkus.management.enabled").map(Boolean::parseBoolean).orElse(false);
    }

    /** The port that answers health and metrics: the management port when that is on. */
    int probePort() {
        return managementInterface() ? value("quarkus.management.port").map(Integer::parseInt).orElse(9000) : httpPort();
    }

    String healthPath(String kind) {
        String defaultLeaf = switch (kind) {
            case "liveness" -> "live";
            case "readiness" -> "ready";
            case "startup" -> "started";
            default -> throw new IllegalArgumentException(kind);
        };
        String healthRoot = under(nonApplicationRoot(), value("quarkus.smallrye-health.root-path").orElse("health"));
        return under(healthRoot, value("quarkus.smallrye-health." + kind + "-path").orElse(defaultLeaf));
    }

    String metricsPath() {
        return under(nonApplicationRoot(), value("quarkus.micrometer.export.prometheus.path").orElse("metrics"));
    }

    Duration shutdownTimeout() {
        return value("quarkus.shutdown.timeout").map(ServiceSettings::duration).orElse(Duration.ZERO);
    }

    Optional<String> imageName() {
        return value("quarkus.container-image.name");
    }

    private String nonApplicationRoot() {
        if (managementInterface()) {
            return value("quarkus.management.root-path").map(p -> under("/", p)).orElse("/q");
        }
        String httpRoot = value("quarkus.http.root-path").orElse("/");
        return under(httpRoot, value("quarkus.http.non-application-root-path").orElse("q"));
    }

    /** Quarkus' rule: a path starting with a slash is absolute, otherwise it is below the parent. */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }

    private static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
    }
}
