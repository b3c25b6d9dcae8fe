package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The base manifests as files, with no tool: these checks run on any machine, also where
 * kustomize is missing and the rendered overlays cannot be checked.
 */
class BaseManifestsTest {

    private final Project project = Project.get();

    private Manifests base() throws IOException {
        try (Stream<Path> files = Files.walk(project.k8s().resolve("base"))) {
            return Manifests.files(files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList());
        }
    }

    @Test
    void everyFieldIsOneKubernetesKnows() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (HasMetadata object : base().objects) {
            UnknownFields.in(object).forEach(field -> unknown.add(object.getKind() + "/" + object.getMetadata().getName() + field));
        }
        assertEquals(List.of(), unknown, "fields Kubernetes does not know (misspelt?)");
    }

    @Test
    void eachServiceHasADeploymentThatMatchesItsConfiguration() throws IOException {
        Manifests base = base();
        List<String> problems = new ArrayList<>();
        for (ServiceSettings service : project.services) {
            Deployment deployment = base.named(Deployment.class, service.applicationName())
                    .orElseThrow(() -> new AssertionError("no Deployment for " + service.applicationName()));
            problems.addAll(WorkloadRules.podProblems(deployment.getMetadata().getName(), deployment.getSpec().getTemplate()));
            problems.addAll(WorkloadRules.serviceProblems(deployment, service, project));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBaseCommitsNoSecret() throws IOException {
        assertTrue(base().objects.stream().noneMatch(o -> o.getKind().equals("Secret")),
                "the base holds no Secret: credentials come from the overlay or the cluster");
    }
}
