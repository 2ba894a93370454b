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
    private static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka", "oidc");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    /** Read by the Dockerfiles' entrypoint (the JVM's options), not by the service's configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_OPTS");
    private static final Pattern RUN_JVM_OPTIONS = Pattern.compile("(?m)^SERVICE_JVM_OPTS=\"([^\"]+)\"$");
    private static final Pattern DOCKERFILE_JVM_OPTIONS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]+)\"$");

    private final JsonNode compose = read();

    @Test
    void runsPostgresKafkaTheIdentityProviderAndTheThreeServices() {
        Set<String> names = new TreeSet<>();
        compose.get("services").fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of("postgres", "kafka", "oidc", "plans-service", "funding-service", "evaluation-service")), names);
        assertTrue(compose.at("/services/kafka/image").asText().startsWith("apache/kafka:"), "a KRaft Apache Kafka image");
        assertEquals("broker,controller", compose.at("/services/kafka/environment/KAFKA_PROCESS_ROLES").asText(),
                "single node, KRaft (no ZooKeeper)");
        for (String infrastructure : INFRASTRUCTURE) {
            assertTrue(compose.at("/services/" + infrastructure + "/healthcheck/test").isArray(), infrastructure + " has a healthcheck");
        }
    }

    /**
     * The services verify tokens of the oidc container (local-oidc's image): its JWKS inside the network, and the issuer
     * its tokens carry however they are asked for, which is what ./run token asks it for from the host.
     */
    @Test
    void servicesVerifyTokensOfTheLocalIdentityProvider() throws IOException {
        JsonNode oidc = compose.at("/services/oidc");
        Path context = ROOT.resolve(oidc.at("/build/context").asText()).normalize();
        assertEquals(ROOT.resolve("local-oidc"), context, "the provider is built from local-oidc");
        String docker = Files.readString(context.resolve(oidc.at("/build/dockerfile").asText()));
        assertTrue(docker.contains("target/provider-lib/") && docker.contains("dk.kk.boligsocial.oidc.IdentityProviderMain"),
                "the Dockerfile runs local-oidc's provider with its libraries");
        Matcher issuer = Pattern.compile("ENV OIDC_ISSUER=\"([^\"]+)\"").matcher(docker);
        assertTrue(issuer.find(), "the Dockerfile fixes the issuer");
        List<String> ports = new ArrayList<>();
        oidc.get("ports").forEach(p -> ports.add(p.asText()));
        assertEquals(List.of("8090:8090"), ports, "./run token reaches it where ./run's provider listens");
        Matcher runIssuer = Pattern.compile("(?m)^OIDC_ISSUER=\"http://localhost:\\$OIDC_PORT(/[^\"]+)\"$")
                .matcher(Files.readString(ROOT.resolve("run")));
        assertTrue(runIssuer.find(), "./run defines OIDC_ISSUER");
        assertEquals("http://localhost:8090" + runIssuer.group(1), issuer.group(1), "the issuer of ./run's provider");
        for (String service : SERVICES) {
            JsonNode environment = compose.at("/services/" + service + "/environment");
            assertEquals(issuer.group(1), environment.path("MP_JWT_VERIFY_ISSUER").asText(), service + ": issuer");
            assertEquals("http://oidc:8090" + runIssuer.group(1) + "/jwks",
                    environment.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText(), service + ": the container's JWKS");
            assertEquals("true", environment.path("BOLIGSOCIAL_IDENTITY_LOCAL").asText(),
                    service + ": names the provider as the local one (plain http)");
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
            for (String infrastructure : INFRASTRUCTURE) {
                assertEquals("service_healthy", dependsOn.at("/" + infrastructure + "/condition").asText(),
                        service + " waits for " + infrastructure);
            }
        }
    }

    /**
     * Every variable the compose file sets must be one the service reads: a property of its application.properties or
     * of service-kit's defaults (every service's too) under MicroProfile Config's environment-name mapping, or a
     * ${VAR} the properties refer to.
     */
    @Test
    void environmentNamesMatchEachServicesConfiguration() throws IOException {
        for (String service : SERVICES) {
            Properties properties = serviceConfiguration(service);
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
                    assertTrue(known.contains(name) || JVM_VARIABLES.contains(name), service + ": " + name + " matches no setting of its application.properties"));
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

    /**
     * The service's application.properties over service-kit's defaults. A profile's key ({@code %test.x}) counts as the
     * key itself: the variable of {@code x} sets it in every profile.
     */
    private static Properties serviceConfiguration(String service) throws IOException {
        Properties merged = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"))) {
            merged.load(in);
        }
        merged.putAll(properties(service));
        Properties withoutProfiles = new Properties();
        merged.stringPropertyNames().forEach(key ->
                withoutProfiles.setProperty(key.replaceFirst("^%[^.]+\\.", ""), merged.getProperty(key)));
        return withoutProfiles;
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
