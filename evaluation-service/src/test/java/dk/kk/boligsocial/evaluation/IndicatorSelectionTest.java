package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A plan chooses its indicators while its framework is open (issue 14): more from the catalogue, its own, and drops
 * with a reason; the catalogue has indicators for crime, unrest and maintenance costs.
 */
@QuarkusTest
class IndicatorSelectionTest {

    private static final UUID REPORTED_CRIME = UUID.fromString("a0000000-0000-4000-8000-000000000211");
    private static final UUID PASSIVE_SUPPORT = UUID.fromString("a0000000-0000-4000-8000-000000000301");

    @Test
    void aPlanAddsFromTheCatalogueAddsItsOwnAndDropsWithAReason() {
        Api.TestPlan plan = Api.grantedPlan(List.of("SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"));
        String framework = "/v1/plans/" + plan.id() + "/framework";
        String indicators = "/v1/plans/" + plan.id() + "/indicators";
        // the seed's crime, unrest and maintenance costs come with the theme
        as(Tokens.reader()).get(framework).then().body("indicators.code", contains("RESIDENTS_FEELING_SAFE",
                "VANDALISM_COSTS", "ENVIRONMENT_AMBASSADORS", "REPORTED_CRIME", "UNREST_INCIDENTS", "MAINTENANCE_COSTS"))
                .body("indicators.find { it.code == 'MAINTENANCE_COSTS' }.unit", is("DKK"))
                .body("indicators.find { it.code == 'REPORTED_CRIME' }.direction", is("LOWER_IS_BETTER"));

        // drop: with a reason, If-Match, not once a value was reported
        String crime = Api.indicatorPath(plan.id(), REPORTED_CRIME);
        as(Tokens.evaluator()).header("If-Match", Api.etag(crime)).body(Map.of("reason", " "))
                .post(crime + "/removal").then().statusCode(400).body("errors[0].field", is("reason"));
        as(Tokens.evaluator()).body(Map.of("reason", "Politiet opgør ikke tal for området.")).post(crime + "/removal")
                .then().statusCode(428);
        as(Tokens.boligorganisation(plan.organisationId())).header("If-Match", Api.etag(crime))
                .body(Map.of("reason", "x")).post(crime + "/removal").then().statusCode(403);
        Api.reported(plan.id(), Api.VANDALISM_COSTS, 2012, "100000");
        String vandalism = Api.indicatorPath(plan.id(), Api.VANDALISM_COSTS);
        as(Tokens.evaluator()).header("If-Match", Api.etag(vandalism)).body(Map.of("reason", "Dobbelt"))
                .post(vandalism + "/removal").then().statusCode(409).body("measurements", is(1));
        as(Tokens.evaluator()).header("If-Match", Api.etag(crime))
                .body(Map.of("reason", "Politiet opgør ikke tal for området.")).post(crime + "/removal").then()
                .statusCode(200).body("indicators.code", not(hasItem("REPORTED_CRIME")))
                .body("droppedIndicators[0].code", is("REPORTED_CRIME"))
                .body("droppedIndicators[0].reason", is("Politiet opgør ikke tal for området."))
                .body("droppedIndicators[0].droppedBy", is("test-evaluator"));
        as(Tokens.reader()).get(crime).then().statusCode(404);
        Api.report(plan.id(), REPORTED_CRIME, 2012, "3", Tokens.evaluator()).then().statusCode(404);

        // add it back from the catalogue, and refuse what is not of the plan's round and themes
        as(Tokens.kommune()).body(Map.of("indicatorId", REPORTED_CRIME)).post(indicators).then().statusCode(201)
                .header("ETag", is("\"0\"")).body("code", is("REPORTED_CRIME"));
        as(Tokens.kommune()).body(Map.of("indicatorId", REPORTED_CRIME)).post(indicators).then().statusCode(409);
        as(Tokens.kommune()).body(Map.of("indicatorId", PASSIVE_SUPPORT)).post(indicators).then().statusCode(400)
                .body("errors[0].field", is("indicatorId"));
        as(Tokens.kommune()).body(Map.of()).post(indicators).then().statusCode(400).body("errors[0].field", is("indicatorId"));

        // the plan's own indicator: in its framework, not in the catalogue or any other plan's framework
        String code = "OWN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> own = new HashMap<>(Map.of("code", code, "roundId", "2011-14",
                "theme", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "nameDa", "Beboere i gårdlaug", "nameEn",
                "Residents in courtyard groups", "unit", "COUNT", "direction", "HIGHER_IS_BETTER", "description",
                "Antal beboere, der deltager i gårdlaugenes arbejde."));
        Map<String, Object> wrongTheme = new HashMap<>(own);
        wrongTheme.put("theme", "SUNDHED");
        as(Tokens.evaluator()).body(Map.of("own", wrongTheme)).post(indicators).then().statusCode(400)
                .body("errors[0].field", is("own.theme"));
        String ownId = as(Tokens.evaluator()).body(Map.of("own", own)).post(indicators).then().statusCode(201)
                .body("code", is(code)).extract().path("indicatorId");
        as(Tokens.reader()).get(framework).then().body("indicators.code", hasItem(code));
        as(Tokens.reader()).queryParam("limit", 200).get("/v1/indicators").then().body("items.code", not(hasItem(code)));
        as(Tokens.reader()).get("/v1/indicators/" + ownId).then().statusCode(404);
        Api.TestPlan later = Api.grantedPlan(List.of("SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"));
        as(Tokens.reader()).get("/v1/plans/" + later.id() + "/framework").then().body("indicators.code", not(hasItem(code)));
        Api.review(plan.id(), UUID.fromString(ownId), Api.reported(plan.id(), UUID.fromString(ownId), 2012, "12"),
                "APPROVED", null).then().statusCode(200);

        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'indicator.dropped'"
                + " and actor = 'test-evaluator' and after::text like '%Politiet%'"));
        assertEquals(2, Sql.count("select count(*) from audit_record where action = 'indicator.added'"
                + " and resource_id in (select id::text from plan_indicator where plan_id = ?)", plan.id()));
    }

    @Test
    void aCompletedPlansIndicatorsAreFinal() {
        Api.TestPlan plan = Api.grantedPlan(List.of("SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"));
        Api.publishCompleted(plan);
        dk.kk.boligsocial.testkit.Await.until(Duration.ofSeconds(30), () -> "COMPLETED".equals(
                as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then().extract().path("status")));
        String crime = Api.indicatorPath(plan.id(), REPORTED_CRIME);
        as(Tokens.kommune()).header("If-Match", Api.etag(crime)).body(Map.of("reason", "For sent"))
                .post(crime + "/removal").then().statusCode(409).body("currentStatus", is("COMPLETED"));
        as(Tokens.kommune()).body(Map.of("indicatorId", PASSIVE_SUPPORT)).post("/v1/plans/" + plan.id() + "/indicators")
                .then().statusCode(409);
    }
}
