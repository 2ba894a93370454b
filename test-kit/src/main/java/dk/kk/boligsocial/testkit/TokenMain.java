package dk.kk.boligsocial.testkit;

import java.io.PrintStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Prints a development token: {@code TokenMain ROLE [ORG_ID]}. Backs {@code ./run token ROLE [ORG_ID]}.
 * A {@code boligorganisation} token needs the organisation id, since it only sees its own data.
 */
public final class TokenMain {

    static final int USAGE_ERROR = 2;

    private TokenMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String usage = "usage: token ROLE [ORG_ID]   (ROLE one of " + String.join(", ", new TreeSet<>(Tokens.ROLES)) + ")";
        if (args.length < 1 || args.length > 2) {
            err.println(usage);
            return USAGE_ERROR;
        }
        String role = args[0];
        if (!Tokens.ROLES.contains(role)) {
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
        if (Tokens.BOLIGORGANISATION.equals(role) && orgId == null) {
            err.println("role boligorganisation needs ORG_ID (the housing organisation's UUID)");
            return USAGE_ERROR;
        }
        out.println(Tokens.token("dev-" + role, Set.of(role), orgId));
        return 0;
    }
}
