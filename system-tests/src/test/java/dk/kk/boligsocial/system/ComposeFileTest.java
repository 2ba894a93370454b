package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker is not available where the build runs, so docker-compose.yml is checked for what can be checked without
 * it: the services and their wiring against each service's own configuration, and Debian's
 * {@code docker-compose config} when that binary is installed.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("boligsocial.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("plans-service", "funding-service", "evaluation-service");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    /** Read by the Dockerfiles' entrypoint (the JVM's options), not by the service's configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_OPTS");
    /**
     * Read by every Kafka client of a service: Quarkus hands each {@code KAFKA_*} variable to the clients as the
     * {@code kafka.*} setting it names (KAFKA_SASL_JAAS_CONFIG is sasl.jaas.config), defaults in the messaging library.
     */
    private static final Set<String> KAFKA_CLIENT_VARIABLES = Stream.of(ProducerConfig.configNames(),
                    ConsumerConfig.configNames(), AdminClientConfig.configNames())
            .flatMap(Set::stream).map(name -> envName("kafka." + name)).collect(Collectors.toSet());
    private static final Pattern RUN_JVM_OPTIONS = Pattern.compile("(?m)^SERVICE_JVM_OPTS=\"([^\"]+)\"$");
    private static final Pattern DOCKERFILE_JVM_OPTIONS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]+)\"$");

    private final JsonNode compose = read();

    @Test
    void runsPostgresKafkaAndTheThreeServices() {
        Set<String> names = new TreeSet<>();
        compose.get("services").fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of("postgres", "kafka", "kafka-setup", "plans-service", "funding-service",
                "evaluation-service")), names);
        assertTrue(compose.at("/services/kafka/image").asText().startsWith("apache/kafka:"), "a KRaft Apache Kafka image");
        assertEquals("broker,controller", compose.at("/services/kafka/environment/KAFKA_PROCESS_ROLES").asText(),
                "single node, KRaft (no ZooKeeper)");
        for (String infrastructure : List.of("postgres", "kafka")) {
            assertTrue(compose.at("/services/" + infrastructure + "/healthcheck/test").isArray(), infrastructure + " has a healthcheck");
        }
    }

    @Test
    void everyServiceIsBuiltFromItsDockerfileAndPublishesItsConfiguredPort() throws IOException {
        for (String service : SERVICES) {
            JsonNode node = compose.at("/services/" + service);
            Path context = ROOT.resolve(node.at("/build/context").asText()).normalize();
            assertEquals(ROOT.resolve(service), context, service + ": build context is the module");
            Path dockerfile = context.resolve(node.at("/build/dockerfile").asText());
            assertEquals(context.resolve("src/main/docker/Dockerfile.jvm"), dockerfile, service + ": the standard Dockerfile");
            assertTrue(Files.isRegularFile(dockerfile), dockerfile + " exists");
            String docker = Files.readString(dockerfile);
            assertTrue(docker.contains("target/quarkus-app/lib/") && docker.contains("quarkus-run.jar"),
                    service + ": Dockerfile copies the Quarkus fast-jar");

            String port = properties(service).getProperty("quarkus.http.port");
            List<String> ports = new ArrayList<>();
            node.get("ports").forEach(p -> ports.add(p.asText()));
            assertEquals(List.of(port + ":" + port), ports, service + ": publishes quarkus.http.port");
            assertTrue(docker.contains("EXPOSE " + port), service + ": Dockerfile exposes " + port);
            String healthcheck = node.at("/healthcheck/test").toString();
            assertTrue(healthcheck.contains("localhost:" + port + "/q/health/ready"), service + ": healthcheck asks readiness on its port");
        }
    }

    @Test
    void servicesWaitForHealthyInfrastructure() {
        for (String service : SERVICES) {
            JsonNode dependsOn = compose.at("/services/" + service + "/depends_on");
            for (String infrastructure : List.of("postgres", "kafka")) {
                assertEquals("service_healthy", dependsOn.at("/" + infrastructure + "/condition").asText(),
                        service + " waits for " + infrastructure);
            }
            assertEquals("service_completed_successfully", dependsOn.at("/kafka-setup/condition").asText(),
                    service + " waits for the broker's users, topics and ACLs");
        }
    }

    /**
     * Every variable the compose file sets must be one the service reads: a property of its application.properties
     * under MicroProfile Config's environment-name mapping, or a ${VAR} the properties refer to.
     */
    @Test
    void environmentNamesMatchEachServicesConfiguration() throws IOException {
        for (String service : SERVICES) {
            Properties properties = properties(service);
            Set<String> known = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                known.add(envName(key));
                Matcher reference = ENV_REFERENCE.matcher(properties.getProperty(key));
                while (reference.find()) {
                    known.add(reference.group(1));
                }
            }
            JsonNode environment = compose.at("/services/" + service + "/environment");
            assertTrue(environment.isObject() && environment.size() > 0, service + " has an environment");
            environment.fieldNames().forEachRemaining(name ->
                    assertTrue(known.contains(name) || JVM_VARIABLES.contains(name) || KAFKA_CLIENT_VARIABLES.contains(name),
                            service + ": " + name + " matches no setting of its application.properties nor a Kafka client setting"));
            for (String required : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS")) {
                assertTrue(environment.has(required), service + " sets " + required);
            }
            assertTrue(environment.get("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql://postgres:"),
                    service + " uses the postgres container");
            assertEquals("kafka:9092", environment.get("KAFKA_BOOTSTRAP_SERVERS").asText(), service + " uses the kafka container");
        }
    }

    /**
     * A service gets the same bounded heap and collector however it is started: ./run, its image, or compose. Without
     * them the JVM takes a quarter of the machine's memory and the memory targets of bench/README.md do not hold.
     */
    @Test
    void heapAndCollectorAreSetTheSameWayByRunTheDockerfilesAndCompose() throws IOException {
        Matcher run = RUN_JVM_OPTIONS.matcher(Files.readString(ROOT.resolve("run")));
        assertTrue(run.find(), "./run defines SERVICE_JVM_OPTS");
        String options = run.group(1);
        assertTrue(options.matches(".*-Xmx\\d+m.*"), "a maximum heap: " + options);
        assertTrue(options.matches(".*-XX:\\+Use\\w+GC.*"), "a chosen collector: " + options);
        for (String service : SERVICES) {
            Matcher docker = DOCKERFILE_JVM_OPTIONS.matcher(
                    Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm")));
            assertTrue(docker.find(), service + ": Dockerfile sets JAVA_OPTS");
            assertEquals(options, docker.group(1), service + ": Dockerfile's JAVA_OPTS");
            assertEquals(options, compose.at("/services/" + service + "/environment/JAVA_OPTS").asText(),
                    service + ": compose's JAVA_OPTS");
        }
    }

    /**
     * Kafka is a trust boundary (issue 10): the broker authenticates every client and authorises by ACL, creates no
     * topic on first use, and each service logs in as itself (its own user, so the ACLs tell the services apart).
     */
    @Test
    void kafkaRunsWithAuthenticationAndEachServiceLogsInAsItself() {
        JsonNode broker = compose.at("/services/kafka/environment");
        assertEquals("CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT", broker.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText());
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", broker.get("KAFKA_AUTHORIZER_CLASS_NAME").asText());
        assertEquals("false", broker.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND").asText());
        assertEquals("false", broker.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText());
        assertTrue(compose.at("/services/kafka/healthcheck/test").toString().contains("--command-config"),
                "the healthcheck logs in too");
        String setup = compose.at("/services/kafka-setup/command").toString();
        for (String service : SERVICES) {
            JsonNode environment = compose.at("/services/" + service + "/environment");
            assertEquals("SASL_PLAINTEXT", environment.get("KAFKA_SECURITY_PROTOCOL").asText(), service);
            assertEquals("SCRAM-SHA-512", environment.get("KAFKA_SASL_MECHANISM").asText(), service);
            assertTrue(environment.get("KAFKA_SASL_JAAS_CONFIG").asText().contains("username=\"" + service + "\""),
                    service + " logs in as itself");
            assertTrue(setup.contains("--entity-name " + service), service + " has a SCRAM user");
            assertTrue(setup.contains("User:" + service), service + " has ACLs");
        }
        for (String topic : List.of("boligsocial.plans", "boligsocial.funding", "boligsocial.evaluations")) {
            assertTrue(setup.contains(topic), topic + " is created up front");
        }
    }

    @Test
    void dockerComposeAcceptsTheFileWhenInstalled() throws IOException, InterruptedException {
        Path binary = findOnPath("docker-compose");
        if (binary == null) {
            System.out.println("ComposeFileTest: docker-compose is not installed; 'docker-compose config' skipped"
                    + " (the structural checks above still ran)");
            return;
        }
        Process process = new ProcessBuilder(binary.toString(), "-f", ROOT.resolve("docker-compose.yml").toString(), "config", "-q")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("docker-compose config did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), "docker-compose config: " + output);
        System.out.println("ComposeFileTest: " + binary + " config accepts docker-compose.yml");
    }

    /** MicroProfile Config: non-alphanumerics become '_', then upper case (quarkus.http.port → QUARKUS_HTTP_PORT). */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static JsonNode read() {
        try {
            // SnakeYAML resolves the file's anchors and aliases (<<, *service-environment) as Compose does
            Object document = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
            return new ObjectMapper().valueToTree(document);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read docker-compose.yml", e);
        }
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
