package dk.kk.boligsocial.oidc;

import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * The claims of a local token, from the form parameters of its token request ({@link LocalTokenRequest}): roles in
 * {@code groups}, the housing organisation in {@code org_id}, the services in {@code aud}, and the fixed issuer (so a
 * token asked for at another host name, as from outside a container, carries the issuer the services expect).
 * Runs inside the provider's JVM.
 */
final class BoligsocialTokenCallback implements OAuth2TokenCallback {

    static final String ISSUER_ID = "boligsocial";
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final String issuer;

    BoligsocialTokenCallback(String issuer) {
        this.issuer = issuer;
    }

    @Override
    public String issuerId() {
        return ISSUER_ID;
    }

    @Override
    public String subject(TokenRequest request) {
        String subject = first(request, LocalTokenRequest.SUBJECT);
        if (subject != null) {
            return subject;
        }
        ClientID client = request.getClientAuthentication() != null ? request.getClientAuthentication().getClientID()
                : request.getClientID();
        return client == null ? "anonymous" : client.getValue();
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        List<String> audiences = list(request, LocalTokenRequest.AUDIENCES);
        return audiences.isEmpty() ? Audiences.ALL : audiences;
    }

    /**
     * Applied after the provider's own claims, so {@code iss}, {@code iat} and {@code exp} set here win. {@code nbf}
     * stays the provider's (now): a token "issued" in the future must be refused for its {@code iat} alone.
     */
    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("groups", list(request, LocalTokenRequest.ROLES));
        String organisation = first(request, LocalTokenRequest.ORGANISATION);
        if (organisation != null) {
            claims.put("org_id", organisation);
        }
        String lifetime = first(request, LocalTokenRequest.LIFETIME_SECONDS);
        String issuedAt = first(request, LocalTokenRequest.ISSUED_AT);
        if (lifetime != null || issuedAt != null) {
            Instant iat = issuedAt == null ? Instant.now() : Instant.ofEpochSecond(Long.parseLong(issuedAt));
            Duration life = lifetime == null ? DEFAULT_LIFETIME : Duration.ofSeconds(Long.parseLong(lifetime));
            claims.put("iat", Date.from(iat));
            claims.put("exp", Date.from(iat.plus(life)));
        }
        return claims;
    }

    @Override
    public long tokenExpiry() {
        return DEFAULT_LIFETIME.toSeconds();
    }

    private static List<String> list(TokenRequest request, String name) {
        String value = first(request, name);
        return value == null ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static String first(TokenRequest request, String name) {
        List<String> values = request.getCustomParameter(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
