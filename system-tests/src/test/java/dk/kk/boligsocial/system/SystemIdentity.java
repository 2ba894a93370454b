package dk.kk.boligsocial.system;

import dk.kk.boligsocial.oidc.LocalIdentityProvider;
import dk.kk.boligsocial.oidc.LocalTokenRequest;
import java.util.List;
import java.util.Set;

/**
 * The identity provider of the system under test: local-oidc (a real OpenID Connect provider in its own JVM), started
 * once per test JVM and stopped with it. Every service verifies its tokens against its JWKS, for its own audience, as
 * production verifies the municipality's provider.
 */
final class SystemIdentity {

    private static LocalIdentityProvider provider;

    private SystemIdentity() {
    }

    static synchronized LocalIdentityProvider provider() {
        if (provider == null) {
            provider = LocalIdentityProvider.start();
        }
        return provider;
    }

    /** What points a service at the provider (system properties; the local provider is plain http and is named so). */
    static List<String> serviceOptions() {
        LocalIdentityProvider identity = provider();
        return List.of(
                "-Dmp.jwt.verify.issuer=" + identity.issuer(),
                "-Dmp.jwt.verify.publickey.location=" + identity.jwksUri(),
                "-Dboligsocial.identity.local=true");
    }

    /** A token of an hour for every service. */
    static String token(String subject, String role) {
        return provider().token(LocalTokenRequest.of(subject, Set.of(role), null));
    }
}
