package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    private static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka", "oidc");
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
    /** The environment variable a consumer's name in its group (group.instance.id) comes from. */
    private static final String INSTANCE_ID = "BOLIGSOCIAL_INSTANCE_ID";
    private static final Pattern DOCKERFILE_JVM_OPTIONS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]+)\"$");

    private final JsonNode compose = read();

    @Test
    void runsPostgresKafkaTheIdentityProviderAndTheThreeServices() {
        Set<String> names = new TreeSet<>();
        compose.get("services").fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of("postgres", "kafka", "kafka-setup", "oidc", "plans-service",
                "funding-service", "evaluation-service")), names);
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
            String management = properties(service).getProperty("quarkus.management.port");
            assertTrue(docker.contains("EXPOSE " + port + " " + management), service + ": Dockerfile exposes the management port " + management);
            String healthcheck = node.at("/healthcheck/test").toString();
            assertTrue(healthcheck.contains("localhost:" + management + "/q/health/ready"),
                    service + ": healthcheck asks readiness on the management port");
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
            assertEquals("service_completed_successfully", dependsOn.at("/kafka-setup/condition").asText(),
                    service + " waits for the broker's users, topics and ACLs");
        }
    }

    /**
     * Every variable the compose file sets must be one the service reads: a property of its application.properties or
     * of service-kit's defaults (every service's too) under MicroProfile Config's environment-name mapping, or a
     * ${VAR} the properties refer to.
     */
    @Test
    void environmentNamesMatchEachServicesConfiguration() throws IOException {
        Properties kitDefaults = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"))) {
            kitDefaults.load(in);
        }
        for (String service : SERVICES) {
            Properties properties = serviceConfiguration(service);
            Set<String> known = new TreeSet<>();
            for (String key : kitDefaults.stringPropertyNames()) {
                known.add(envName(withoutProfile(key)));
            }
            for (String key : properties.stringPropertyNames()) {
                known.add(envName(withoutProfile(key)));
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
                    "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS")) {
                assertTrue(environment.has(required), service + " sets " + required);
            }
            assertEquals(properties.getProperty("quarkus.datasource.username"), environment.get("QUARKUS_DATASOURCE_USERNAME").asText(),
                    service + " runs as its own runtime login");
            assertEquals(properties.getProperty("quarkus.flyway.username"), environment.get("QUARKUS_FLYWAY_USERNAME").asText(),
                    service + " migrates as its schema's owner");
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

    /**
     * Every service that consumes as a static member of its group takes its name from BOLIGSOCIAL_INSTANCE_ID, and
     * compose and ./run both give it one: without it a restarted consumer waits out the dead one's session again.
     */
    @Test
    void consumersAreNamedInTheirGroupsByComposeAndRun() throws IOException {
        List<String> consumers = new ArrayList<>();
        for (String service : SERVICES) {
            Properties properties = properties(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.instance.id")) {
                    consumers.add(service);
                    assertTrue(properties.getProperty(key).startsWith("${" + INSTANCE_ID), service + ": " + key
                            + " comes from " + INSTANCE_ID);
                    String session = key.replace(".group.instance.id", ".session.timeout.ms");
                    assertTrue(properties.containsKey(session), service + ": a static member sets " + session
                            + " (it does not leave its group when it stops)");
                }
            }
        }
        assertEquals(List.of("plans-service", "funding-service", "evaluation-service", "evaluation-service"), consumers,
                "the consumers of boligsocial.plans, and plans-service's and evaluation-service's of boligsocial.funding");
        for (String service : consumers) {
            String name = compose.at("/services/" + service + "/environment/" + INSTANCE_ID).asText();
            assertFalse(name.isBlank(), service + ": compose sets " + INSTANCE_ID);
        }
        Matcher run = Pattern.compile("(?m)^\\s*export " + INSTANCE_ID + "=").matcher(Files.readString(ROOT.resolve("run")));
        assertTrue(run.find(), "./run exports " + INSTANCE_ID + " to the services it starts");
    }

    /**
     * PostgreSQL's container makes the services' logins with the same script as ./run, on first start, and the
     * services log in with the passwords that script gives them when none is passed; no service uses the admin.
     */
    @Test
    void postgresMakesTheServicesLoginsWithTheScriptTheServicesUse() throws IOException {
        List<String> volumes = new ArrayList<>();
        compose.at("/services/postgres/volumes").forEach(v -> volumes.add(v.asText()));
        assertTrue(volumes.contains("./db/service-logins.sql:/docker-entrypoint-initdb.d/10-service-logins.sql:ro"), volumes.toString());
        String script = Files.readString(ROOT.resolve("db/service-logins.sql"));
        String admin = compose.at("/services/postgres/environment/POSTGRES_USER").asText();
        for (String service : SERVICES) {
            JsonNode environment = compose.at("/services/" + service + "/environment");
            String schema = service.replace("-service", "");
            for (String[] login : List.of(new String[] {"QUARKUS_DATASOURCE", "_app"}, new String[] {"QUARKUS_FLYWAY", "_owner"})) {
                assertEquals(schema + login[1], environment.get(login[0] + "_USERNAME").asText());
                assertNotEquals(admin, environment.get(login[0] + "_USERNAME").asText());
                String password = environment.get(login[0] + "_PASSWORD").asText();
                Matcher defaulted = Pattern.compile("\\\\set " + schema + login[1] + "_password '([^']*)'").matcher(script);
                assertTrue(defaulted.find(), "db/service-logins.sql gives " + schema + login[1] + " a default password");
                assertEquals(defaulted.group(1), password, service + ": " + login[0] + "_PASSWORD is the script's default");
            }
        }
    }

    /** HTTPS is shown, not switched on: TLS registry settings only, plain HTTP refused, the password never inline. */
    @Test
    void theHttpsBlockConfiguresTheTlsRegistryWithoutAnInlineSecret() {
        JsonNode https = compose.get("x-https-environment");
        assertTrue(https != null && https.isObject(), "x-https-environment");
        https.fieldNames().forEachRemaining(name -> assertTrue(name.startsWith("QUARKUS_TLS_") || name.startsWith("QUARKUS_HTTP_"), name));
        assertEquals("https", https.path("QUARKUS_HTTP_TLS_CONFIGURATION_NAME").asText());
        assertEquals("disabled", https.path("QUARKUS_HTTP_INSECURE_REQUESTS").asText());
        assertTrue(https.path("QUARKUS_TLS_HTTPS_KEY_STORE_P12_PASSWORD").asText().startsWith("${"),
                "the key store's password comes from the environment");
        for (String service : SERVICES) {
            List<String> ports = new ArrayList<>();
            compose.at("/services/" + service + "/ports").forEach(p -> ports.add(p.asText()));
            assertTrue(ports.stream().noneMatch(p -> p.contains(":9")), service + ": the management port is not published " + ports);
        }
    }

    /**
     * The three services' connection pools together fit the compose PostgreSQL's connection limit (its default, 100,
     * less the 3 kept for superusers), with one connection more per service for Flyway at its start. Reads run on
     * virtual threads, so under load each pool grows to its maximum: with Quarkus's default of 50 the third service
     * was refused connections.
     */
    @Test
    void theServicesConnectionPoolsFitPostgresConnectionLimit() throws IOException {
        assertFalse(compose.at("/services/postgres/command").toString().contains("max_connections"),
                "the compose PostgreSQL keeps its default max_connections, which this test counts with");
        int connections = 0;
        for (String service : SERVICES) {
            JsonNode override = compose.at("/services/" + service + "/environment/QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            String maxSize = override.isMissingNode() ? serviceConfiguration(service).getProperty("quarkus.datasource.jdbc.max-size")
                    : override.asText();
            assertNotEquals(null, maxSize, service + " sets its pool's maximum (Quarkus's default, 50, is too many for three)");
            connections += Integer.parseInt(maxSize) + 1;
        }
        assertTrue(connections <= 100 - 3, "the pools and Flyway take " + connections + " of PostgreSQL's 97 connections");
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

    /** {@code %dev.quarkus.flyway.password} is still the setting {@code quarkus.flyway.password}. */
    static String withoutProfile(String property) {
        return property.startsWith("%") ? property.substring(property.indexOf('.') + 1) : property;
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
