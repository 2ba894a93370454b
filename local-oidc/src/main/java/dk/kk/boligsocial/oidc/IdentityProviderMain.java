package dk.kk.boligsocial.oidc;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The local identity provider: a real OpenID Connect server (mock-oauth2-server) with one issuer,
 * {@code <base>/boligsocial}, serving discovery ({@code /.well-known/openid-configuration}), its JWKS ({@code /jwks})
 * and a token endpoint ({@code /token}) that issues tokens with the claims a {@link LocalTokenRequest} asks for.
 *
 * <p>Usage: {@code IdentityProviderMain [--port N] [--host ADDRESS] [--issuer URL] [--parent-pid PID]} (defaults 8090,
 * 127.0.0.1, {@code http://localhost:<port>/boligsocial}). Prints {@code OIDC_READY <issuer>} once it answers;
 * stops on SIGTERM, and when the process {@code --parent-pid} names ends.
 *
 * <p>Its signing key is made afresh at every start (never mock-oauth2-server's built-in keys, which are public), so a
 * token outlives neither the provider nor a restart of it.
 */
public final class IdentityProviderMain {

    static final String READY_LINE_PREFIX = "OIDC_READY ";
    static final int DEFAULT_PORT = 8090;

    private IdentityProviderMain() {
    }

    public static void main(String[] args) throws UnknownHostException {
        // mock-oauth2-server logs through logback; its own standalone configuration keeps Netty at INFO
        System.setProperty("logback.configurationFile", "logback-standalone.xml");
        int port = DEFAULT_PORT;
        String host = "127.0.0.1";
        String issuer = null;
        long parent = -1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(require(value, "--port"));
                case "--host" -> host = require(value, "--host");
                case "--issuer" -> issuer = require(value, "--issuer");
                case "--parent-pid" -> parent = Long.parseLong(require(value, "--parent-pid"));
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (issuer == null) {
            issuer = "http://localhost:" + port + "/" + BoligsocialTokenCallback.ISSUER_ID;
        }

        OAuth2Config config = new OAuth2Config(false, null, null, false,
                new OAuth2TokenProvider(new KeyProvider(List.of())),
                Set.of(new BoligsocialTokenCallback(issuer)),
                new NettyWrapper());
        MockOAuth2Server server = new MockOAuth2Server(config);
        server.start(InetAddress.getByName(host), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "local-oidc-shutdown"));
        if (parent > 0) {
            // a test JVM killed with SIGKILL runs no shutdown hook: the provider must not outlive it
            ProcessHandle.of(parent).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }
        System.out.println(READY_LINE_PREFIX + issuer);
        System.out.flush();
    }

    private static String require(String value, String option) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: IdentityProviderMain [--port N] [--host ADDRESS] [--issuer URL] [--parent-pid PID]");
        System.exit(2);
    }
}
