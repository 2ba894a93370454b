package dk.kk.boligsocial.testkit;

import dk.kk.boligsocial.oidc.LocalIdentityProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real OpenID Connect provider (local-oidc, its own JVM) and points the service's token
 * verification at it, as production points it at the municipality's: its issuer and its JWKS URL. Tests ask it for
 * tokens through an {@link InjectIdentityProvider} field.
 */
public class IdentityProviderTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalIdentityProvider provider;

    @Override
    public Map<String, String> start() {
        provider = LocalIdentityProvider.start();
        return Map.of(
                "mp.jwt.verify.issuer", provider.issuer().toString(),
                "mp.jwt.verify.publickey.location", provider.jwksUri().toString(),
                "boligsocial.identity.local", "true");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(provider,
                new TestInjector.AnnotatedAndMatchesType(InjectIdentityProvider.class, LocalIdentityProvider.class));
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }
}
