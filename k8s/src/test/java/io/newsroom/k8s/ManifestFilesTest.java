package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * The manifest files as they are, with no tool: these checks run on any machine, also where
 * kustomize is missing and the rendered overlays cannot be checked. Every file a kustomization
 * lists as a resource is a whole object and is parsed here; patches are not.
 */
class ManifestFilesTest {

    private final Project project = Project.get();

    @Test
    void everyFieldIsOneKubernetesKnows() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (HasMetadata object : allResourceFiles().objects) {
            UnknownFields.in(object).forEach(field -> unknown.add(object.getKind() + "/" + object.getMetadata().getName() + field));
        }
        assertEquals(List.of(), unknown, "fields Kubernetes does not know (misspelt?)");
    }

    @Test
    void everyPodIsLockedDownWithProbesAndResources() throws IOException {
        Manifests files = allResourceFiles();
        List<String> problems = new ArrayList<>();
        files.all(Deployment.class).forEach(d -> problems.addAll(WorkloadRules.podProblems("Deployment " + d.getMetadata().getName(), d.getSpec().getTemplate())));
        files.all(StatefulSet.class).forEach(s -> problems.addAll(WorkloadRules.podProblems("StatefulSet " + s.getMetadata().getName(), s.getSpec().getTemplate())));
        assertFalse(files.all(Deployment.class).isEmpty(), "no Deployment among the manifest files");
        assertEquals(List.of(), problems);
    }

    @Test
    void eachServiceHasADeploymentThatMatchesItsConfiguration() throws IOException {
        Manifests base = resourceFiles(project.k8s().resolve("base"));
        List<String> problems = new ArrayList<>();
        for (ServiceSettings service : project.services) {
            Deployment deployment = base.named(Deployment.class, service.applicationName())
                    .orElseThrow(() -> new AssertionError("no Deployment for " + service.applicationName()));
            problems.addAll(WorkloadRules.serviceProblems(deployment, service, project));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBaseCommitsNoSecret() throws IOException {
        assertTrue(resourceFiles(project.k8s().resolve("base")).objects.stream().noneMatch(o -> o.getKind().equals("Secret")),
                "the base holds no Secret: credentials come from the overlay or the cluster");
    }

    private Manifests allResourceFiles() throws IOException {
        List<Path> files = new ArrayList<>(resourcePaths(project.k8s().resolve("base")));
        for (String overlay : List.of("dev", "prod")) {
            files.addAll(resourcePaths(project.k8s().resolve("overlays").resolve(overlay)));
        }
        return Manifests.files(files.stream().distinct().toList());
    }

    private static Manifests resourceFiles(Path kustomizationDir) throws IOException {
        return Manifests.files(resourcePaths(kustomizationDir));
    }

    /** The files a kustomization lists under resources (folders are other kustomizations, read on their own). */
    private static List<Path> resourcePaths(Path kustomizationDir) throws IOException {
        Map<?, ?> kustomization = Serialization.yamlMapper()
                .readValue(Files.readString(kustomizationDir.resolve("kustomization.yaml")), Map.class);
        List<Path> files = new ArrayList<>();
        for (Object entry : (List<?>) kustomization.get("resources")) {
            Path path = kustomizationDir.resolve(String.valueOf(entry)).normalize();
            if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        assertFalse(files.isEmpty(), kustomizationDir + " lists no resource file");
        return files;
    }
}
