package dk.kk.boligsocial.testkit;

import dk.kk.boligsocial.oidc.Audiences;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Mints RS256 JWTs for the services' {@code @QuarkusTest}s, signed with the development key pair
 * ({@code boligsocial-dev-keys/} here, both halves): the kit's test profile verifies them, and nothing else does. A
 * packaged service refuses the development issuer and key at start-up (service-kit's {@code IdentityGuard}); local
 * runs, the system tests and docker-compose use tokens of a real OpenID Connect provider instead (local-oidc).
 *
 * <p>Tokens name every service in {@code aud}, so that one token serves a test wherever it calls.
 */
public final class Tokens {

    public static final String ISSUER = "boligsocial-dev";
    public static final String ORGANISATION_CLAIM = "org_id";
    public static final Duration LIFETIME = Duration.ofHours(1);
    public static final Set<String> AUDIENCES = Set.copyOf(Audiences.ALL);

    public static final String KOMMUNE = "kommune";
    public static final String LBF = "lbf";
    public static final String BOLIGORGANISATION = "boligorganisation";
    public static final String EVALUATOR = "evaluator";
    public static final String READER = "reader";
    public static final String REVISOR = "revisor";
    public static final Set<String> ROLES = Set.of(KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER, REVISOR);

    static final String PRIVATE_KEY_RESOURCE = "boligsocial-dev-keys/privateKey.pem";

    private static volatile PrivateKey signingKey;

    private Tokens() {
    }

    /**
     * A signed token; roles go to {@code groups}, the subject to {@code sub} and {@code upn}.
     * Any role string is accepted, so tests can also mint tokens with roles the services do not know.
     */
    public static String token(String subject, Set<String> roles, UUID orgId) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(roles, "roles");
        return sign(subject, roles, orgId == null ? null : orgId.toString());
    }

    /**
     * A signed {@code boligorganisation} token whose {@code org_id} claim is {@code rawOrganisationClaim} as given
     * (not necessarily a UUID), or has no {@code org_id} at all when it is null: what a misconfigured identity
     * provider might issue.
     */
    public static String boligorganisationWithClaim(String rawOrganisationClaim) {
        return sign("test-boligorganisation-unscoped", Set.of(BOLIGORGANISATION), rawOrganisationClaim);
    }

    private static String sign(String subject, Set<String> roles, String organisationClaim) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.copyOf(roles))
                .audience(AUDIENCES)
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME));
        if (organisationClaim != null) {
            claims.claim(ORGANISATION_CLAIM, organisationClaim);
        }
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(signingKey());
    }

    public static String kommune() {
        return token("test-kommune", Set.of(KOMMUNE), null);
    }

    public static String lbf() {
        return token("test-lbf", Set.of(LBF), null);
    }

    public static String evaluator() {
        return token("test-evaluator", Set.of(EVALUATOR), null);
    }

    public static String revisor() {
        return token("test-revisor", Set.of(REVISOR), null);
    }

    public static String reader() {
        return token("test-reader", Set.of(READER), null);
    }

    public static String boligorganisation(UUID orgId) {
        Objects.requireNonNull(orgId, "a boligorganisation token needs its organisation id");
        return token("test-boligorganisation-" + orgId, Set.of(BOLIGORGANISATION), orgId);
    }

    /** {@code "Bearer <token>"}, ready for the Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    static PrivateKey signingKey() {
        PrivateKey key = signingKey;
        if (key == null) {
            key = loadPrivateKey();
            signingKey = key;
        }
        return key;
    }

    private static PrivateKey loadPrivateKey() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PRIVATE_KEY_RESOURCE + " is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PRIVATE_KEY_RESOURCE, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PRIVATE_KEY_RESOURCE + " is not a PKCS#8 RSA private key", e);
        }
    }
}
