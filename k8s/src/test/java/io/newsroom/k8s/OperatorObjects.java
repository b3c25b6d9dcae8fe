package io.newsroom.k8s;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * Objects the manifests reference but do not contain, because an operator they declare creates
 * them in the cluster: CloudNativePG makes a Secret and Services per Cluster, cert-manager makes
 * the TLS Secret of an annotated Ingress. A reference to anything else must be in the render.
 */
final class OperatorObjects {

    static final String CNPG_GROUP = "postgresql.cnpg.io";
    static final int POSTGRES_PORT = 5432;
    /** Keys of the Secret "<cluster>-app" CloudNativePG generates for the database owner. */
    private static final List<String> CNPG_APP_SECRET_KEYS = List.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");

    private OperatorObjects() {
    }

    static List<GenericKubernetesResource> postgresClusters(Manifests manifests) {
        return manifests.custom(CNPG_GROUP, "Cluster");
    }

    /** Secret names, and "name#key" pairs, that operators create from what the manifests declare. */
    static Set<String> secrets(Manifests manifests) {
        Set<String> secrets = new HashSet<>();
        for (GenericKubernetesResource cluster : postgresClusters(manifests)) {
            Map<?, ?> initdb = nested(cluster.getAdditionalProperties(), "spec", "bootstrap", "initdb");
            // With its own secret named in bootstrap.initdb the operator generates none.
            if (initdb != null && initdb.get("secret") == null) {
                String name = cluster.getMetadata().getName() + "-app";
                secrets.add(name);
                CNPG_APP_SECRET_KEYS.forEach(key -> secrets.add(name + "#" + key));
            }
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            Map<String, String> annotations = Optional.ofNullable(ingress.getMetadata().getAnnotations()).orElse(Map.of());
            if (annotations.containsKey("cert-manager.io/cluster-issuer") || annotations.containsKey("cert-manager.io/issuer")) {
                ingress.getSpec().getTls().forEach(tls -> secrets.add(tls.getSecretName()));
            }
        }
        return secrets;
    }

    /** The port of the database host a service is configured with, if that host exists here. */
    static Optional<Integer> databaseServicePort(Manifests manifests, String host) {
        if (host == null) {
            return Optional.empty();
        }
        Optional<Service> service = manifests.named(Service.class, host);
        if (service.isPresent()) {
            return service.get().getSpec().getPorts().stream().map(p -> p.getPort()).findFirst();
        }
        return postgresClusters(manifests).stream().map(c -> c.getMetadata().getName())
                .filter(name -> host.equals(name + "-rw") || host.equals(name + "-ro") || host.equals(name + "-r"))
                .findFirst().map(name -> POSTGRES_PORT);
    }

    /** The Cluster behind a "<cluster>-rw" host. */
    static Optional<GenericKubernetesResource> clusterServing(Manifests manifests, String host) {
        return postgresClusters(manifests).stream().filter(c -> host.equals(c.getMetadata().getName() + "-rw")).findFirst();
    }

    static Map<?, ?> nested(Map<?, ?> root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current instanceof Map<?, ?> map ? map : null;
    }
}
