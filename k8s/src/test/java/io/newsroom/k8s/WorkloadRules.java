package io.newsroom.k8s;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The rules every pod of the system follows, and the ones a service's Deployment follows to
 * match the service's own configuration. Each method lists the broken rules, so a failure
 * names all of them at once.
 */
final class WorkloadRules {

    /** Heap plus what a Quarkus JVM needs beside it (metaspace, code cache, threads, buffers). */
    static final BigDecimal NON_HEAP_HEADROOM_BYTES = BigDecimal.valueOf(150L * 1024 * 1024);

    private WorkloadRules() {
    }

    /** Non-root, no privilege, read-only, resources and all three probes: for every pod. */
    static List<String> podProblems(String workload, PodTemplateSpec template) {
        List<String> problems = new ArrayList<>();
        PodSpec pod = template.getSpec();
        PodSecurityContext podSecurity = Optional.ofNullable(pod.getSecurityContext()).orElse(new PodSecurityContext());
        for (Container container : pod.getContainers()) {
            String where = workload + "/" + container.getName() + ": ";
            SecurityContext security = Optional.ofNullable(container.getSecurityContext()).orElse(new SecurityContext());
            if (!Boolean.TRUE.equals(firstSet(security.getRunAsNonRoot(), podSecurity.getRunAsNonRoot()))) {
                problems.add(where + "runAsNonRoot is not true");
            }
            Long uid = firstSet(security.getRunAsUser(), podSecurity.getRunAsUser());
            if (uid != null && uid == 0) {
                problems.add(where + "runs as uid 0");
            }
            Object seccomp = firstSet(
                    security.getSeccompProfile() == null ? null : security.getSeccompProfile().getType(),
                    podSecurity.getSeccompProfile() == null ? null : podSecurity.getSeccompProfile().getType());
            if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
                problems.add(where + "seccomp profile is not RuntimeDefault");
            }
            if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                problems.add(where + "allowPrivilegeEscalation is not false");
            }
            if (Boolean.TRUE.equals(security.getPrivileged())) {
                problems.add(where + "is privileged");
            }
            if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                problems.add(where + "readOnlyRootFilesystem is not true");
            }
            if (security.getCapabilities() == null || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(where + "does not drop ALL capabilities");
            } else if (!security.getCapabilities().getAdd().isEmpty()) {
                problems.add(where + "adds capabilities " + security.getCapabilities().getAdd());
            }
            if (!writableTmp(pod, container)) {
                problems.add(where + "has a read-only root but no emptyDir on /tmp");
            }
            problems.addAll(resourceProblems(where, container));
            if (container.getStartupProbe() == null) {
                problems.add(where + "has no startup probe");
            }
            if (container.getReadinessProbe() == null) {
                problems.add(where + "has no readiness probe");
            }
            if (container.getLivenessProbe() == null) {
                problems.add(where + "has no liveness probe");
            }
        }
        if (pod.getHostNetwork() != null && pod.getHostNetwork() || pod.getHostPID() != null && pod.getHostPID()) {
            problems.add(workload + ": shares the host's network or process namespace");
        }
        return problems;
    }

    private static List<String> resourceProblems(String where, Container container) {
        List<String> problems = new ArrayList<>();
        Map<String, Quantity> requests = container.getResources() == null ? Map.of() : container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources() == null ? Map.of() : container.getResources().getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                problems.add(where + "no " + resource + " request");
            }
        }
        if (!limits.containsKey("memory")) {
            problems.add(where + "no memory limit");
        }
        for (String resource : List.of("cpu", "memory")) {
            if (requests.containsKey(resource) && limits.containsKey(resource)
                    && Quantity.getAmountInBytes(limits.get(resource)).compareTo(Quantity.getAmountInBytes(requests.get(resource))) < 0) {
                problems.add(where + resource + " limit below its request");
            }
        }
        return problems;
    }

    /** Ports, probe paths, image, user, heap and shutdown as the service's build and configuration say. */
    static List<String> serviceProblems(Deployment deployment, ServiceSettings service, Project project) {
        List<String> problems = new ArrayList<>();
        String name = deployment.getMetadata().getName();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Optional<Container> found = pod.getContainers().stream().filter(c -> c.getName().equals(service.applicationName())).findFirst();
        if (found.isEmpty()) {
            return List.of(name + ": no container named " + service.applicationName());
        }
        Container container = found.get();
        String where = name + "/" + container.getName() + ": ";

        Optional<ContainerPort> http = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst();
        if (http.isEmpty() || http.get().getContainerPort() != service.httpPort()) {
            problems.add(where + "container port 'http' is not quarkus.http.port " + service.httpPort());
        }
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("startup", container.getStartupProbe());
        probes.put("readiness", container.getReadinessProbe());
        probes.put("liveness", container.getLivenessProbe());
        probes.forEach((kind, probe) -> {
            if (probe == null || probe.getHttpGet() == null) {
                problems.add(where + kind + " probe is not an HTTP GET");
                return;
            }
            if (!service.healthPath(kind).equals(probe.getHttpGet().getPath())) {
                problems.add(where + kind + " probe asks " + probe.getHttpGet().getPath() + ", the service answers " + service.healthPath(kind));
            }
            Integer port = containerPort(container, probe.getHttpGet().getPort());
            if (!Objects.equals(port, service.probePort())) {
                problems.add(where + kind + " probe port is " + port + ", health answers on " + service.probePort());
            }
        });

        ImageReference image = ImageReference.parse(container.getImage());
        if (!image.repository().equals(project.imageRepository(service))) {
            problems.add(where + "image " + container.getImage() + " is not the built " + project.imageRepository(service));
        }
        if (!project.imageTag().equals(image.tag())) {
            problems.add(where + "image tag " + image.tag() + " is not the built " + project.imageTag());
        }
        String jibUser = project.pomProperty("quarkus.jib.user").orElse("185");
        Long uid = firstSet(container.getSecurityContext() == null ? null : container.getSecurityContext().getRunAsUser(),
                pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsUser());
        if (uid == null || !jibUser.equals(String.valueOf(uid))) {
            problems.add(where + "runAsUser " + uid + " is not the image's user " + jibUser);
        }

        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        if (!service.metricsPath().equals(annotations.get("prometheus.io/path"))
                || !String.valueOf(service.probePort()).equals(annotations.get("prometheus.io/port"))) {
            problems.add(where + "prometheus annotations do not point at " + service.probePort() + service.metricsPath());
        }

        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        if (requests.get("memory") == null || !requests.get("memory").equals(limits.get("memory"))) {
            problems.add(where + "memory request differs from the limit, so the JVM may be evicted for using what its heap may take");
        }
        problems.addAll(heapProblems(where, container));
        problems.addAll(shutdownProblems(where, deployment, container, service));
        return problems;
    }

    /** The heap is a share of the memory limit; what is left must hold the JVM's other memory. */
    private static List<String> heapProblems(String where, Container container) {
        Optional<String> ratio = container.getEnv().stream().filter(e -> "JAVA_MAX_MEM_RATIO".equals(e.getName()))
                .map(EnvVar::getValue).filter(Objects::nonNull).findFirst();
        if (ratio.isEmpty()) {
            return List.of(where + "JAVA_MAX_MEM_RATIO is not set, so the heap is not sized to the limit on purpose");
        }
        Quantity limit = container.getResources().getLimits().get("memory");
        if (limit == null) {
            return List.of();
        }
        BigDecimal limitBytes = Quantity.getAmountInBytes(limit);
        BigDecimal heap = limitBytes.multiply(new BigDecimal(ratio.get())).divide(BigDecimal.valueOf(100));
        if (limitBytes.subtract(heap).compareTo(NON_HEAP_HEADROOM_BYTES) < 0) {
            return List.of(where + "heap " + ratio.get() + "% of " + limit + " leaves less than 150Mi beside it");
        }
        return List.of();
    }

    private static List<String> shutdownProblems(String where, Deployment deployment, Container container, ServiceSettings service) {
        List<String> problems = new ArrayList<>();
        long preStopSeconds = 0;
        if (container.getLifecycle() == null || container.getLifecycle().getPreStop() == null) {
            problems.add(where + "no preStop pause, so the pod stops accepting before the endpoints drop it");
        } else if (container.getLifecycle().getPreStop().getSleep() != null) {
            preStopSeconds = container.getLifecycle().getPreStop().getSleep().getSeconds();
        } else {
            problems.add(where + "preStop is not a sleep");
        }
        long grace = Optional.ofNullable(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).orElse(30L);
        long needed = preStopSeconds + service.shutdownTimeout().toSeconds();
        if (grace <= needed) {
            problems.add(where + "terminationGracePeriodSeconds " + grace + " does not exceed preStop " + preStopSeconds
                    + "s + quarkus.shutdown.timeout " + service.shutdownTimeout().toSeconds() + "s");
        }
        var strategy = deployment.getSpec().getStrategy();
        if (strategy == null || strategy.getRollingUpdate() == null
                || !Integer.valueOf(0).equals(intValue(strategy.getRollingUpdate().getMaxUnavailable()))) {
            problems.add(where + "a rollout may take serving pods away before new ones are ready (maxUnavailable is not 0)");
        }
        return problems;
    }

    /** The number behind a port reference by name or number, or null when the container has no such port. */
    static Integer containerPort(Container container, IntOrString port) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return container.getPorts().stream().map(ContainerPort::getContainerPort)
                    .filter(port.getIntVal()::equals).findFirst().orElse(null);
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(null);
    }

    private static Integer intValue(IntOrString value) {
        return value == null ? null : value.getIntVal();
    }

    private static boolean writableTmp(PodSpec pod, Container container) {
        return container.getVolumeMounts().stream()
                .filter(mount -> "/tmp".equals(mount.getMountPath()))
                .anyMatch(mount -> pod.getVolumes().stream()
                        .filter(v -> v.getName().equals(mount.getName()))
                        .map(Volume::getEmptyDir).anyMatch(Objects::nonNull));
    }

    @SafeVarargs
    private static <T> T firstSet(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
