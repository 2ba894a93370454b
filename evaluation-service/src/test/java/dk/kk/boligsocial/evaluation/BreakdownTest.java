package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static dk.kk.boligsocial.evaluation.Api.indicatorPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Disaggregation: a count reported with its parts by age group, gender and housing area; targets per dimension value;
 * parts that do not add up to their total refused (422) with nothing stored; roll-ups by dimension in the plan's
 * progress and across the plans of the theme report.
 */
@QuarkusTest
class BreakdownTest {

    private static final UUID JOBS = Api.YOUTH_LEISURE_JOBS;

    @Test
    void aBreakdownIsStoredShownInTheProgressAndRolledUpAcrossPlans() {
        UUID organisation = UUID.randomUUID();
        Api.TestPlan first = Api.grantedPlan(organisation, Api.THEMES);
        Api.TestPlan second = Api.grantedPlan(organisation, Api.THEMES);
        String area = housingArea(first);

        String measurement = as(Tokens.evaluator()).body(Map.of("year", 2013, "value", 30, "breakdown", List.of(
                        part("AGE_GROUP", "13-17", 18), part("AGE_GROUP", "18-24", 12),
                        part("GENDER", "FEMALE", 14), part("GENDER", "MALE", 16), part("HOUSING_AREA", area, 30))))
                .post(indicatorPath(first.id(), JOBS) + "/measurements").then().statusCode(201)
                .body("breakdown.size()", is(5)).body("breakdown[0].dimension", is("AGE_GROUP"))
                .extract().path("id");
        Api.review(first.id(), JOBS, measurement, "APPROVED", null).then().statusCode(200);
        approved(second, JOBS, Map.of("year", 2013, "value", 12, "breakdown", List.of(
                part("GENDER", "FEMALE", 5), part("GENDER", "MALE", 7))));

        String path = indicatorPath(first.id(), JOBS);
        as(Tokens.evaluator()).header("If-Match", Api.etag(path)).body(Map.of("value", 40, "breakdown", List.of(
                        part("GENDER", "FEMALE", 20), part("GENDER", "MALE", 20))))
                .put(path + "/targets/2013").then().statusCode(200)
                .body("targets[0].breakdown.amount", hasItem(20.0f));

        JsonPath current = as(Tokens.reader()).get(path).then().statusCode(200).extract().jsonPath()
                .setRootPath("current");
        assertDecimal("30", current, "actual");
        assertDecimal("18", current, "breakdown.find { it.value == '13-17' }.actual");
        assertDecimal("14", current, "breakdown.find { it.value == 'FEMALE' }.actual");
        assertDecimal("20", current, "breakdown.find { it.value == 'FEMALE' }.target");
        assertEquals("OFF_TRACK", current.getString("breakdown.find { it.value == 'FEMALE' }.track"), "14 of 20 girls");
        assertEquals("NO_DATA", current.getString("breakdown.find { it.value == '13-17' }.track"), "no target by age");
        assertDecimal("30", current, "breakdown.find { it.dimension == 'HOUSING_AREA' }.actual");

        // both plans of the organisation: 30 + 12 young people, 14 + 5 of them girls
        JsonPath report = as(Tokens.boligorganisation(organisation)).queryParam("roundId", "2011-14")
                .queryParam("include", "indicators").get("/v1/reports/themes").then().statusCode(200)
                .extract().jsonPath().setRootPath("indicators.find { it.code == 'YOUTH_LEISURE_JOBS' && it.year == 2013 }");
        assertEquals(2, report.getInt("plans"));
        assertEquals("SUM", report.getString("rollUp"));
        assertDecimal("42", report, "value");
        assertDecimal("19", report, "breakdown.find { it.value == 'FEMALE' }.amount");
        assertEquals(2, report.getInt("breakdown.find { it.value == 'FEMALE' }.plans"));
        assertDecimal("18", report, "breakdown.find { it.value == '13-17' }.amount");
        assertEquals(1, report.getInt("breakdown.find { it.value == '13-17' }.plans"));
        // without include the report is the themes alone, as before
        as(Tokens.boligorganisation(organisation)).queryParam("roundId", "2011-14").get("/v1/reports/themes").then()
                .statusCode(200).body("indicators", is((Object) null));
    }

    @Test
    void partsThatDoNotAddUpAreRefusedAndNothingIsStored() {
        Api.TestPlan plan = Api.grantedPlan();
        String path = indicatorPath(plan.id(), JOBS);

        as(Tokens.evaluator()).body(Map.of("year", 2013, "value", 30, "breakdown", List.of(
                        part("AGE_GROUP", "13-17", 18), part("AGE_GROUP", "18-24", 12),
                        part("GENDER", "FEMALE", 14), part("GENDER", "MALE", 14))))
                .post(path + "/measurements").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://boligsocial.kk.dk/problems/unprocessable"))
                .body("rule", is("parts-sum-to-total"))
                .body("detail", containsString("GENDER add up to 28"))
                .body("errors[0].field", is("breakdown"));
        as(Tokens.reader()).get(path + "/measurements").then().statusCode(200).body("items.size()", is(0));

        // a part of a dimension the indicator has not, or a value the dimension has not, is invalid input (400)
        as(Tokens.evaluator()).body(Map.of("year", 2013, "value", 30, "breakdown", List.of(part("AGE_GROUP", "30-40", 30))))
                .post(path + "/measurements").then().statusCode(400)
                .body("errors[0].field", is("breakdown[0].value"));
        as(Tokens.evaluator()).body(Map.of("year", 2013, "value", 40, "breakdown", List.of(part("AGE_GROUP", "25+", 40))))
                .post(indicatorPath(plan.id(), Api.VANDALISM_COSTS) + "/measurements").then().statusCode(400)
                .body("errors[0].field", is("breakdown[0].dimension"));

        // a target's parts add up too
        String etag = Api.etag(path);
        as(Tokens.evaluator()).header("If-Match", etag).body(Map.of("value", 40, "breakdown", List.of(
                        part("GENDER", "FEMALE", 20), part("GENDER", "MALE", 10))))
                .put(path + "/targets/2013").then().statusCode(422).body("rule", is("parts-sum-to-total"));
        as(Tokens.reader()).get(path).then().body("targets.size()", is(0)).header("ETag", is(etag));

        // a total without breakdown is as valid as ever; a percentage's parts are not a sum of it
        Api.reported(plan.id(), JOBS, 2013, "30");
        as(Tokens.evaluator()).body(Map.of("year", 2013, "value", 40, "breakdown", List.of(
                        part("GENDER", "FEMALE", 55), part("GENDER", "MALE", 25))))
                .post(indicatorPath(plan.id(), Api.YOUTH_IN_CLUBS) + "/measurements").then().statusCode(201);
    }

    static Map<String, Object> part(String dimension, String value, int amount) {
        return Map.of("dimension", dimension, "value", value, "amount", amount);
    }

    static String housingArea(Api.TestPlan plan) {
        return as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then().statusCode(200)
                .extract().path("housingAreaIds[0]");
    }

    /** Reported by an evaluator and approved by the municipality; answers the measurement's id. */
    static String approved(Api.TestPlan plan, UUID indicator, Map<String, Object> body) {
        String id = as(Tokens.evaluator()).body(body).post(indicatorPath(plan.id(), indicator) + "/measurements")
                .then().statusCode(201).extract().path("id");
        Api.review(plan.id(), indicator, id, "APPROVED", null).then().statusCode(200);
        return id;
    }

    static void assertDecimal(String expected, JsonPath json, String path) {
        String actual = json.getString(path);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                path + " is " + actual + ", not " + expected);
    }
}
