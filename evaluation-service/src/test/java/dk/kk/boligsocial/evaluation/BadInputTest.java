package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a 400 problem+json naming the field and the rule, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static Api.TestPlan plan;

    private static Api.TestPlan plan() {
        if (plan == null) {
            plan = Api.grantedPlan(java.util.List.of("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "SUNDHED"));
        }
        return plan;
    }

    static Stream<Arguments> badMeasurements() {
        return Stream.of(
                bad("broken JSON", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, ", null, null),
                bad("a percentage above 100", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, \"value\": 100.5}", "value", "between 0 and 100"),
                bad("a negative percentage", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, \"value\": -1}", "value", "between 0 and 100"),
                bad("a percentage with three decimals", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, \"value\": 45.125}", "value", "2 decimals"),
                bad("a fractional count", Api.YOUTH_LEISURE_JOBS, "{\"year\": 2012, \"value\": 3.5}", "value", "whole number"),
                bad("a negative count", Api.YOUTH_LEISURE_JOBS, "{\"year\": 2012, \"value\": -2}", "value", "0 or more"),
                bad("negative kroner", Api.VANDALISM_COSTS, "{\"year\": 2012, \"value\": -100.00}", "value", "0 or more"),
                bad("kroner with three decimals", Api.VANDALISM_COSTS, "{\"year\": 2012, \"value\": 100.005}", "value", "2 decimals"),
                bad("kroner beyond NUMERIC(15,2)", Api.VANDALISM_COSTS, "{\"year\": 2012, \"value\": 10000000000000}", "value", "10^13"),
                bad("a score outside its range", Api.SELF_RATED_HEALTH, "{\"year\": 2012, \"value\": 6}", "value", "between 1.00 and 5.00"),
                bad("a value as a string", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, \"value\": \"45\"}", "value", null),
                bad("no value", Api.YOUTH_IN_CLUBS, "{\"year\": 2012}", "value", "required"),
                bad("no year", Api.YOUTH_IN_CLUBS, "{\"value\": 45}", "year", "required"),
                bad("a year outside the plan", Api.YOUTH_IN_CLUBS, "{\"year\": 2016, \"value\": 45}", "year", "2012-2015"),
                bad("a year as a fraction", Api.YOUTH_IN_CLUBS, "{\"year\": 2012.5, \"value\": 45}", "year", null),
                bad("an unknown property", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, \"value\": 45, \"unit\": \"PERCENT\"}", "unit", null),
                bad("a note too long", Api.YOUTH_IN_CLUBS, "{\"year\": 2012, \"value\": 45, \"note\": \"" + "x".repeat(4001) + "\"}", "note", "4000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMeasurements")
    void aBadMeasurementIsA400NamingTheFieldAndNothingIsStored(String name, UUID indicator, String json, String field,
            String rule) {
        Api.TestPlan plan = plan();
        long measurements = Sql.count("select count(*) from measurement");
        long audits = Sql.count("select count(*) from audit_record");
        var response = as(Tokens.evaluator()).body(json).post(Api.indicatorPath(plan.id(), indicator) + "/measurements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400))
                .body("detail", not(containsString("dk.kk")))
                .body("detail", not(containsString("com.fasterxml")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        if (rule != null) {
            response.body("errors.message", hasItem(containsString(rule)));
        }
        assertEquals(measurements, Sql.count("select count(*) from measurement"), "no measurement stored");
        assertEquals(audits, Sql.count("select count(*) from audit_record"), "no audit record");
    }

    @Test
    void badBaselinesTargetsReviewsEvaluationsAndIndicatorsAre400AndChangeNothing() {
        Api.TestPlan plan = plan();
        String clubs = Api.indicatorPath(plan.id(), Api.YOUTH_IN_CLUBS);
        long audits = Sql.count("select count(*) from audit_record");
        as(Tokens.kommune()).header("If-Match", Api.etag(clubs)).body("{\"value\": 140, \"date\": \"2011-12-31\"}")
                .put(clubs + "/baseline").then().statusCode(400).body("errors.field", hasItem("value"));
        as(Tokens.kommune()).header("If-Match", Api.etag(clubs)).body("{\"value\": 40}")
                .put(clubs + "/baseline").then().statusCode(400).body("errors.field", hasItem("date"));
        as(Tokens.kommune()).header("If-Match", Api.etag(clubs)).body("{\"value\": 40, \"date\": \"2011-02-30\"}")
                .put(clubs + "/baseline").then().statusCode(400).body("errors.field", hasItem("date"));
        as(Tokens.kommune()).header("If-Match", Api.etag(clubs)).body("{\"value\": -5}")
                .put(clubs + "/targets/2013").then().statusCode(400).body("errors.field", hasItem("value"));
        as(Tokens.kommune()).header("If-Match", Api.etag(clubs)).body("{\"value\": 50}")
                .put(clubs + "/targets/twenty").then().statusCode(400).body("errors.field", hasItem("year"));
        String measurement = Api.reported(plan.id(), Api.YOUTH_IN_CLUBS, 2012, "41");
        audits++;
        String path = clubs + "/measurements/" + measurement;
        as(Tokens.kommune()).header("If-Match", Api.etag(path)).body("{\"outcome\": \"RETURNED\"}")
                .post(path + "/review").then().statusCode(400).body("errors.field", hasItem("comment"));
        as(Tokens.kommune()).header("If-Match", Api.etag(path)).body("{\"outcome\": \"MAYBE\"}")
                .post(path + "/review").then().statusCode(400).body("errors.field", hasItem("outcome"));
        as(Tokens.reader()).get(path).then().body("status", is("REPORTED"));
        String evaluations = "/v1/plans/" + plan.id() + "/evaluations";
        as(Tokens.evaluator()).body("{\"kind\": \"MIDTERM\", \"assessments\": [{\"theme\": \"BOERN_UNGE_FAMILIER\","
                        + " \"rating\": 6, \"findings\": \"x\"}, {\"theme\": \"INTEGRATION\", \"rating\": 3, \"findings\": \"x\"},"
                        + " {\"theme\": \"SUNDHED\", \"rating\": 3, \"findings\": \" \"}]}")
                .post(evaluations).then().statusCode(400)
                .body("errors.field", hasItem("assessments[0].rating"))
                .body("errors.field", hasItem("assessments[1].theme"))
                .body("errors.field", hasItem("assessments[2].findings"));
        as(Tokens.evaluator()).body("{\"kind\": \"ANNUAL\", \"assessments\": []}").post(evaluations).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as(Tokens.kommune()).body("{\"code\": \"lower case\", \"roundId\": \"2011-14\", \"theme\": \"KLIMA\", \"nameDa\": \"x\","
                        + " \"nameEn\": \"x\", \"unit\": \"SCORE\", \"direction\": \"HIGHER_IS_BETTER\", \"description\": \"x\"}")
                .post("/v1/indicators").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("theme"))
                .body("errors.field", hasItem("scoreMin"));
        as(Tokens.reader()).queryParam("limit", 201).get("/v1/indicators").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        assertEquals(0, Sql.count("select count(*) from evaluation where plan_id = ?", plan.id()));
        assertEquals(audits, Sql.count("select count(*) from audit_record"), "nothing but the one measurement audited");
        as(Tokens.reader()).get(clubs).then().body("version", is(0));
    }

    @Test
    void kommuneExtendsTheCatalogue() {
        String code = "HOMEWORK_CAFE_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        // under INTEGRATION, which no other test counts indicators of: the catalogue is shared by the whole run
        String body = "{\"code\": \"" + code + "\", \"roundId\": \"2011-14\", \"theme\": \"INTEGRATION\","
                + " \"nameDa\": \"Unge i lektiecaféer\", \"nameEn\": \"Young people in homework cafés\", \"unit\": \"COUNT\","
                + " \"direction\": \"HIGHER_IS_BETTER\", \"description\": \"Antal unge i lektiecaféer.\"}";
        Api.TestPlan earlier = Api.grantedPlan(java.util.List.of("INTEGRATION"));
        as(Tokens.evaluator()).body(body).post("/v1/indicators").then().statusCode(403);
        String id = as(Tokens.kommune()).body(body).post("/v1/indicators").then().statusCode(201)
                .header("Location", containsString("/v1/indicators/")).extract().path("id");
        as(Tokens.kommune()).body(body).post("/v1/indicators").then().statusCode(409);
        as(Tokens.reader()).get("/v1/indicators/" + id).then().statusCode(200).body("code", is(code));
        Api.TestPlan later = Api.grantedPlan(java.util.List.of("INTEGRATION"));
        as(Tokens.reader()).get("/v1/plans/" + later.id() + "/framework").then().body("indicators.code", hasItem(code));
        // a framework granted before the addition keeps the indicators it was granted with
        as(Tokens.reader()).get("/v1/plans/" + earlier.id() + "/framework").then().body("indicators.code", not(hasItem(code)));
        as(Tokens.reader()).queryParam("theme", "INTEGRATION").queryParam("limit", 2).get("/v1/indicators").then()
                .statusCode(200).body("items.size()", is(2)).body("next", not(is((Object) null)));
    }

    private static Arguments bad(String name, UUID indicator, String json, String field, String rule) {
        return Arguments.of(name, indicator, json, field, rule);
    }
}
