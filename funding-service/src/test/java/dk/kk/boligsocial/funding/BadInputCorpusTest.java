package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;

import dk.kk.boligsocial.testkit.Tokens;
import dk.kk.boligsocial.testkit.corpus.BadInputCorpus;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed requests generated from the committed OpenAPI document: no 5xx, problem+json on every 4xx,
 * nothing of the service's internals in any answer, and no row changed by a refused request.
 */
@QuarkusTest
class BadInputCorpusTest {

    /** The round the pool example names; each operation gets a round of its own instead. */
    private static final String EXAMPLE_ROUND = "2015-18";

    @Test
    void noMalformedRequestBreaksTheServiceOrChangesAnything() {
        BadInputCorpus.of(Path.of("src/main/openapi/openapi.json"))
                .callerToken(Tokens.token("corpus", Set.of(Tokens.KOMMUNE, Tokens.LBF), null))
                .parameterValues(BadInputCorpusTest::valuesFor)
                .watching("funding", Set.of("outbox_event"))
                .runAndAssertClean("funding-service", 400);
    }

    /** A plan committed in a round of its own, with one disbursement, so broken requests reach the rules behind the lookups. */
    private static Map<String, String> valuesFor(String operation) {
        String round = Fixtures.newRound("20000000.00");
        Fixtures.CommittedPlan plan = Fixtures.committedPlan(round);
        String disbursement = as(Tokens.kommune())
                .body(Map.of("source", "MUNICIPALITY", "year", 2012, "amount", Fixtures.money("1000.00"),
                        "reference", "Corpus"))
                .post("/v1/plans/" + plan.id() + "/disbursements")
                .then().statusCode(201).extract().path("id");
        String pool = as(Tokens.kommune()).get("/v1/pools?roundId=" + round)
                .then().statusCode(200).extract().path("items[0].id");
        return Map.of("planId", plan.id().toString(), "disbursementId", disbursement, "id", pool, "roundId", round,
                EXAMPLE_ROUND, "c" + UUID.randomUUID().toString().substring(0, 8));
    }
}
