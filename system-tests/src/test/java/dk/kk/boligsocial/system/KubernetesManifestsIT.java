package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests quarkus-kubernetes writes when a service is packaged ({@code target/kubernetes/kubernetes.yml};
 * failsafe runs this after the services are packaged): probes on the management port, the API alone in the Service,
 * resources set, and no secret in the file.
 */
class KubernetesManifestsIT {

    private static final List<String> SERVICES = List.of("plans-service", "funding-service", "evaluation-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void probesAskTheManagementPortAndTheServiceExposesOnlyTheApi() throws IOException {
        for (String service : SERVICES) {
            Properties properties = properties(service);
            int api = Integer.parseInt(properties.getProperty("quarkus.http.port"));
            int management = Integer.parseInt(properties.getProperty("quarkus.management.port"));
            assertNotEquals(api, management);
            JsonNode container = container(service);
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                JsonNode get = container.at("/" + probe + "/httpGet");
                assertEquals(management, get.path("port").asInt(), service + ": " + probe + " port");
                assertTrue(get.path("path").asText().startsWith("/q/health/"), service + ": " + probe + " path");
            }
            JsonNode ports = document(service, "Service").at("/spec/ports");
            assertEquals(1, ports.size(), service + ": the Service exposes one port");
            assertEquals(api, ports.get(0).path("targetPort").asInt(), service + ": the Service exposes the API");
        }
    }

    @Test
    void resourcesAreRequestedAndMemoryIsLimited() throws IOException {
        for (String service : SERVICES) {
            JsonNode resources = container(service).path("resources");
            assertFalse(resources.at("/requests/cpu").asText().isEmpty(), service + ": a CPU request");
            long requested = mebibytes(resources.at("/requests/memory").asText());
            long limit = mebibytes(resources.at("/limits/memory").asText());
            // the JVM's bounded regions (-Xmx192m, metaspace 160m, code cache 80m, direct 64m) fit under the limit
            assertTrue(limit >= 192 + 160 + 80 + 64, service + ": memory limit " + limit + " Mi");
            assertTrue(requested > 0 && requested <= limit, service + ": memory request " + requested + " Mi");
        }
    }

    @Test
    void secretsComeFromKubernetesSecretsAndNoneIsInlined() throws IOException {
        for (String service : SERVICES) {
            Set<String> fromSecrets = new TreeSet<>();
            for (JsonNode env : container(service).path("env")) {
                String name = env.path("name").asText();
                if (env.has("value")) {
                    assertFalse(name.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|JAAS|KEY_STORE|TRUST_STORE).*"),
                            service + ": " + name + " is inlined");
                } else if (env.at("/valueFrom/secretKeyRef").isObject()) {
                    fromSecrets.add(name);
                }
            }
            assertEquals(Set.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_FLYWAY_PASSWORD"), fromSecrets, service);
            List<String> envFrom = new ArrayList<>();
            container(service).path("envFrom").forEach(source -> envFrom.add(source.fieldNames().next()
                    + ":" + source.elements().next().path("name").asText()));
            assertTrue(envFrom.contains("secretRef:" + service + "-kafka"), service + ": the broker's credentials " + envFrom);
            assertTrue(envFrom.contains("configMapRef:boligsocial"), service + ": where database and broker are " + envFrom);
            String manifest = Files.readString(manifest(service));
            assertFalse(manifest.contains("boligsocial-local"), service + ": the development password is not in the manifest");
            assertFalse(manifest.toLowerCase(Locale.ROOT).contains("kind: secret"), service + ": no Secret with values is generated");
        }
    }

    @Test
    void thePodRunsAsNonRoot() throws IOException {
        for (String service : SERVICES) {
            assertTrue(document(service, "Deployment").at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(), service);
        }
    }

    private static JsonNode container(String service) throws IOException {
        JsonNode containers = document(service, "Deployment").at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), service + ": one container");
        return containers.get(0);
    }

    private static JsonNode document(String service, String kind) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(manifest(service)))) {
            JsonNode node = JSON.valueToTree(document);
            if (node != null && kind.equals(node.path("kind").asText())) {
                found.add(node);
            }
        }
        assertEquals(1, found.size(), service + ": one " + kind);
        return found.get(0);
    }

    private static Path manifest(String service) {
        Path manifest = ServiceProcess.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        assertTrue(Files.isRegularFile(manifest), manifest + " is missing: package the services first (./mvnw verify does)");
        return manifest;
    }

    private static long mebibytes(String quantity) {
        assertTrue(quantity.endsWith("Mi") || quantity.endsWith("Gi"), "a quantity in Mi or Gi: " + quantity);
        long value = Long.parseLong(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? value * 1024 : value;
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ServiceProcess.ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
