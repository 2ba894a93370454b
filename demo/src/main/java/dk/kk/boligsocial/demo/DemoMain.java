package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.oidc.IdentityProviderException;
import java.io.PrintStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo data of round 2011-14 through the services' HTTP APIs; backs {@code ./run}.
 * <p>
 * Usage: {@code DemoMain [--plans-service URL] [--funding-service URL] [--evaluation-service URL]
 * [--identity-provider ISSUER]} (defaults http://localhost:8081, 8082, 8083 and the local identity provider of
 * {@code ./run}, http://localhost:8090/boligsocial). plans-service must answer; a service that is not running is
 * skipped, and the output says so. Exit code 1 when the load fails.
 */
public final class DemoMain {

    private static final String IDENTITY_PROVIDER = "identity-provider";
    private static final Map<String, String> DEFAULTS = Map.of(
            "plans-service", "http://localhost:8081",
            "funding-service", "http://localhost:8082",
            "evaluation-service", "http://localhost:8083",
            IDENTITY_PROVIDER, "http://localhost:8090/boligsocial");

    private DemoMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Loads the demo; answers the exit status (0 loaded, 1 failed, 2 usage). Public for the system test that loads it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> urls = new LinkedHashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!urls.containsKey(name) || i + 1 >= args.length) {
                err.println("usage: DemoMain [--plans-service URL] [--funding-service URL] [--evaluation-service URL]"
                        + " [--identity-provider ISSUER]");
                return 2;
            }
            urls.put(name, args[++i]);
        }
        DemoTokens tokens;
        try {
            tokens = new DemoTokens(URI.create(urls.get(IDENTITY_PROVIDER)));
        } catch (IdentityProviderException e) {
            err.println("demo data: no tokens: " + e.getMessage());
            return 1;
        }
        HttpJson plansHttp = new HttpJson("plans-service", URI.create(urls.get("plans-service")));
        if (!plansHttp.isReady()) {
            err.println("plans-service does not answer at " + plansHttp.base() + "; start it first (./run does)");
            return 1;
        }
        Optional<FundingApi> funding = optional(urls.get("funding-service"), "funding-service", out)
                .map(http -> new FundingApi(http, tokens));
        Optional<HttpJson> evaluationHttp = optional(urls.get("evaluation-service"), "evaluation-service", out);
        Optional<EvaluationApi> evaluation = evaluationHttp.map(http -> new EvaluationApi(http, tokens));
        Optional<PortfolioSummary> portfolio = evaluationHttp.map(http -> new PortfolioSummary(http, tokens));
        try {
            new DemoLoader(new PlansApi(plansHttp, tokens), funding, evaluation, portfolio, out).load();
            out.println("demo data of round " + DemoData.ROUND + " is in place");
            return 0;
        } catch (DemoException e) {
            err.println("demo data: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<HttpJson> optional(String url, String name, PrintStream out) {
        HttpJson http = new HttpJson(name, URI.create(url));
        if (http.isReady()) {
            return Optional.of(http);
        }
        out.println(name + " is not running at " + url + ": its part of the demo (" + part(name) + ") is skipped");
        return Optional.empty();
    }

    private static String part(String name) {
        return "funding-service".equals(name) ? "reservations, commitments, round report"
                : "baselines, targets, measurements, evaluations";
    }
}
