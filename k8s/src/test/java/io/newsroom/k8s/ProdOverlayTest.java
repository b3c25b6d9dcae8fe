package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;

import io.newsroom.k8s.NetworkReachability.Pod;

/** Production: replicas, autoscaling, disruption budgets, network policies, operator-run PostgreSQL. */
class ProdOverlayTest {

    /** The namespaces the prod overlay assumes for the cluster's own components (see its network policies). */
    private static final String INGRESS_NAMESPACE = "ingress-nginx";
    private static final String CNPG_NAMESPACE = "cnpg-system";
    /** Connections PostgreSQL keeps for itself and the operator (superuser_reserved_connections, replication, status). */
    private static final int RESERVED_CONNECTIONS = 10;

    private final Project project = Project.get();
    private Manifests prod;

    @BeforeEach
    void render() {
        prod = Manifests.rendered("prod");
    }

    @Test
    void servicesRunSeveralReplicasSpreadOverNodes() {
        for (ServiceSettings service : project.services) {
            Deployment deployment = deployment(service);
            assertTrue(deployment.getSpec().getReplicas() != null && deployment.getSpec().getReplicas() >= 2,
                    service.applicationName() + " runs fewer than two replicas");
            assertTrue(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                    .anyMatch(c -> "kubernetes.io/hostname".equals(c.getTopologyKey())),
                    service.applicationName() + " replicas are not spread over nodes");
        }
    }

    @Test
    void everyAutoscalerAndBudgetActsOnPodsThatExist() {
        for (HorizontalPodAutoscaler hpa : prod.all(HorizontalPodAutoscaler.class)) {
            assertTrue(prod.named(Deployment.class, hpa.getSpec().getScaleTargetRef().getName()).isPresent(),
                    "HPA " + hpa.getMetadata().getName() + " targets a missing Deployment " + hpa.getSpec().getScaleTargetRef().getName());
        }
        for (PodDisruptionBudget budget : prod.all(PodDisruptionBudget.class)) {
            assertTrue(prod.all(Deployment.class).stream().anyMatch(d ->
                    NetworkReachability.selects(budget.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels())),
                    "PodDisruptionBudget " + budget.getMetadata().getName() + " selects no pods");
        }
        for (NetworkPolicy policy : prod.all(NetworkPolicy.class)) {
            LabelSelector selector = policy.getSpec().getPodSelector();
            boolean everyPod = selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
            boolean selectsSomething = everyPod || prod.all(Deployment.class).stream().anyMatch(d ->
                    NetworkReachability.selects(selector, d.getSpec().getTemplate().getMetadata().getLabels()))
                    || OperatorObjects.postgresClusters(prod).stream().anyMatch(c ->
                    NetworkReachability.selects(selector, Map.of("cnpg.io/cluster", c.getMetadata().getName())));
            assertTrue(selectsSomething, "NetworkPolicy " + policy.getMetadata().getName() + " selects no pods");
        }
    }

