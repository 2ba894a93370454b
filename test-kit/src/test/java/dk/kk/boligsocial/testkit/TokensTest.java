package dk.kk.boligsocial.testkit;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokensTest {

    /** The public half the test profile verifies with; checking against it proves the committed pair belongs together. */
    private static final Path SERVICE_PUBLIC_KEY = Path.of("src/main/resources/boligsocial-dev-keys/publicKey.pem");

    @Test
    void tokenVerifiesWithTheServicesPublicKeyAndCarriesTheClaims() throws Exception {
        UUID org = UUID.randomUUID();
        JwtClaims claims = verify(Tokens.token("someone", Set.of("boligorganisation", "reader"), org), servicePublicKey());

        assertEquals("boligsocial-dev", claims.getIssuer());
        assertEquals("someone", claims.getSubject());
        assertEquals("someone", claims.getStringClaimValue("upn"));
        assertEquals(Set.of("boligorganisation", "reader"), Set.copyOf(claims.getStringListClaimValue("groups")));
        assertEquals(org.toString(), claims.getStringClaimValue("org_id"));
        assertEquals(Set.of("boligsocial-plans", "boligsocial-funding", "boligsocial-evaluation"),
                Set.copyOf(claims.getAudience()));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(3600, lifetime);
    }

    @Test
    void roleShortcutsCarryTheirRoleAndNoOrganisation() throws Exception {
        PublicKey key = servicePublicKey();
        assertRoles(List.of("kommune"), verify(Tokens.kommune(), key));
        assertRoles(List.of("lbf"), verify(Tokens.lbf(), key));
        assertRoles(List.of("evaluator"), verify(Tokens.evaluator(), key));
        assertRoles(List.of("reader"), verify(Tokens.reader(), key));
        assertFalse(verify(Tokens.kommune(), key).hasClaim("org_id"));

        UUID org = UUID.randomUUID();
        JwtClaims housing = verify(Tokens.boligorganisation(org), key);
        assertRoles(List.of("boligorganisation"), housing);
        assertEquals(org.toString(), housing.getStringClaimValue("org_id"));
    }

    @Test
    void aTokenDoesNotVerifyWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey stranger = generator.generateKeyPair().getPublic();
        assertThrows(InvalidJwtException.class, () -> verify(Tokens.reader(), stranger));
    }

    @Test
    void bearerPrefixesTheToken() {
        assertEquals("Bearer abc", Tokens.bearer("abc"));
    }

    private static void assertRoles(List<String> expected, JwtClaims claims) throws Exception {
        assertEquals(expected, claims.getStringListClaimValue("groups"));
    }

    private static JwtClaims verify(String token, PublicKey key) throws InvalidJwtException {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer("boligsocial-dev")
                .setSkipDefaultAudienceValidation()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        return consumer.processToClaims(token);
    }

    private static PublicKey servicePublicKey() throws Exception {
        String pem = Files.readString(SERVICE_PUBLIC_KEY)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
