package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;

import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import dk.kk.boligsocial.testkit.corpus.BadInputCorpus;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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

    /** The themes the request examples assess. */
    private static final List<String> EXAMPLE_THEMES = List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE");
    /** The indicator code of the catalogue example; each operation gets a code of its own instead. */
    private static final String EXAMPLE_CODE = "YOUTH_IN_HOMEWORK_CAFES";
    /**
     * Indicators the corpus adds to the catalogue go to a round of their own, or every later framework of 2011-14
     * in this run would carry them.
     */
    private static final String CORPUS_ROUND = "corpus-round";

    @Test
    void noMalformedRequestBreaksTheServiceOrChangesAnything() {
        Sql.update("insert into round_theme (round_id, code, position, name_da, name_en)"
                + " select ?, code, position, name_da, name_en from round_theme where round_id = '2011-14'"
                + " on conflict do nothing", CORPUS_ROUND);
        BadInputCorpus.of(Path.of("src/main/openapi/openapi.json"))
                .callerToken(Tokens.token("corpus", Set.of(Tokens.KOMMUNE, Tokens.LBF, Tokens.EVALUATOR), null))
                .parameterValues(BadInputCorpusTest::valuesFor)
                .watching("evaluation", Set.of("outbox_event"))
                .runAndAssertClean("evaluation-service", 1_000);
    }

    /**
     * A granted plan with its framework and a reported measurement; for the submission of an evaluation, the plan is
     * completed so that its final evaluation is due.
     */
    private static Map<String, String> valuesFor(String operation) {
        Api.TestPlan plan = Api.grantedPlan(EXAMPLE_THEMES);
        UUID indicator = Api.YOUTH_IN_CLUBS;
        Map<String, String> values = new HashMap<>();
        values.put("planId", plan.id().toString());
        values.put("indicatorId", indicator.toString());
        values.put("id", indicator.toString());
        values.put("year", "2013");
        values.put("roundId", "2011-14");
        values.put(EXAMPLE_CODE, "CORPUS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        values.put("measurementId", Api.reported(plan.id(), indicator, 2013, "5"));
        if (operation.equals("POST /v1/indicators")) {
            values.put("2011-14", CORPUS_ROUND);
        }
        values.put("evaluationId", operation.contains("{evaluationId}") ? dueFinalEvaluation(plan) : "unused");
        return values;
    }

    private static String dueFinalEvaluation(Api.TestPlan plan) {
        String evaluations = "/v1/plans/" + plan.id() + "/evaluations";
        Api.publishCompleted(plan);
        Await.until(Duration.ofSeconds(30), () -> as(Tokens.reader()).queryParam("kind", "FINAL").get(evaluations)
                .then().extract().jsonPath().getList("items").size() == 1);
        return as(Tokens.reader()).queryParam("kind", "FINAL").get(evaluations).then().extract().path("items[0].id");
    }
}
