package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/** A laptop cluster: one replica each and one PostgreSQL with a volume, created with the services' own credentials. */
class DevOverlayTest {

    private static final String INITDB_DIR = "/docker-entrypoint-initdb.d";

    private final Project project = Project.get();
    private Manifests dev;

    @BeforeEach
    void render() {
        dev = Manifests.rendered("dev");
    }

    @Test
    void oneReplicaOfEachService() {
        for (ServiceSettings service : project.services) {
            Deployment deployment = dev.named(Deployment.class, service.applicationName())
                    .orElseThrow(() -> new AssertionError("no Deployment " + service.applicationName()));
            assertEquals(1, deployment.getSpec().getReplicas(), service.applicationName());
        }
    }

    @Test
    void onePostgresqlWithAPersistentVolume() {
        List<StatefulSet> statefulSets = dev.all(StatefulSet.class);
        assertEquals(1, statefulSets.size(), "one PostgreSQL StatefulSet");
        StatefulSet postgres = statefulSets.get(0);
        assertEquals(1, postgres.getSpec().getReplicas());
        Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(container.getImage().matches(".*/postgres:15(\\..*)?"), "PostgreSQL 15, the version the services are tested with");
        assertEquals(1, postgres.getSpec().getVolumeClaimTemplates().size(), "a PersistentVolumeClaim per instance");
        String claim = postgres.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertNotNull(postgres.getSpec().getVolumeClaimTemplates().get(0).getSpec().getResources().getRequests().get("storage"));
        String dataMount = container.getVolumeMounts().stream().filter(m -> m.getName().equals(claim)).findFirst()
                .orElseThrow(() -> new AssertionError("the claim is not mounted")).getMountPath();
        String pgdata = env(container, "PGDATA").map(EnvVar::getValue).orElse("/var/lib/postgresql/data");
        assertTrue(pgdata.startsWith(dataMount + "/"), "PGDATA " + pgdata + " must be a folder on the volume " + dataMount);

        Service service = dev.all(Service.class).stream()
                .filter(s -> postgres.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                .findFirst().orElseThrow(() -> new AssertionError("no Service in front of PostgreSQL"));
        for (ServiceSettings db : databaseServices()) {
            assertEquals(service.getMetadata().getName(), OverlayManifestsTest.serviceConfig(dev, db).get("DB_HOST"), db.module());
        }
    }

    @Test
    void postgresqlCreatesEachServicesDatabaseWithTheServicesCredentials() {
        StatefulSet postgres = dev.all(StatefulSet.class).get(0);
        Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        String initMount = container.getVolumeMounts().stream().filter(m -> INITDB_DIR.equals(m.getMountPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no initialisation script mounted")).getName();
        Volume volume = postgres.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals(initMount))
                .findFirst().orElseThrow();
        ConfigMap scripts = dev.named(ConfigMap.class, volume.getConfigMap().getName()).orElseThrow();
        String allScripts = String.join("\n", scripts.getData().values());

        for (ServiceSettings db : databaseServices()) {
            String database = OverlayManifestsTest.serviceConfig(dev, db).get("DB_NAME");
            assertTrue(allScripts.contains("CREATE DATABASE " + database + " "), "the initialisation never creates database " + database);
            String create = allScripts.substring(allScripts.indexOf("CREATE DATABASE " + database + " "));
            create = create.substring(0, create.indexOf(';'));
            assertTrue(create.contains("LOCALE_PROVIDER icu") && create.matches("(?s).*LOCALE '[^']*\\.UTF-8'.*"),
                    database + " must fold case in every script: ICU collation and a UTF-8 ctype, not " + create);
            Deployment deployment = dev.named(Deployment.class, db.applicationName()).orElseThrow();
            for (String variable : List.of("DB_USER", "DB_PASSWORD")) {
                SecretKeySelector used = env(deployment.getSpec().getTemplate().getSpec().getContainers().get(0), variable)
                        .map(e -> e.getValueFrom().getSecretKeyRef()).orElseThrow();
                boolean created = container.getEnv().stream().map(EnvVar::getValueFrom).filter(Objects::nonNull)
                        .map(v -> v.getSecretKeyRef()).filter(Objects::nonNull)
                        .anyMatch(ref -> ref.getName().equals(used.getName()) && ref.getKey().equals(used.getKey()));
                assertTrue(created, "PostgreSQL does not create the role from " + used.getName() + "/" + used.getKey()
                        + " that " + db.module() + " logs in with");
            }
        }
    }

    @Test
    void theGeneratedCredentialsAreVisiblyLocalOnly() {
        List<Secret> secrets = dev.all(Secret.class);
        assertFalse(secrets.isEmpty());
        for (Secret secret : secrets) {
            Map<String, String> data = Optional.ofNullable(secret.getData()).orElse(Map.of());
            data.forEach((key, encoded) -> {
                if (key.contains("password")) {
                    String value = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
                    assertTrue(value.contains("local-dev-only"), secret.getMetadata().getName() + "/" + key + " looks like a real password");
                }
            });
        }
    }

    private List<ServiceSettings> databaseServices() {
        List<ServiceSettings> services = project.services.stream().filter(ServiceSettings::usesDatabase).toList();
        assertFalse(services.isEmpty(), "no service uses a database");
        return services;
    }

    private static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> name.equals(e.getName())).findFirst();
    }
}
