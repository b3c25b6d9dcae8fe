package io.newsroom.k8s;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * A set of Kubernetes objects, either rendered from a kustomization (as the cluster would get
 * them) or parsed from plain manifest files, each turned into fabric8's model.
 */
final class Manifests {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final Set<String> SKIP_REPORTED = ConcurrentHashMap.newKeySet();

    final String origin;
    final List<HasMetadata> objects;

    private Manifests(String origin, List<HasMetadata> objects) {
        this.origin = origin;
        this.objects = List.copyOf(objects);
    }

    /**
     * The overlay as kustomize renders it. Without kubectl or kustomize on the PATH the calling
     * test is skipped with the reason printed; a render that fails is a test failure.
     */
    static Manifests rendered(String overlay) {
        Optional<List<String>> command = renderCommand();
        if (command.isEmpty()) {
            String reason = "neither kubectl nor kustomize is on the PATH, so rendering k8s/overlays/" + overlay
                    + " is skipped (bin/test installs kubectl); the base manifests and image settings are still checked";
            if (SKIP_REPORTED.add(overlay)) {
                System.out.println("SKIPPED: " + reason);
            }
            Assumptions.abort(reason);
        }
        return RENDERED.computeIfAbsent(overlay, name -> {
            Path dir = Project.get().k8s().resolve("overlays").resolve(name);
            List<String> args = new ArrayList<>(command.get());
            args.add(dir.toString());
            return new Manifests("overlays/" + name, parse(run(args)));
        });
    }

    /** Manifest files read as they are, for the checks that need no tool. */
    static Manifests files(List<Path> files) {
        List<HasMetadata> objects = new ArrayList<>();
        for (Path file : files) {
            try {
                objects.addAll(parse(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Manifests("files", objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    /** Objects of custom resource kinds (CloudNativePG's Cluster), which fabric8 has no class for. */
    List<GenericKubernetesResource> custom(String apiGroup, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(o -> kind.equals(o.getKind()) && o.getApiVersion().startsWith(apiGroup + "/"))
                .toList();
    }

    private static Optional<List<String>> renderCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Optional.of(List.of(Path.of(dir, "kubectl").toString(), "kustomize"));
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kustomize"))) {
                return Optional.of(List.of(Path.of(dir, "kustomize").toString(), "build"));
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] stdout = readAll(process.getInputStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within two minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + new String(stderr.join(), StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("#"))) {
                continue;
            }
            Object parsed = Serialization.unmarshal(document);
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError("not a Kubernetes object: " + document);
            }
            objects.add(object);
        }
        return objects;
    }
}
