package dk.kk.boligsocial.kit.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A packaged service refuses to start unless it verifies tokens of a real identity provider
 * ({@link IdentityConfiguration#problems()}): without an issuer and JWKS it would trust nothing or, worse, whatever key
 * it was given, such as the development key whose private half is in the repository. Tests and dev mode are exempt:
 * they opt in to the development key or the local provider in their own profile.
 *
 * <p>Runs first among the start-up observers, so that no consumer or relay starts; the database migrations of the
 * start have run by then (Quarkus runs them before any observer).
 */
@ApplicationScoped
public class IdentityGuard {

    private static final Logger LOG = Logger.getLogger(IdentityGuard.class);

    private final Config config;
    private final IdentitySettings settings;

    public IdentityGuard(Config config, IdentitySettings settings) {
        this.config = config;
        this.settings = settings;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        check(LaunchMode.current(), IdentityConfiguration.from(config, settings.local()));
    }

    static void check(LaunchMode mode, IdentityConfiguration identity) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        List<String> problems = identity.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(refusal(problems));
        }
        String summary = "tokens of issuer " + identity.issuer().orElseThrow() + ", keys from "
                + identity.jwksLocation().orElseThrow() + ", audience " + String.join(", ", identity.audiences())
                + ", lifetime at most " + identity.maxLifetime().orElseThrow().toSeconds() + " s, clock skew "
                + identity.clockSkew().toSeconds() + " s";
        if (identity.localProvider()) {
            LOG.warnf("Identity: %s. This is the LOCAL identity provider (boligsocial.identity.local=true), for ./run,"
                    + " the system tests and docker-compose only: never in production.", summary);
        } else {
            LOG.infof("Identity: %s", summary);
        }
    }

    static String refusal(List<String> problems) {
        StringBuilder message = new StringBuilder("Refusing to start: bearer tokens would not be verified against a real"
                + " identity provider.");
        problems.forEach(problem -> message.append("\n  - ").append(problem));
        message.append("\nSet the identity provider's issuer, JWKS URL and this service's audience (README.md,"
                + " \"Identity in production\").");
        return message.toString();
    }
}
