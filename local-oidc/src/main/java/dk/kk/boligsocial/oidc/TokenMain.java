package dk.kk.boligsocial.oidc;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Prints a token of the local identity provider: {@code TokenMain ROLE [ORG_ID]}, for every service's audience. Backs
 * {@code ./run token ROLE [ORG_ID]}; the provider is the one {@code ./run} (or docker-compose) started, at
 * {@code BOLIGSOCIAL_IDENTITY_ISSUER} (default {@value #DEFAULT_ISSUER}).
 * A {@code boligorganisation} token needs the organisation id, since it only sees its own data.
 */
public final class TokenMain {

    static final String DEFAULT_ISSUER = "http://localhost:8090/boligsocial";
    static final String ISSUER_VARIABLE = "BOLIGSOCIAL_IDENTITY_ISSUER";
    static final List<String> ROLES = List.of("boligorganisation", "evaluator", "kommune", "lbf", "reader", "revisor");
    static final int USAGE_ERROR = 2;
    static final int NO_PROVIDER = 1;

    private TokenMain() {
    }

    public static void main(String[] args) {
        String issuer = System.getenv().getOrDefault(ISSUER_VARIABLE, DEFAULT_ISSUER);
        int status = run(args, URI.create(issuer), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, URI issuer, PrintStream out, PrintStream err) {
        String usage = "usage: token ROLE [ORG_ID]   (ROLE one of " + String.join(", ", ROLES) + ")";
        if (args.length < 1 || args.length > 2) {
            err.println(usage);
            return USAGE_ERROR;
        }
        String role = args[0];
        if (!ROLES.contains(role)) {
            err.println("unknown role '" + role + "'; " + usage);
            return USAGE_ERROR;
        }
        UUID orgId = null;
        if (args.length == 2) {
            try {
                orgId = UUID.fromString(args[1]);
            } catch (IllegalArgumentException e) {
                err.println("ORG_ID must be a UUID, got '" + args[1] + "'");
                return USAGE_ERROR;
            }
        }
        if ("boligorganisation".equals(role) && orgId == null) {
            err.println("role boligorganisation needs ORG_ID (the housing organisation's UUID)");
            return USAGE_ERROR;
        }
        try {
            out.println(TokenClient.fetch(issuer, LocalTokenRequest.of("dev-" + role, Set.of(role),
                    orgId == null ? null : orgId.toString())));
            return 0;
        } catch (IdentityProviderException e) {
            err.println(e.getMessage());
            err.println("Tokens come from the local identity provider that ./run starts (or docker compose): start it"
                    + " first, or point " + ISSUER_VARIABLE + " at the issuer of a running one.");
            return NO_PROVIDER;
        }
    }
}
