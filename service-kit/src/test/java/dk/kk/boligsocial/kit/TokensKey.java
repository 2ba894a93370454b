package dk.kk.boligsocial.kit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The development signing key from test-kit, for tokens Tokens does not mint (expired, foreign issuer). */
final class TokensKey {

    private TokensKey() {
    }

    static PrivateKey privateKey() throws Exception {
        try (InputStream in = TokensKey.class.getClassLoader().getResourceAsStream("boligsocial-dev-keys/privateKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
