package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.testkit.Tokens;
import java.util.Set;

/** Development tokens for the demo's callers, minted once per load (they live an hour). */
final class DemoTokens {

    private final String kommune = Tokens.token("demo-kommune-sagsbehandler", Set.of(Tokens.KOMMUNE), null);
    private final String lbf = Tokens.token("demo-lbf-sagsbehandler", Set.of(Tokens.LBF), null);
    private final String evaluator = Tokens.token("demo-evaluator-cbu", Set.of(Tokens.EVALUATOR), null);
    private final String reader = Tokens.token("demo-reader", Set.of(Tokens.READER), null);

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
