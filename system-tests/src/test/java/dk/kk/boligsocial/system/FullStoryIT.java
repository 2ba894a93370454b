package dk.kk.boligsocial.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One plan through its whole life, with funding-service and evaluation-service reacting to its events. */
class FullStoryIT {

    private static final String PREFIX = "dk.kk.boligsocial.";

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void aPlanFromApplicationToFinalEvaluation() {
        BigDecimal municipal = new BigDecimal("250000.00");
        UUID planId = api.createPlan("Helhedsplan Systemtestparken", municipal);
        api.submit(planId);
        api.prequalify(planId);

        JsonPath reserved = api.awaitFunding(planId, "RESERVED");
        assertAmount(municipal, reserved.get("totals.reserved.amount"));

        api.approve(planId);
        api.grant(planId);
        JsonPath committed = api.awaitFunding(planId, "COMMITTED");
        assertAmount(BigDecimal.ZERO, committed.get("totals.reserved.amount"));
        assertAmount(new BigDecimal("1500000.00"), committed.get("totals.committed.amount"));
        assertTrue(committed.getList("positions.source", String.class).containsAll(List.of("LBF", "MUNICIPALITY", "HOUSING_ORGANISATION")));

        JsonPath framework = api.awaitFramework(planId);
        assertEquals(List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"), framework.getList("themes"));
        Map<String, Object> indicator = framework.getList("indicators", Map.class).stream()
                .filter(i -> "PERCENT".equals(i.get("unit")) && "HIGHER_IS_BETTER".equals(i.get("direction")))
                .findFirst().orElseThrow(() -> new AssertionError("no percentage indicator in " + framework.prettify()));
        String indicatorPath = "/v1/plans/" + planId + "/indicators/" + indicator.get("indicatorId");

        String etag = api.evaluation(api.evaluator()).header("If-Match", "\"" + indicator.get("version") + "\"")
                .body(Map.of("value", 40, "date", "2011-12-31", "source", "Systemtest"))
                .put(indicatorPath + "/baseline").then().statusCode(200).extract().header("ETag");
        api.evaluation(api.evaluator()).header("If-Match", etag).body(Map.of("value", 50))
                .put(indicatorPath + "/targets/2013").then().statusCode(200);
        JsonPath measurement = api.evaluation(api.evaluator()).body(Map.of("year", 2013, "value", 45, "note", "Klubtælling"))
                .post(indicatorPath + "/measurements").then().statusCode(201).extract().jsonPath();
        api.evaluation(api.kommune()).header("If-Match", "\"" + measurement.getLong("version") + "\"")
                .body(Map.of("outcome", "APPROVED"))
                .post(indicatorPath + "/measurements/" + measurement.getString("id") + "/review").then().statusCode(200);
        api.evaluation(api.reader()).get(indicatorPath).then().statusCode(200)
                .body("actuals[0].year", equalTo(2013))
                .body("current.progress", equalTo(0.5f));

        api.decide(planId, "activation", null, api.kommune());
        api.decide(planId, "completion", null, api.kommune());
        Api.await("framework COMPLETED", () -> "COMPLETED".equals(api.awaitFramework(planId).getString("status")) ? true : null);
        Api.await("final evaluation DUE", () -> api.evaluation(api.reader()).get("/v1/plans/" + planId + "/evaluations")
                .jsonPath().getList("items.findAll { it.kind == 'FINAL' && it.status == 'DUE' }").isEmpty() ? null : true);

        api.plans(api.reader()).get("/v1/plans/" + planId + "/history").then().statusCode(200)
                .body("items.decision", hasItems("creation", "submission", "prequalification", "approval", "grant",
                        "activation", "completion"));
        // the completion closes the plan's money out: nothing was paid, so all of it is released
        JsonPath closed = api.awaitFunding(planId, "CLOSED");
        assertAmount(BigDecimal.ZERO, closed.get("totals.committed.amount"));
        assertAmount(new BigDecimal("1500000.00"), closed.get("totals.released.amount"));
        List<String> fundingTypes = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()), 3, Duration.ofSeconds(30)).stream().map(Topic.Event::type).toList();
        assertEquals(List.of(PREFIX + "funding.reserved.v1", PREFIX + "funding.committed.v1",
                PREFIX + "funding.closed-out.v1"), fundingTypes);
        List<String> evaluationTypes = Topic.read(system.bootstrapServers(), "boligsocial.evaluations",
                e -> planId.toString().equals(e.key()), 1, Duration.ofSeconds(30)).stream().map(Topic.Event::type).toList();
        assertEquals(PREFIX + "evaluation.framework-created.v1", evaluationTypes.get(0), "events: " + evaluationTypes);
    }

    static void assertAmount(BigDecimal expected, Object actual) {
        assertNotNull(actual, "amount");
        assertEquals(0, expected.compareTo(new BigDecimal(actual.toString())), "expected " + expected + ", was " + actual);
    }
}
