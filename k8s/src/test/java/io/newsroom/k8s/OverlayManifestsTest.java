package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;

/** What both overlays must get right, checked on what kustomize renders. */
class OverlayManifestsTest {

    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|credential|api_?key).*");
    private static final Pattern CREDENTIAL_IN_URL = Pattern.compile("://[^/@\\s:]+:[^/@\\s]+@");

    private final Project project = Project.get();

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyFieldIsOneKubernetesKnows(String overlay) {
        List<String> unknown = new ArrayList<>();
        for (HasMetadata object : Manifests.rendered(overlay).objects) {
            UnknownFields.in(object).forEach(field -> unknown.add(object.getKind() + "/" + object.getMetadata().getName() + field));
        }
        assertEquals(List.of(), unknown, overlay + ": fields Kubernetes does not know (misspelt?)");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void eachServiceRunsAsItsBuildAndConfigurationSay(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        List<String> problems = new ArrayList<>();
        for (ServiceSettings service : project.services) {
            Optional<Deployment> deployment = manifests.named(Deployment.class, service.applicationName());
            if (deployment.isEmpty()) {
                problems.add("no Deployment for " + service.applicationName());
                continue;
            }
            problems.addAll(WorkloadRules.serviceProblems(deployment.get(), service, project));
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyPodIsLockedDownWithProbesAndResources(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        List<String> problems = new ArrayList<>();
        workloads(manifests).forEach((name, template) -> problems.addAll(WorkloadRules.podProblems(name, template)));
        assertFalse(workloads(manifests).isEmpty(), overlay + " renders no workload");
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyServiceSelectsPodsAndTargetsAPortTheyDeclare(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        List<String> problems = new ArrayList<>();
        for (Service service : manifests.all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            List<PodTemplateSpec> selected = workloads(manifests).values().stream()
                    .filter(t -> selector != null && !selector.isEmpty() && t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (selected.isEmpty()) {
                problems.add("Service " + service.getMetadata().getName() + " selects no pods (" + selector + ")");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                for (PodTemplateSpec template : selected) {
                    boolean declared = template.getSpec().getContainers().stream()
                            .anyMatch(c -> WorkloadRules.containerPort(c, port.getTargetPort()) != null);
                    if (!declared) {
                        problems.add("Service " + service.getMetadata().getName() + " targets port " + port.getTargetPort().getValue()
                                + " that its pods do not declare");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyConfigMapAndSecretReferencedExists(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        Set<String> outside = new java.util.HashSet<>(OperatorObjects.secrets(manifests));
        // The dev cluster's token key is the developer's own (.keys/public.key), created with the command in k8s/README.md.
        if (overlay.equals("dev")) {
            outside.add("newsroom-local-token-key");
        }
        List<String> problems = new ArrayList<>();
        workloads(manifests).forEach((workload, template) -> {
            for (Container container : template.getSpec().getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        configMapKey(manifests, source.getConfigMapRef().getName(), null, workload, problems);
                    }
                    if (source.getSecretRef() != null) {
                        secretKey(manifests, outside, source.getSecretRef().getName(), null, workload, problems);
                    }
                }
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    if (env.getValueFrom().getConfigMapKeyRef() != null) {
                        configMapKey(manifests, env.getValueFrom().getConfigMapKeyRef().getName(),
                                env.getValueFrom().getConfigMapKeyRef().getKey(), workload, problems);
                    }
                    if (env.getValueFrom().getSecretKeyRef() != null) {
                        secretKey(manifests, outside, env.getValueFrom().getSecretKeyRef().getName(),
                                env.getValueFrom().getSecretKeyRef().getKey(), workload, problems);
                    }
                }
            }
            for (Volume volume : template.getSpec().getVolumes()) {
                if (volume.getConfigMap() != null) {
                    configMapKey(manifests, volume.getConfigMap().getName(), null, workload, problems);
                }
                if (volume.getSecret() != null) {
                    secretKey(manifests, outside, volume.getSecret().getSecretName(), null, workload, problems);
                }
            }
        });
        for (Ingress ingress : manifests.all(Ingress.class)) {
            ingress.getSpec().getTls().forEach(tls -> secretKey(manifests, outside, tls.getSecretName(), null,
                    "Ingress " + ingress.getMetadata().getName(), problems));
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void configuredHostsAreServicesOfThisDeployment(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        List<String> problems = new ArrayList<>();
        for (ServiceSettings service : project.services) {
            Map<String, String> config = serviceConfig(manifests, service);
            if (service.usesDatabase()) {
                String host = config.get("DB_HOST");
                Optional<Integer> port = OperatorObjects.databaseServicePort(manifests, host);
                if (port.isEmpty()) {
                    problems.add(service.module() + ": DB_HOST " + host + " is no Service here nor one the PostgreSQL operator creates");
                } else if (!String.valueOf(port.get()).equals(config.get("DB_PORT"))) {
                    problems.add(service.module() + ": DB_PORT " + config.get("DB_PORT") + " is not the port of " + host);
                }
            }
            config.forEach((key, value) -> {
                // The identity provider is the newsroom's own, outside this deployment.
                if (!key.equals("NEWSROOM_OIDC_URL") && (value.startsWith("http://") || value.startsWith("https://"))) {
                    URI uri = URI.create(value);
                    Optional<Service> target = manifests.named(Service.class, uri.getHost());
                    if (target.isEmpty()) {
                        problems.add(service.module() + ": " + key + " names no Service: " + value);
                    } else if (target.get().getSpec().getPorts().stream().noneMatch(p -> p.getPort() == uri.getPort())) {
                        problems.add(service.module() + ": " + key + " uses a port Service " + uri.getHost() + " does not have");
                    }
                }
            });
        }
        // The gateway's client URLs must reach the right services, not just any.
        Map<String, String> gateway = serviceConfig(manifests, project.service("gateway"));
        assertEquals("timeline-service", URI.create(gateway.get("TIMELINE_URL")).getHost());
        assertEquals("claims-service", URI.create(gateway.get("CLAIMS_URL")).getHost());
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void ingressRoutesEachPublicPathToItsService(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        List<Ingress> ingresses = manifests.all(Ingress.class);
        assertEquals(1, ingresses.size(), "one Ingress for the system");
        Ingress ingress = ingresses.get(0);
        for (ServiceSettings service : project.services) {
            if (service.applicationName().equals("gateway")) {
                continue;
            }
            String apiPath = service.restPath() + "/stories";
            assertEquals(service.applicationName(), route(manifests, ingress, apiPath),
                    apiPath + " (quarkus.rest.path of " + service.module() + ")");
        }
        for (String publicPath : List.of("/", "/stories/us-peace-plan-for-ukraine", "/api/stories/us-peace-plan-for-ukraine")) {
            assertEquals("gateway", route(manifests, ingress, publicPath), publicPath);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void noCredentialIsWrittenInPlainText(String overlay) {
        Manifests manifests = Manifests.rendered(overlay);
        List<String> problems = new ArrayList<>();
        workloads(manifests).forEach((workload, template) -> {
            for (Container container : template.getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (CREDENTIAL_NAME.matcher(env.getName()).matches()
                            && (env.getValue() != null || env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null)) {
                        problems.add(workload + ": " + env.getName() + " does not come from a Secret");
                    }
                    if (env.getValue() != null && CREDENTIAL_IN_URL.matcher(env.getValue()).find()) {
                        problems.add(workload + ": " + env.getName() + " holds a URL with a password");
                    }
                }
            }
        });
        for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
            Optional.ofNullable(configMap.getData()).orElse(Map.of()).forEach((key, value) -> {
                if (CREDENTIAL_NAME.matcher(key).matches() || CREDENTIAL_IN_URL.matcher(value).find()) {
                    problems.add("ConfigMap " + configMap.getMetadata().getName() + " holds a credential in " + key);
                }
            });
        }
        assertEquals(List.of(), problems, overlay);
    }

    /** The Service a request path reaches: longest matching prefix, segment by segment, as Ingress defines it. */
    static String route(Manifests manifests, Ingress ingress, String requestPath) {
        HTTPIngressPath best = ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .filter(path -> matches(path, requestPath))
                .max(Comparator.comparingInt(path -> path.getPath().length()))
                .orElseThrow(() -> new AssertionError("no Ingress path takes " + requestPath));
        IngressBackend backend = best.getBackend();
        Service service = manifests.named(Service.class, backend.getService().getName())
                .orElseThrow(() -> new AssertionError("Ingress backend " + backend.getService().getName() + " is no Service"));
        boolean portExists = service.getSpec().getPorts().stream().anyMatch(p ->
                Objects.equals(p.getName(), backend.getService().getPort().getName())
                        || Objects.equals(p.getPort(), backend.getService().getPort().getNumber()));
        assertTrue(portExists, "Ingress backend port of " + best.getPath() + " is not a port of Service " + service.getMetadata().getName());
        // Name the Deployment the Service sends to, so a Service pointing at the wrong pods fails too.
        Map<String, String> selector = service.getSpec().getSelector();
        return manifests.all(Deployment.class).stream()
                .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                .map(d -> d.getMetadata().getName()).findFirst()
                .orElseThrow(() -> new AssertionError("Service " + service.getMetadata().getName() + " selects no Deployment"));
    }

    private static boolean matches(HTTPIngressPath path, String requestPath) {
        String prefix = path.getPath();
        return switch (path.getPathType()) {
            case "Exact" -> prefix.equals(requestPath);
            case "Prefix" -> prefix.equals("/") || requestPath.equals(prefix) || requestPath.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
            default -> throw new AssertionError("pathType " + path.getPathType() + " depends on the ingress controller; use Prefix or Exact");
        };
    }

    /** Every pod template rendered, by workload name. */
    static Map<String, PodTemplateSpec> workloads(Manifests manifests) {
        Map<String, PodTemplateSpec> templates = new java.util.TreeMap<>();
        manifests.all(Deployment.class).forEach(d -> templates.put("Deployment " + d.getMetadata().getName(), d.getSpec().getTemplate()));
        manifests.all(io.fabric8.kubernetes.api.model.apps.StatefulSet.class)
                .forEach(s -> templates.put("StatefulSet " + s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    /** The environment a service gets from its ConfigMap(s), as rendered. */
    static Map<String, String> serviceConfig(Manifests manifests, ServiceSettings service) {
        Deployment deployment = manifests.named(Deployment.class, service.applicationName())
                .orElseThrow(() -> new AssertionError("no Deployment " + service.applicationName()));
        Map<String, String> config = new java.util.HashMap<>();
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    manifests.named(ConfigMap.class, source.getConfigMapRef().getName())
                            .ifPresent(c -> config.putAll(Optional.ofNullable(c.getData()).orElse(Map.of())));
                }
            }
            container.getEnv().stream().filter(e -> e.getValue() != null).forEach(e -> config.put(e.getName(), e.getValue()));
        }
        return config;
    }

    private static void configMapKey(Manifests manifests, String name, String key, String user, List<String> problems) {
        Optional<ConfigMap> configMap = manifests.named(ConfigMap.class, name);
        if (configMap.isEmpty()) {
            problems.add(user + " reads ConfigMap " + name + ", which is not deployed");
        } else if (key != null && !Optional.ofNullable(configMap.get().getData()).orElse(Map.of()).containsKey(key)) {
            problems.add(user + " reads key " + key + " that ConfigMap " + name + " lacks");
        }
    }

    private static void secretKey(Manifests manifests, Set<String> outside, String name, String key, String user, List<String> problems) {
        Optional<Secret> secret = manifests.named(Secret.class, name);
        if (secret.isPresent()) {
            Map<String, String> data = new java.util.HashMap<>(Optional.ofNullable(secret.get().getData()).orElse(Map.of()));
            data.putAll(Optional.ofNullable(secret.get().getStringData()).orElse(Map.of()));
            if (key != null && !data.containsKey(key)) {
                problems.add(user + " reads key " + key + " that Secret " + name + " lacks");
            }
        } else if (!outside.contains(name) && !outside.contains(name + "#" + key)) {
            problems.add(user + " reads Secret " + name + (key == null ? "" : " key " + key)
                    + ", which is neither deployed nor created by an operator declared here");
        }
    }
}
