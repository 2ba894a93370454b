package dk.kk.boligsocial.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys rotate through the provider's JWKS, with the kit's JWKS settings: a key the provider starts signing with is
 * trusted with its first token (the JWKS is read again at once for a key it lacks), and a key it has withdrawn is not
 * trusted once the JWKS has been read again. The JWKS is served over HTTP here exactly as a provider serves it.
 */
class KeyRotationTest {

    private static final String ISSUER = "https://login.example/boligsocial";
    private static final String AUDIENCE = "boligsocial-plans";
    /** jose4j's HttpsJwks default refresh reprieve (300 ms), and a little more. */
    private static final Duration REFRESH_REPRIEVE = Duration.ofMillis(400);

    private final AtomicReference<String> jwks = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();
    private HttpServer provider;
    private VerifiedTokens tokens;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/jwks", exchange -> {
            reads.incrementAndGet();
            byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        provider.start();

        Properties kit = kitDefaults();
        JWTAuthContextInfo settings = new JWTAuthContextInfo("http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks",
                ISSUER);
        settings.setExpectedAudience(Set.of(AUDIENCE));
        settings.setMaxTimeToLiveSecs(Long.valueOf(kit.getProperty("smallrye.jwt.time-to-live")));
        settings.setJwksRefreshInterval(Integer.valueOf(kit.getProperty("smallrye.jwt.jwks.refresh-interval")));
        settings.setForcedJwksRefreshInterval(Integer.parseInt(kit.getProperty("smallrye.jwt.jwks.forced-refresh-interval")));
        tokens = new VerifiedTokens(new DefaultJWTParser(settings), Clock.systemUTC(), Duration.ofSeconds(60));
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void aNewKeyIsTrustedWithItsFirstTokenAndAWithdrawnOneNoLonger() throws Exception {
        RsaJsonWebKey first = key("first");
        RsaJsonWebKey second = key("second");
        publish(first);
        assertEquals("before", tokens.parse(token(first, "before")).getSubject());

        // the provider rotates: it publishes the new key alone and signs with it. (jose4j ignores a refresh within
        // 300 ms of the previous one; a real rotation is never that close to a service's first read.)
        publish(second);
        Thread.sleep(REFRESH_REPRIEVE.toMillis());
        assertEquals("after", tokens.parse(token(second, "after")).getSubject());
        assertEquals(2, reads.get(), "the JWKS was read again for the key it lacked");

        assertThrows(ParseException.class, () -> tokens.parse(token(first, "stale")));
        assertEquals(2, reads.get(), "a key it lacks makes it read the JWKS at most once a minute");
    }

    @Test
    void aTokenOfAKeyTheProviderNeverPublishedIsRefused() throws Exception {
        publish(key("published"));
        assertThrows(ParseException.class, () -> tokens.parse(token(key("published"), "impostor")));
    }

    private void publish(RsaJsonWebKey key) {
        jwks.set(new JsonWebKeySet(List.<JsonWebKey>of(key)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static RsaJsonWebKey key(String id) throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(id);
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        return key;
    }

    private static String token(RsaJsonWebKey key, String subject) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setStringListClaim("groups", "kommune");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static Properties kitDefaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
