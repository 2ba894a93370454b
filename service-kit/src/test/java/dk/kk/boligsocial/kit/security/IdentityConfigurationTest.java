package dk.kk.boligsocial.kit.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The rules a packaged service's identity configuration must keep, and the guard that refuses to start without them.
 * The configurations are read the way the service reads them: the kit's defaults, then the service's settings.
 */
class IdentityConfigurationTest {

    private static final Map<String, String> PRODUCTION = Map.of(
            "mp.jwt.verify.issuer", "https://login.kk.dk/realms/boligsocial",
            "mp.jwt.verify.publickey.location", "https://login.kk.dk/realms/boligsocial/protocol/openid-connect/certs",
            "mp.jwt.verify.audiences", "boligsocial-plans");

    @Test
    void aProviderWithIssuerJwksOverHttpsAndAudienceIsAccepted() {
        IdentityConfiguration identity = configuration(PRODUCTION, false);
        assertEquals(List.of(), identity.problems());
        assertEquals(3600, identity.maxLifetime().orElseThrow().toSeconds(), "the kit's default maximum lifetime");
        assertEquals(60, identity.clockSkew().toSeconds(), "the kit's default clock skew");
        assertDoesNotThrow(() -> IdentityGuard.check(LaunchMode.NORMAL, identity));
    }

    /** The kit's defaults name no provider at all: a packaged service started without one refuses to start. */
    @Test
    void withoutConfigurationAPackagedServiceRefusesToStart() {
        IdentityConfiguration identity = configuration(Map.of(), false);
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> IdentityGuard.check(LaunchMode.NORMAL, identity));
        String message = refusal.getMessage();
        assertTrue(message.startsWith("Refusing to start"), message);
        assertTrue(message.contains("no issuer: set mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER)"), message);
        assertTrue(message.contains("no JWKS: set mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION)"),
                message);
        assertTrue(message.contains("no audience"), message);
    }

    /** What the tests verify with (the kit's %test profile) must never pass for production. */
    @Test
    void theDevelopmentIssuerAndKeyAreRefused() {
        IdentityConfiguration identity = configuration("test", Map.of("mp.jwt.verify.audiences", "boligsocial-plans"), false);
        assertEquals("boligsocial-dev", identity.issuer().orElseThrow(), "the test profile's issuer");
        List<String> problems = identity.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'boligsocial-dev', the development issuer"), problems.get(0));
        assertTrue(problems.get(1).contains("the development key (boligsocial-dev-keys/publicKey.pem)"), problems.get(1));

        Map<String, String> devKeyFromAnywhere = new HashMap<>(PRODUCTION);
        devKeyFromAnywhere.put("mp.jwt.verify.publickey.location", "file:/etc/boligsocial-dev-keys/publicKey.pem");
        assertTrue(configuration(devKeyFromAnywhere, true).problems().get(0).contains("the development key"));
    }

    @Test
    void aKeyGivenInTheConfigurationIsRefused() {
        for (String property : List.of("mp.jwt.verify.publickey", "smallrye.jwt.verify.secretkey")) {
            Map<String, String> settings = new HashMap<>(PRODUCTION);
            settings.remove("mp.jwt.verify.publickey.location");
            settings.put(property, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
            List<String> problems = configuration(settings, false).problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("keys must come from the identity provider's JWKS"), problems.get(0));
        }
        Map<String, String> pemFile = new HashMap<>(PRODUCTION);
        pemFile.put("mp.jwt.verify.publickey.location", "/etc/keys/provider.pem");
        assertTrue(configuration(pemFile, false).problems().get(0).contains("must be the identity provider's JWKS URL"));
    }

    @Test
    void plainHttpIsForTheLocalProviderOnly() {
        Map<String, String> local = new HashMap<>(PRODUCTION);
        local.put("mp.jwt.verify.issuer", "http://localhost:8090/boligsocial");
        local.put("mp.jwt.verify.publickey.location", "http://localhost:8090/boligsocial/jwks");
        List<String> problems = configuration(local, false).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("is plain http"), problems.get(0));
        assertEquals(List.of(), configuration(local, true).problems(), "with boligsocial.identity.local=true");
    }

    @Test
    void aLifetimeOverADayOrAClockSkewOverFiveMinutesIsRefused() {
        Map<String, String> lax = new HashMap<>(PRODUCTION);
        lax.put("smallrye.jwt.time-to-live", Long.toString(10L * 365 * 24 * 3600));
        lax.put("mp.jwt.verify.clock.skew", "3600");
        List<String> problems = configuration(lax, false).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a token may live at most 86400 s"), problems.get(0));
        assertTrue(problems.get(1).contains("clock skew (mp.jwt.verify.clock.skew) is 3600 s"), problems.get(1));

        Map<String, String> unlimited = new HashMap<>(PRODUCTION);
        unlimited.put("smallrye.jwt.time-to-live", "0");
        assertTrue(configuration(unlimited, false).problems().get(0).contains("no maximum token lifetime"));
    }

    /** Tests and dev mode opt in to the development key or the local provider in their own profile. */
    @Test
    void testsAndDevModeAreNotChecked() {
        IdentityConfiguration nothing = configuration(Map.of(), false);
        assertDoesNotThrow(() -> IdentityGuard.check(LaunchMode.TEST, nothing));
        assertDoesNotThrow(() -> IdentityGuard.check(LaunchMode.DEVELOPMENT, nothing));
    }

    private static IdentityConfiguration configuration(Map<String, String> settings, boolean local) {
        return configuration("prod", settings, local);
    }

    /** The kit's defaults (ordinal 100) under {@code settings} (250, as a service's application.properties). */
    private static IdentityConfiguration configuration(String profile, Map<String, String> settings, boolean local) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(kitDefaults(), "kit defaults", 100))
                .withSources(new PropertiesConfigSource(settings, "service", 250))
                .build();
        return IdentityConfiguration.from(config, local);
    }

    private static Map<String, String> kitDefaults() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> defaults = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> defaults.put(name, properties.getProperty(name)));
        return defaults;
    }
}
