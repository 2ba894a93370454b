package dk.kk.boligsocial.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.oidc.Audiences;
import dk.kk.boligsocial.oidc.LocalIdentityProvider;
import dk.kk.boligsocial.oidc.LocalTokenRequest;
import dk.kk.boligsocial.testkit.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged services trust only the identity provider they are given, for their own audience, and only tokens of a
 * bounded lifetime; a service given no provider, or the development key, does not start at all.
 */
class IdentityIT {

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(120);

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final LocalIdentityProvider provider = SystemIdentity.provider();

    @Test
    void eachServiceAcceptsATokenOnlyIfItNamesThatService() {
        LocalTokenRequest kommune = LocalTokenRequest.of("system-kommune", Set.of("kommune"), null);
        String forFunding = provider.token(kommune.forAudiences(List.of(Audiences.FUNDING)));
        assertEquals(200, status(system.fundingUri() + "/v1/pools", forFunding));
        assertEquals(401, status(system.plansUri() + "/v1/rounds", forFunding));
        assertEquals(401, status(system.evaluationUri() + "/v1/indicators", forFunding));

        String forAll = provider.token(kommune);
        for (String uri : readEndpoints()) {
            assertEquals(200, status(uri, forAll), uri);
        }
    }

    /** The finding of issue 10: a ten-year kommune+lbf token signed with the repository's key was accepted. */
    @Test
    void aTokenOfTheRepositorysKeyOrOfTenYearsIsRefusedByEveryService() {
        String developmentKey = Tokens.token("mallory", Set.of("kommune", "lbf"), null);
        String tenYears = provider.token(LocalTokenRequest.of("mallory", Set.of("kommune", "lbf"), null)
                .living(Duration.ofDays(3650)));
        for (String uri : readEndpoints()) {
            assertEquals(401, status(uri, developmentKey), uri + " with the development key");
            assertEquals(401, status(uri, tenYears), uri + " with a ten-year token");
        }
    }

    /**
     * The packaged jar in the prod profile, as a deployment would start it: without an identity provider, and with
     * the development issuer and key of the tests. Both exit during start-up and say why.
     */
    @Test
    void aServiceWithoutARealIdentityProviderRefusesToStart() throws Exception {
        CompletableFuture<Refusal> none = CompletableFuture.supplyAsync(() -> start("none", List.of()));
        CompletableFuture<Refusal> development = CompletableFuture.supplyAsync(() -> start("development",
                List.of("-Dmp.jwt.verify.issuer=boligsocial-dev",
                        "-Dmp.jwt.verify.publickey.location=boligsocial-dev-keys/publicKey.pem")));
        Refusal withoutProvider = none.get();
        assertNotEquals(0, withoutProvider.exitCode(), withoutProvider.output());
        assertTrue(withoutProvider.output().contains("Refusing to start: bearer tokens would not be verified against"
                + " a real identity provider."), withoutProvider.output());
        assertTrue(withoutProvider.output().contains("no issuer: set mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER)"),
                withoutProvider.output());
        assertTrue(withoutProvider.output().contains("no JWKS: set mp.jwt.verify.publickey.location"),
                withoutProvider.output());

        Refusal withDevelopmentKey = development.get();
        assertNotEquals(0, withDevelopmentKey.exitCode(), withDevelopmentKey.output());
        assertTrue(withDevelopmentKey.output().contains("the development issuer of the tests"), withDevelopmentKey.output());
        assertTrue(withDevelopmentKey.output().contains("the verification key is the development key"),
                withDevelopmentKey.output());
    }

    private List<String> readEndpoints() {
        return List.of(system.plansUri() + "/v1/rounds", system.fundingUri() + "/v1/pools",
                system.evaluationUri() + "/v1/indicators");
    }

    private static int status(String uri, String token) {
        return given().auth().oauth2(token).get(uri).statusCode();
    }

    private record Refusal(int exitCode, String output) {
    }

    /**
     * plans-service's packaged jar with a database of its own (its migrations run before the check), no broker, and
     * {@code options}; waits for it to exit.
     */
    private static Refusal start(String name, List<String> options) {
        try (TestDatabase database = TestDatabase.create()) {
            return start(name, database, options);
        }
    }

    private static Refusal start(String name, TestDatabase database, List<String> options) {
        Path jar = ServiceProcess.ROOT.resolve("plans-service/target/quarkus-app/quarkus-run.jar");
        Path log = ServiceProcess.LOGS.resolve("plans-service-identity-" + name + ".log");
        // the service's own logins, as everywhere (a superuser or a missing migration login is refused first)
        TestDatabase.Logins logins = TestDatabase.loginsFor(database.jdbcUrl(), "plans-service");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=0",
                "-Dquarkus.management.port=0",
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "-Dquarkus.datasource.username=" + logins.runtime(),
                "-Dquarkus.datasource.password=" + logins.runtimePassword(),
                "-Dquarkus.flyway.username=" + logins.owner(),
                "-Dquarkus.flyway.password=" + logins.ownerPassword(),
                "-Dkafka.bootstrap.servers=localhost:1",
                // a login as every service needs one (KafkaLogin checks it at start, beside the identity check)
                "-Dkafka.security.protocol=SASL_PLAINTEXT", "-Dkafka.sasl.mechanism=SCRAM-SHA-512",
                "-Dkafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"plans-service\" password=\"unused\";"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(ServiceProcess.LOGS);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            // nothing from the environment either (./run or a developer's shell may set the provider there)
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("MP_JWT") || key.startsWith("SMALLRYE_JWT")
                    || key.startsWith("BOLIGSOCIAL_IDENTITY"));
            Process process = builder.start();
            if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return new Refusal(0, "still running after " + EXIT_TIMEOUT.toSeconds() + " s; see " + log);
            }
            return new Refusal(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
