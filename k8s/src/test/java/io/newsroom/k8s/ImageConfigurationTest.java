package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The images cannot be built here (no registry is reachable), so what they would be is checked
 * from the build's configuration: a pinned Java 17 runtime base, a non-root user, the
 * service's port, a name and tag, and no build or push unless asked for.
 */
class ImageConfigurationTest {

    private final Project project = Project.get();

    @Test
    void theThreeServicesBuildImages() {
        assertEquals(List.of("claims-service", "gateway", "timeline-service"),
                project.services.stream().map(ServiceSettings::applicationName).sorted().toList(),
                "every service module depends on quarkus-container-image-jib");
    }

    @Test
    void baseImageIsAPinnedJava17Runtime() {
        String base = project.pomProperty("quarkus.jib.base-jvm-image")
                .orElseThrow(() -> new AssertionError("quarkus.jib.base-jvm-image is not set, so the base image changes with Quarkus"));
        ImageReference image = ImageReference.parse(base);
        assertTrue(image.repository().endsWith("openjdk-17-runtime"), base + " is not a Java 17 runtime image");
        assertTrue(image.tag() != null && !image.tag().equals("latest"), base + " has no pinned tag");
    }

    @Test
    void imagesRunAsANonRootUser() {
        String user = project.pomProperty("quarkus.jib.user")
                .orElseThrow(() -> new AssertionError("quarkus.jib.user is not set"));
        assertTrue(user.matches("\\d+"), "the image user must be numeric so Kubernetes can verify runAsNonRoot: " + user);
        assertTrue(Long.parseLong(user) > 0, "the image user must not be root");
    }

    @Test
    void imagesHaveAGroupAndATag() {
        assertTrue(project.pomProperty("quarkus.container-image.group").filter(g -> !g.isBlank()).isPresent(),
                "quarkus.container-image.group is not set (it would default to the builder's user name)");
        assertFalse(project.imageTag().isBlank() || project.imageTag().equals("latest"), "the image tag must name a version");
        for (ServiceSettings service : project.services) {
            assertTrue(service.imageName().isEmpty() || service.imageName().get().equals(service.applicationName()),
                    service.module() + ": the image is named after the application, the manifests rely on it");
        }
    }

    @Test
    void imagesExposeTheServicesPorts() {
        for (ServiceSettings service : project.services) {
            // Jib exposes quarkus.jib.ports, which defaults to the HTTP port.
            String ports = service.value("quarkus.jib.ports").or(() -> project.pomProperty("quarkus.jib.ports"))
                    .orElse(String.valueOf(service.httpPort()));
            assertTrue(List.of(ports.split(",")).contains(String.valueOf(service.httpPort())),
                    service.module() + " exposes " + ports + ", not its HTTP port " + service.httpPort());
        }
    }

    @Test
    void theDefaultBuildNeitherBuildsNorPushesImages() {
        for (String key : List.of("quarkus.container-image.build", "quarkus.container-image.push")) {
            assertFalse(project.pomProperty(key).map(Boolean::parseBoolean).orElse(false), key + " is on in the parent POM");
            for (ServiceSettings service : project.services) {
                assertFalse(service.value(key).map(Boolean::parseBoolean).orElse(false), key + " is on in " + service.module());
            }
        }
    }
}
