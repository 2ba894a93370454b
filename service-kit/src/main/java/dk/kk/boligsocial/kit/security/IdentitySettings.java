package dk.kk.boligsocial.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The kit's own identity settings; the rest are smallrye-jwt's ({@link IdentityConfiguration}). */
@ConfigMapping(prefix = "boligsocial.identity")
public interface IdentitySettings {

    /**
     * The identity provider is the local one of {@code ./run}, the system tests or docker-compose
     * (local-oidc, plain http): its JWKS may be fetched without TLS, and the service says so at start-up.
     */
    @WithDefault("false")
    boolean local();
}
