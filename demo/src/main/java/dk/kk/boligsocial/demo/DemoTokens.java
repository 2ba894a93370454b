package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.oidc.LocalTokenRequest;
import dk.kk.boligsocial.oidc.TokenClient;
import java.net.URI;
import java.util.Set;

/**
 * Tokens for the demo's callers, from the local identity provider that {@code ./run} starts, asked for once per load
 * (they live an hour) and naming every service.
 */
final class DemoTokens {

    private final String kommune;
    private final String lbf;
    private final String evaluator;
    private final String reader;

    DemoTokens(URI issuer) {
        kommune = TokenClient.fetch(issuer, LocalTokenRequest.of("demo-kommune-sagsbehandler", Set.of("kommune"), null));
        lbf = TokenClient.fetch(issuer, LocalTokenRequest.of("demo-lbf-sagsbehandler", Set.of("lbf"), null));
        evaluator = TokenClient.fetch(issuer, LocalTokenRequest.of("demo-evaluator-cbu", Set.of("evaluator"), null));
        reader = TokenClient.fetch(issuer, LocalTokenRequest.of("demo-reader", Set.of("reader"), null));
    }

    String kommune() {
        return kommune;
    }

    String lbf() {
        return lbf;
    }

    String evaluator() {
        return evaluator;
    }

    String reader() {
        return reader;
    }
}
