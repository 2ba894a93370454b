package dk.kk.boligsocial.kit.security;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * How a service verifies bearer tokens, as configured (smallrye-jwt's settings), and the rules a packaged service's
 * configuration must keep ({@link #problems()}): tokens of a real identity provider, whose keys come from its JWKS
 * over https, for this service's audience, living at most a day, with a clock skew of at most five minutes; never the
 * development key or issuer, whose private half is in the repository.
 *
 * @param issuer           {@code mp.jwt.verify.issuer}
 * @param jwksLocation     {@code mp.jwt.verify.publickey.location} (or smallrye's {@code smallrye.jwt.verify.key.location})
 * @param keyInConfiguration whether a key is given in the configuration itself ({@code mp.jwt.verify.publickey},
 *                         {@code smallrye.jwt.verify.secretkey}) instead of a location
 * @param audiences        {@code mp.jwt.verify.audiences}
 * @param maxLifetime      {@code smallrye.jwt.time-to-live}: the longest {@code exp - iat} accepted
 * @param clockSkew        {@code mp.jwt.verify.clock.skew} (or the older {@code smallrye.jwt.expiration.grace}, if larger)
 * @param localProvider    {@code boligsocial.identity.local}: the provider is the local one of {@code ./run}, the
 *                         system tests or docker-compose, which is reached over plain http
 */
public record IdentityConfiguration(Optional<String> issuer, Optional<String> jwksLocation, boolean keyInConfiguration,
                                    Set<String> audiences, Optional<Duration> maxLifetime, Duration clockSkew,
                                    boolean localProvider) {

    /** The issuer of test-kit's development tokens; its private key is committed, so nobody may trust it outside tests. */
    public static final String DEVELOPMENT_ISSUER = "boligsocial-dev";
    static final String DEVELOPMENT_KEYS = "boligsocial-dev-keys";
    static final Duration LONGEST_LIFETIME = Duration.ofDays(1);
    static final Duration LARGEST_CLOCK_SKEW = Duration.ofMinutes(5);

    public IdentityConfiguration {
        audiences = Set.copyOf(audiences);
    }

    /** The settings smallrye-jwt will verify with, read from the service's configuration. */
    public static IdentityConfiguration from(Config config, boolean localProvider) {
        Optional<String> location = text(config, "mp.jwt.verify.publickey.location")
                .or(() -> text(config, "smallrye.jwt.verify.key.location"));
        boolean keyInConfiguration = text(config, "mp.jwt.verify.publickey").isPresent()
                || text(config, "smallrye.jwt.verify.secretkey").isPresent();
        Set<String> audiences = new TreeSet<>();
        config.getOptionalValues("mp.jwt.verify.audiences", String.class).ifPresent(values -> values.stream()
                .map(String::trim).filter(value -> !value.isEmpty()).forEach(audiences::add));
        Optional<Duration> lifetime = config.getOptionalValue("smallrye.jwt.time-to-live", Long.class).map(Duration::ofSeconds);
        long skew = Math.max(config.getOptionalValue("mp.jwt.verify.clock.skew", Integer.class).orElse(60),
                config.getOptionalValue("smallrye.jwt.expiration.grace", Integer.class).orElse(0));
        return new IdentityConfiguration(text(config, "mp.jwt.verify.issuer"), location, keyInConfiguration, audiences,
                lifetime, Duration.ofSeconds(skew), localProvider);
    }

    /** What is wrong with this configuration for a packaged service; empty if nothing is. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (issuer.isEmpty()) {
            problems.add("no issuer: set mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) to the identity provider's issuer,"
                    + " exactly as its tokens name it in 'iss'");
        } else if (issuer.get().equals(DEVELOPMENT_ISSUER)) {
            problems.add("the issuer is '" + DEVELOPMENT_ISSUER + "', the development issuer of the tests, whose signing"
                    + " key is in the repository");
        }
        if (keyInConfiguration) {
            problems.add("a verification key is set in the configuration (mp.jwt.verify.publickey or"
                    + " smallrye.jwt.verify.secretkey): keys must come from the identity provider's JWKS, where they are"
                    + " rotated");
        }
        jwksProblem().ifPresent(problems::add);
        if (audiences.isEmpty()) {
            problems.add("no audience: set mp.jwt.verify.audiences to this service's audience, so that a token issued"
                    + " for another service is refused");
        }
        if (maxLifetime.isEmpty() || maxLifetime.get().isNegative() || maxLifetime.get().isZero()) {
            problems.add("no maximum token lifetime: set smallrye.jwt.time-to-live (seconds, at most "
                    + LONGEST_LIFETIME.toSeconds() + ")");
        } else if (maxLifetime.get().compareTo(LONGEST_LIFETIME) > 0) {
            problems.add("smallrye.jwt.time-to-live is " + maxLifetime.get().toSeconds() + " s: a token may live at most "
                    + LONGEST_LIFETIME.toSeconds() + " s (a day)");
        }
        if (clockSkew.compareTo(LARGEST_CLOCK_SKEW) > 0) {
            problems.add("the clock skew (mp.jwt.verify.clock.skew) is " + clockSkew.toSeconds() + " s: at most "
                    + LARGEST_CLOCK_SKEW.toSeconds() + " s");
        }
        return problems;
    }

    private Optional<String> jwksProblem() {
        if (jwksLocation.isEmpty()) {
            return keyInConfiguration ? Optional.empty()
                    : Optional.of("no JWKS: set mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) to"
                            + " the identity provider's JWKS URL (jwks_uri of its discovery document)");
        }
        String location = jwksLocation.get();
        if (location.contains(DEVELOPMENT_KEYS)) {
            return Optional.of("the verification key is the development key (" + location + "), whose private half is in"
                    + " the repository");
        }
        String scheme = scheme(location);
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && localProvider) {
            return Optional.empty();
        }
        if (scheme.equals("http")) {
            return Optional.of("the JWKS URL " + location + " is plain http: the identity provider's keys must come over"
                    + " https (plain http is for the local provider only, with boligsocial.identity.local=true)");
        }
        return Optional.of("mp.jwt.verify.publickey.location must be the identity provider's JWKS URL (https://...),"
                + " not " + location + ": keys must come from the provider, where they are rotated");
    }

    private static String scheme(String location) {
        try {
            String scheme = URI.create(location.trim()).getScheme();
            return scheme == null ? "" : scheme.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return "";
        }
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(value -> !value.isEmpty());
    }
}
