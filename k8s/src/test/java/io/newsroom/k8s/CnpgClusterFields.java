package io.newsroom.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of CloudNativePG's Cluster (postgresql.cnpg.io/v1) that these manifests may use,
 * from the operator's API reference. fabric8 has no model for the custom resource, so this is
 * what catches a misspelt field there.
 */
final class CnpgClusterFields {

    private static final Set<String> SPEC = Set.of("description", "inheritedMetadata", "imageName", "imageCatalogRef",
            "imagePullPolicy", "schedulerName", "postgresUID", "postgresGID", "instances", "minSyncReplicas", "maxSyncReplicas",
            "postgresql", "replica", "replicationSlots", "bootstrap", "superuserSecret", "enableSuperuserAccess", "certificates",
            "imagePullSecrets", "storage", "serviceAccountTemplate", "walStorage", "ephemeralVolumeSource", "startDelay",
            "stopDelay", "smartShutdownTimeout", "switchoverDelay", "failoverDelay", "livenessProbeTimeout", "affinity",
            "topologySpreadConstraints", "resources", "ephemeralVolumesSizeLimit", "priorityClassName", "primaryUpdateStrategy",
            "primaryUpdateMethod", "backup", "nodeMaintenanceWindow", "monitoring", "externalClusters", "logLevel",
            "projectedVolumeTemplate", "env", "envFrom", "managed", "seccompProfile", "tablespaces", "enablePDB", "plugins",
            "probes");
    private static final Map<String, Set<String>> NESTED = Map.of(
            "bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
            "bootstrap.initdb", Set.of("database", "owner", "secret", "options", "dataChecksums", "encoding", "localeCollate",
                    "localeCType", "locale", "localeProvider", "icuLocale", "icuRules", "builtinLocale", "walSegmentSize",
                    "postInitSQL", "postInitApplicationSQL", "postInitTemplateSQL", "import", "postInitSQLRefs",
                    "postInitApplicationSQLRefs", "postInitTemplateSQLRefs"),
            "postgresql", Set.of("parameters", "synchronous", "pg_hba", "pg_ident", "syncReplicaElectionConstraint",
                    "shared_preload_libraries", "ldap", "promotionTimeout", "enableAlterSystem", "extensions"),
            "affinity", Set.of("enablePodAntiAffinity", "topologyKey", "nodeSelector", "nodeAffinity", "tolerations",
                    "podAntiAffinityType", "additionalPodAntiAffinity", "additionalPodAffinity"),
            "storage", Set.of("storageClass", "size", "resizeInUseVolumes", "pvcTemplate"),
            "monitoring", Set.of("enablePodMonitor", "customQueriesConfigMap", "customQueriesSecret", "disableDefaultQueries",
                    "podMonitorMetricRelabelings", "podMonitorRelabelings", "tls"));

    private CnpgClusterFields() {
    }

    static List<String> unknown(String cluster, Map<?, ?> spec) {
        List<String> unknown = new ArrayList<>();
        check(cluster + ".spec", "", spec, SPEC, unknown);
        return unknown;
    }

    private static void check(String where, String path, Map<?, ?> object, Set<String> known, List<String> unknown) {
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!known.contains(key)) {
                unknown.add(where + "." + key);
                continue;
            }
            String child = path.isEmpty() ? key : path + "." + key;
            if (NESTED.containsKey(child) && entry.getValue() instanceof Map<?, ?> nested) {
                check(where + "." + key, child, nested, NESTED.get(child), unknown);
            }
        }
    }
}