    @Test
    void eachServiceScalesOnCpuFromWhereItStarts() {
        for (ServiceSettings service : project.services) {
            HorizontalPodAutoscaler hpa = autoscaler(service);
            Deployment target = prod.named(Deployment.class, hpa.getSpec().getScaleTargetRef().getName())
                    .orElseThrow(() -> new AssertionError("HPA " + hpa.getMetadata().getName() + " targets a missing Deployment"));
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals("apps/v1", hpa.getSpec().getScaleTargetRef().getApiVersion());
            int min = hpa.getSpec().getMinReplicas();
            assertTrue(min >= 2, hpa.getMetadata().getName() + ": fewer than two replicas would leave no spare");
            assertTrue(hpa.getSpec().getMaxReplicas() > min, hpa.getMetadata().getName() + ": nothing to scale");
            assertEquals(min, target.getSpec().getReplicas(), "the Deployment starts where its autoscaler's minimum is");
            assertTrue(hpa.getSpec().getMetrics().stream().anyMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName())),
                    hpa.getMetadata().getName() + " does not scale on CPU");
            // Utilisation is measured against the request, so every container needs one.
            target.getSpec().getTemplate().getSpec().getContainers().forEach(c -> assertNotNull(
                    c.getResources().getRequests().get("cpu"), c.getName() + " has no CPU request to scale against"));
        }
    }

    @Test
    void aDrainTakesAtMostOnePodOfAServiceAndIsNeverBlocked() {
        for (ServiceSettings service : project.services) {
            Deployment deployment = deployment(service);
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = prod.all(PodDisruptionBudget.class).stream()
                    .filter(b -> NetworkReachability.selects(b.getSpec().getSelector(), labels)).toList();
            assertEquals(1, budgets.size(), service.applicationName() + " must be covered by exactly one PodDisruptionBudget");
            PodDisruptionBudget budget = budgets.get(0);
            IntOrString maxUnavailable = budget.getSpec().getMaxUnavailable();
            IntOrString minAvailable = budget.getSpec().getMinAvailable();
            if (maxUnavailable != null) {
                assertEquals(1, maxUnavailable.getIntVal(), budget.getMetadata().getName() + ": maxUnavailable");
            } else {
                assertNotNull(minAvailable, budget.getMetadata().getName() + " sets neither bound");
                assertTrue(minAvailable.getIntVal() != null && minAvailable.getIntVal() < autoscaler(service).getSpec().getMinReplicas(),
                        budget.getMetadata().getName() + ": minAvailable would block every drain");
            }
        }
    }

    @Test
    void eachDatabaseIsAnOperatorClusterWithAReplica() {
        for (ServiceSettings service : project.services) {
            if (!service.usesDatabase()) {
                continue;
            }
            Map<String, String> config = OverlayManifestsTest.serviceConfig(prod, service);
            GenericKubernetesResource cluster = OperatorObjects.clusterServing(prod, config.get("DB_HOST"))
                    .orElseThrow(() -> new AssertionError(service.module() + ": DB_HOST " + config.get("DB_HOST") + " is no CloudNativePG primary"));
            Map<?, ?> spec = OperatorObjects.nested(cluster.getAdditionalProperties(), "spec");
            String name = cluster.getMetadata().getName();
            assertTrue(spec.get("instances") instanceof Integer instances && instances >= 2, name + " has no replica");
            Map<?, ?> initdb = OperatorObjects.nested(spec, "bootstrap", "initdb");
            assertEquals(config.get("DB_NAME"), initdb.get("database"), name + " creates another database than " + service.module() + " uses");
            assertEquals("icu", initdb.get("localeProvider"), name + " must fold case in every script (ICU collation)");
            assertTrue(String.valueOf(initdb.get("locale")).matches("(?i).*\\.utf-?8"), name + " needs a UTF-8 ctype for full-text search");
            assertEquals(name + "-app", secretOf(deployment(service), "DB_USER"), service.module() + " logs in with another owner than " + name + " creates");
            assertEquals(name + "-app", secretOf(deployment(service), "DB_PASSWORD"));
            assertTrue(String.valueOf(spec.get("imageName")).matches(".*/postgresql:15(\\..*)?"),
                    name + " must run PostgreSQL 15, the version the services are tested with");
            assertEquals("required", OperatorObjects.nested(spec, "affinity").get("podAntiAffinityType"),
                    name + ": primary and replica could share a node");
        }
    }

    @Test
    void everyReplicaTheAutoscalerMayStartGetsItsDatabaseConnections() {
        for (GenericKubernetesResource cluster : OperatorObjects.postgresClusters(prod)) {
            Map<?, ?> parameters = OperatorObjects.nested(cluster.getAdditionalProperties(), "spec", "postgresql", "parameters");
            int maxConnections = parameters == null || parameters.get("max_connections") == null ? 100
                    : Integer.parseInt(String.valueOf(parameters.get("max_connections")));
            int needed = 0;
            for (ServiceSettings service : project.services) {
                Map<String, String> config = OverlayManifestsTest.serviceConfig(prod, service);
                if (!service.usesDatabase() || !config.get("DB_HOST").equals(cluster.getMetadata().getName() + "-rw")) {
                    continue;
                }
                String rawPoolSize = service.properties().getProperty("quarkus.datasource.reactive.max-size", "");
                assertTrue(rawPoolSize.contains("DB_POOL_SIZE"), service.module() + ": quarkus.datasource.reactive.max-size ignores DB_POOL_SIZE");
                int reactive = Integer.parseInt(config.get("DB_POOL_SIZE"));
                int jdbc = service.value("quarkus.datasource.jdbc.max-size").map(Integer::parseInt).orElse(20);
                Deployment deployment = deployment(service);
                int surge = deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
                needed += (autoscaler(service).getSpec().getMaxReplicas() + surge) * (reactive + jdbc);
            }
            assertTrue(needed + RESERVED_CONNECTIONS <= maxConnections, cluster.getMetadata().getName() + ": pods may open " + needed
                    + " connections, max_connections is " + maxConnections);
        }
    }

    @Test
    void clusterSpecsUseOnlyFieldsTheOperatorKnows() {
        List<String> unknown = new ArrayList<>();
        for (GenericKubernetesResource cluster : OperatorObjects.postgresClusters(prod)) {
            assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
            Map<?, ?> spec = OperatorObjects.nested(cluster.getAdditionalProperties(), "spec");
            unknown.addAll(CnpgClusterFields.unknown(cluster.getMetadata().getName(), spec));
            if (spec.get("resources") != null) {
                ResourceRequirements resources = Serialization.unmarshal(Serialization.asJson(spec.get("resources")), ResourceRequirements.class);
                UnknownFields.in(resources).forEach(field -> unknown.add(cluster.getMetadata().getName() + ".spec.resources" + field));
                assertNotNull(resources.getLimits().get("memory"), cluster.getMetadata().getName() + " has no memory limit");
            }
        }
        assertFalse(OperatorObjects.postgresClusters(prod).isEmpty(), "prod declares no PostgreSQL cluster");
        assertEquals(List.of(), unknown);
    }

    @Test
    void servicesReachOnlyWhatTheirConfigurationNamesTheirDatabaseAndTheIdentityProvider() {
        NetworkReachability network = new NetworkReachability(prod.all(NetworkPolicy.class));
        String namespace = prod.all(Deployment.class).get(0).getMetadata().getNamespace();
        Map<String, Pod> pods = new HashMap<>();
        for (Deployment deployment : prod.all(Deployment.class)) {
            Map<String, Integer> ports = new HashMap<>();
            deployment.getSpec().getTemplate().getSpec().getContainers().forEach(c -> c.getPorts().stream()
                    .filter(p -> p.getName() != null).forEach(p -> ports.put(p.getName(), p.getContainerPort())));
            pods.put(deployment.getMetadata().getName(), Pod.in(namespace, deployment.getMetadata().getName(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels(), ports));
        }
        for (GenericKubernetesResource cluster : OperatorObjects.postgresClusters(prod)) {
            // The labels and port names CloudNativePG gives its instance pods.
            pods.put(cluster.getMetadata().getName(), Pod.in(namespace, cluster.getMetadata().getName() + " instance",
                    Map.of("cnpg.io/cluster", cluster.getMetadata().getName(), "cnpg.io/instanceRole", "primary"),
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187)));
        }
        Pod ingress = Pod.in(INGRESS_NAMESPACE, "ingress controller", Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
        Pod operator = Pod.in(CNPG_NAMESPACE, "CloudNativePG operator", Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of());
        Pod dns = Pod.in("kube-system", "cluster DNS", Map.of("k8s-app", "kube-dns"), Map.of("dns", 53));
        Pod strangerHere = Pod.in(namespace, "another pod of the namespace", Map.of("app", "debug"), Map.of());
        Pod strangerElsewhere = Pod.in("default", "a pod of another namespace", Map.of("app", "debug"), Map.of());

        Pod provider = Pod.outside("the identity provider", Map.of("https", 443));
        Set<String> wrong = new TreeSet<>();
        for (ServiceSettings service : project.services) {
            Pod pod = pods.get(service.applicationName());
            int port = service.httpPort();
            expect(network, wrong, true, ingress, pod, port);
            expect(network, wrong, false, strangerHere, pod, port);
            expect(network, wrong, false, strangerElsewhere, pod, port);
            expect(network, wrong, true, pod, provider, 443);
            // A service reaches another exactly when its configuration names it (gateway: both; claims: timeline).
            Map<String, String> config = OverlayManifestsTest.serviceConfig(prod, service);
            for (ServiceSettings other : project.services) {
                if (other != service) {
                    boolean calls = config.values().stream().anyMatch(v -> v.startsWith("http://" + other.applicationName() + ":"));
                    expect(network, wrong, calls, pod, pods.get(other.applicationName()), other.httpPort());
                }
            }
            for (String protocol : List.of("UDP", "TCP")) {
                if (!network.allows(pod, dns, 53, protocol)) {
                    wrong.add(pod.description() + " cannot resolve names (DNS over " + protocol + ")");
                }
            }
            for (GenericKubernetesResource cluster : OperatorObjects.postgresClusters(prod)) {
                boolean own = service.usesDatabase()
                        && (cluster.getMetadata().getName() + "-rw").equals(OverlayManifestsTest.serviceConfig(prod, service).get("DB_HOST"));
                expect(network, wrong, own, pod, pods.get(cluster.getMetadata().getName()), 5432);
            }
        }
        for (GenericKubernetesResource cluster : OperatorObjects.postgresClusters(prod)) {
            Pod instance = pods.get(cluster.getMetadata().getName());
            expect(network, wrong, true, instance, instance, 5432);
            expect(network, wrong, true, operator, instance, 8000);
            expect(network, wrong, false, ingress, instance, 5432);
            expect(network, wrong, false, strangerHere, instance, 5432);
            expect(network, wrong, false, strangerElsewhere, instance, 5432);
        }
        assertEquals(Set.of(), wrong);
    }

    /**
     * /q/metrics (and health, the OpenAPI document) never answer through a Service or the ingress: the service's prod
     * configuration serves /q on its management interface, its Service routes only to the API port, and the network
     * policies let the cluster's pods (Prometheus) reach the management port but not the ingress controller, which
     * could otherwise publish it, nor anything outside the cluster.
     */
    @Test
    void metricsAreNotReachableThroughTheProdServicesApiPort() {
        NetworkReachability network = new NetworkReachability(prod.all(NetworkPolicy.class));
        String namespace = prod.all(Deployment.class).get(0).getMetadata().getNamespace();
        Pod ingress = Pod.in(INGRESS_NAMESPACE, "the ingress controller", Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
        Pod prometheus = Pod.in("monitoring", "Prometheus", Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
        Pod outside = Pod.outside("a client outside the cluster", Map.of());
        Set<String> wrong = new TreeSet<>();
        for (ServiceSettings service : project.services) {
            String name = service.applicationName();
            if (!service.managementInterface() || service.probePort() == service.httpPort()) {
                wrong.add(name + ": the prod profile serves " + service.metricsPath() + " on the API port " + service.httpPort());
                continue;
            }
            Deployment deployment = deployment(service);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                    .filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no container " + name));
            Service api = prod.named(Service.class, name).orElseThrow(() -> new AssertionError("no Service " + name));
            for (ServicePort port : api.getSpec().getPorts()) {
                Integer target = WorkloadRules.containerPort(container, port.getTargetPort());
                if (!Objects.equals(target, service.httpPort())) {
                    wrong.add("Service " + name + " port " + port.getPort() + " routes to container port " + target
                            + ", not only to the API port " + service.httpPort());
                }
            }
            Map<String, Integer> ports = new HashMap<>();
            container.getPorts().stream().filter(p -> p.getName() != null).forEach(p -> ports.put(p.getName(), p.getContainerPort()));
            Pod pod = Pod.in(namespace, name, deployment.getSpec().getTemplate().getMetadata().getLabels(), ports);
            expect(network, wrong, false, ingress, pod, service.probePort());
            expect(network, wrong, false, outside, pod, service.probePort());
            expect(network, wrong, true, prometheus, pod, service.probePort());
        }
        assertEquals(Set.of(), wrong);
    }

    @Test
    void swaggerUiIsOffInProductionUnlessANewsroomTurnsItOn() {
        for (ServiceSettings service : project.services) {
            assertEquals(Optional.of("false"), service.value("quarkus.swagger-ui.enabled"), service.module() + " prod profile");
            assertFalse(OverlayManifestsTest.serviceConfig(prod, service).containsKey("NEWSROOM_SWAGGER_UI"),
                    service.module() + ": the prod overlay turns Swagger UI on");
        }
    }

    @Test
    void everyServiceVerifiesTokensWithTheNewsroomsProvider() {
        for (ServiceSettings service : project.services) {
            Map<String, String> config = OverlayManifestsTest.serviceConfig(prod, service);
            assertTrue(config.getOrDefault("NEWSROOM_OIDC_URL", "").startsWith("https://"),
                    service.module() + " names no OpenID Connect provider over HTTPS");
            assertNotNull(config.get("NEWSROOM_ROLES_CLAIM"), service.module() + " does not say where the roles are");
        }
    }

    @Test
    void productionCommitsNoSecretAndServesOverTls() {
        assertEquals(List.of(), prod.all(Secret.class).stream().map(s -> s.getMetadata().getName()).toList(),
                "prod must not carry credentials: the operators create the Secrets");
        Ingress ingress = prod.all(Ingress.class).get(0);
        assertFalse(ingress.getSpec().getTls().isEmpty(), "the public entry point has no TLS");
        Set<String> tlsHosts = new TreeSet<>();
        ingress.getSpec().getTls().forEach(tls -> tlsHosts.addAll(tls.getHosts()));
        ingress.getSpec().getRules().forEach(rule -> assertTrue(rule.getHost() != null && tlsHosts.contains(rule.getHost()),
                "host " + rule.getHost() + " is served without TLS"));
    }

    private static void expect(NetworkReachability network, Set<String> wrong, boolean allowed, Pod from, Pod to, int port) {
        if (network.allows(from, to, port, "TCP") != allowed) {
            wrong.add(from.description() + (allowed ? " cannot reach " : " can reach ") + to.description() + ":" + port);
        }
    }

    private Deployment deployment(ServiceSettings service) {
        return prod.named(Deployment.class, service.applicationName())
                .orElseThrow(() -> new AssertionError("no Deployment " + service.applicationName()));
    }

    private HorizontalPodAutoscaler autoscaler(ServiceSettings service) {
        return prod.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(service.applicationName())).findFirst()
                .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + service.applicationName()));
    }

    private static String secretOf(Deployment deployment, String variable) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(c -> c.getEnv().stream()).filter(e -> variable.equals(e.getName()))
                .map(EnvVar::getValueFrom).filter(v -> v != null && v.getSecretKeyRef() != null)
                .map(v -> v.getSecretKeyRef().getName()).findFirst().orElse(null);
    }
}
