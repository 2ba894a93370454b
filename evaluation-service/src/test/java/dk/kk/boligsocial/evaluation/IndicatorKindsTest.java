package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static dk.kk.boligsocial.evaluation.Api.indicatorPath;
import static dk.kk.boligsocial.evaluation.BreakdownTest.approved;
import static dk.kk.boligsocial.evaluation.BreakdownTest.assertDecimal;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Indicator kinds: a qualitative indicator's narrative through the draft, report and approve workflow; a cumulative
 * indicator's running total against a periodic one's latest value; a RATIO's numerator and denominator, and its
 * roll-up across plans weighted by the denominators rather than an average of percentages.
 */
@QuarkusTest
class IndicatorKindsTest {

    @Test
    void aQualitativeIndicatorTakesANarrativePerPeriodThroughTheWorkflow() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID indicator = own(plan, Map.of("kind", "QUALITATIVE"));
        String path = indicatorPath(plan.id(), indicator);
        as(Tokens.reader()).get(path).then().statusCode(200).body("kind", is("QUALITATIVE")).body("unit", nullValue());

        // a number, or no narrative, is not what a qualitative indicator takes
        as(Tokens.evaluator()).body(Map.of("year", 2013, "value", 3, "narrative", "x")).post(path + "/measurements")
                .then().statusCode(400).body("errors[0].field", is("value"));
        as(Tokens.evaluator()).body(Map.of("year", 2013)).post(path + "/measurements")
                .then().statusCode(400).body("errors[0].field", is("narrative"));
        as(Tokens.kommune()).header("If-Match", Api.etag(path)).body(Map.of("value", 3)).put(path + "/targets/2013")
                .then().statusCode(400);

        String id = as(Tokens.evaluator()).body(Map.of("year", 2013, "narrative", "Beboerrådet mødes nu hver måned.",
                        "draft", true)).post(path + "/measurements").then().statusCode(201)
                .body("status", is("DRAFT")).body("value", nullValue()).extract().path("id");
        String measurement = Api.measurementPath(plan.id(), indicator, id);
        as(Tokens.evaluator()).header("If-Match", Api.etag(measurement))
                .body(Map.of("narrative", "Beboerrådet mødes nu hver måned, og festudvalget har fået nye medlemmer."))
                .put(measurement).then().statusCode(200);
        as(Tokens.evaluator()).header("If-Match", Api.etag(measurement)).post(measurement + "/submission").then()
                .statusCode(200).body("status", is("REPORTED"));
        Api.review(plan.id(), indicator, id, "APPROVED", null).then().statusCode(200);

        as(Tokens.reader()).get(path).then().statusCode(200)
                .body("actuals[0].year", is(2013))
                .body("actuals[0].narrative", is("Beboerrådet mødes nu hver måned, og festudvalget har fået nye medlemmer."))
                .body("current.track", is("NO_DATA"));
        // the approval is audited, but evaluation.measurement-approved.v1 promises a number: not announced
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'measurement.approved'"
                + " and resource_id = ? and published_event_id is null", id));
    }

    @Test
    void aCumulativeIndicatorProgressesByItsRunningTotalAPeriodicOneByItsLatestValue() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID cumulative = own(plan, Map.of("unit", "COUNT", "reporting", "CUMULATIVE", "dimensions", List.of("GENDER")));
        UUID periodic = Api.PARENTS_IN_ACTIVITIES;
        for (UUID indicator : List.of(cumulative, periodic)) {
            Api.setBaseline(plan.id(), indicator, "0");
            Api.setTarget(plan.id(), indicator, 2013, "30");
            approved(plan, indicator, Map.of("year", 2012, "value", 10, "breakdown", List.of(
                    BreakdownTest.part("GENDER", "FEMALE", 4), BreakdownTest.part("GENDER", "MALE", 6))));
            approved(plan, indicator, Map.of("year", 2013, "value", 15, "breakdown", List.of(
                    BreakdownTest.part("GENDER", "FEMALE", 15))));
        }

        // 10 + 15 = 25 of the 30 aimed for by 2013: (25 - 0) / (30 - 0)
        JsonPath running = as(Tokens.reader()).get(indicatorPath(plan.id(), cumulative)).then().statusCode(200)
                .body("reporting", is("CUMULATIVE")).extract().jsonPath().setRootPath("current");
        assertDecimal("25", running, "actual");
        assertDecimal("0.8333", running, "progress");
        assertDecimal("19", running, "breakdown.find { it.value == 'FEMALE' }.actual");
        assertDecimal("6", running, "breakdown.find { it.value == 'MALE' }.actual");
        // the periodic one's 2013 is its 15 alone: (15 - 0) / (30 - 0)
        JsonPath latest = as(Tokens.reader()).get(indicatorPath(plan.id(), periodic)).then().statusCode(200)
                .body("reporting", is("PERIODIC")).extract().jsonPath().setRootPath("current");
        assertDecimal("15", latest, "actual");
        assertDecimal("0.5000", latest, "progress");
        assertEquals(1, latest.getList("breakdown").size(), "2013 was reported for girls only");
    }

    @Test
    void aRatioTakesNumeratorAndDenominatorAndRollsUpWeightedAcrossPlans() {
        String code = "HOMEWORK_SHARE_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        // under INTEGRATION, which no other test counts indicators of: the catalogue is shared by the whole run
        Map<String, Object> definition = new HashMap<>(Map.of("code", code, "roundId", "2011-14", "theme", "INTEGRATION",
                "nameDa", "Andel i lektiecafé", "nameEn", "Share in homework cafés", "unit", "PERCENT",
                "direction", "HIGHER_IS_BETTER", "description", "Andel af områdets skolebørn i lektiecaféen.",
                "kind", "RATIO"));
        definition.put("dimensions", List.of("GENDER"));
        UUID indicator = UUID.fromString(as(Tokens.kommune()).body(definition).post("/v1/indicators").then()
                .statusCode(201).body("kind", is("RATIO")).extract().path("id"));
        UUID organisation = UUID.randomUUID();
        Api.TestPlan small = Api.grantedPlan(organisation, List.of("INTEGRATION"));
        Api.TestPlan large = Api.grantedPlan(organisation, List.of("INTEGRATION"));
        String measurements = indicatorPath(small.id(), indicator) + "/measurements";

        as(Tokens.evaluator()).body(Map.of("year", 2013, "numerator", 45, "denominator", 50, "value", 80))
                .post(measurements).then().statusCode(400).body("errors[0].field", is("value"));
        as(Tokens.evaluator()).body(Map.of("year", 2013, "numerator", 60, "denominator", 50))
                .post(measurements).then().statusCode(400).body("errors[0].field", is("numerator"));
        // numerators and denominators of the parts add up to the total's
        as(Tokens.evaluator()).body(Map.of("year", 2013, "numerator", 45, "denominator", 50, "breakdown", List.of(
                        ratio("FEMALE", 20, 25), ratio("MALE", 20, 25))))
                .post(measurements).then().statusCode(422).body("rule", is("parts-sum-to-total"));

        approved(small, indicator, Map.of("year", 2013, "numerator", 45, "denominator", 50, "breakdown", List.of(
                ratio("FEMALE", 25, 25), ratio("MALE", 20, 25))));
        approved(large, indicator, Map.of("year", 2013, "numerator", 10, "denominator", 100, "breakdown", List.of(
                ratio("FEMALE", 5, 50), ratio("MALE", 5, 50))));
        as(Tokens.reader()).get(indicatorPath(small.id(), indicator)).then()
                .body("current.actual", is(90.0f)).body("current.numerator", is(45.0f))
                .body("current.breakdown.find { it.value == 'MALE' }.actual", is(80.0f));

        // 100 * (45 + 10) / (50 + 100) = 36.67 %, not the 50 % an average of 90 % and 10 % would give
        JsonPath report = as(Tokens.boligorganisation(organisation)).queryParam("roundId", "2011-14")
                .queryParam("include", "indicators").get("/v1/reports/themes").then().statusCode(200)
                .extract().jsonPath().setRootPath("indicators.find { it.code == '" + code + "' && it.year == 2013 }");
        assertEquals("WEIGHTED", report.getString("rollUp"));
        assertEquals(2, report.getInt("plans"));
        assertDecimal("55", report, "numerator");
        assertDecimal("150", report, "denominator");
        assertDecimal("36.67", report, "value");
        // girls: 100 * (25 + 5) / (25 + 50) = 40 %
        assertDecimal("40.00", report, "breakdown.find { it.value == 'FEMALE' }.amount");
    }

    @Test
    void aQualitativeCatalogueIndicatorJoinsLaterFrameworksAndTheGrantEventKeepsItsContract() throws Exception {
        String code = "RESIDENT_STORY_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        // under INTEGRATION, which no other test counts indicators of: the catalogue is shared by the whole run
        as(Tokens.kommune()).body(Map.of("code", code, "roundId", "2011-14", "theme", "INTEGRATION",
                        "nameDa", "Beboernes fortælling", "nameEn", "Residents' story", "direction", "HIGHER_IS_BETTER",
                        "description", "Årets fortælling.", "kind", "QUALITATIVE")).post("/v1/indicators").then()
                .statusCode(201).body("unit", nullValue());
        // a unit, a running total or a breakdown is not what a narrative has
        as(Tokens.kommune()).body(Map.of("code", code + "_X", "roundId", "2011-14", "theme", "INTEGRATION",
                        "nameDa", "x", "nameEn", "x", "direction", "HIGHER_IS_BETTER", "description", "x",
                        "kind", "QUALITATIVE", "unit", "COUNT")).post("/v1/indicators").then()
                .statusCode(400).body("errors[0].field", is("unit"));

        Api.TestPlan plan = Api.grantedPlan(List.of("INTEGRATION"));
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then().statusCode(200)
                .body("indicators.find { it.code == '" + code + "' }.kind", is("QUALITATIVE"));
        // evaluation.framework-created.v1 requires a unit: the event lists the numeric indicators, and is valid
        List<ConsumerRecord<String, String>> records = Api.EVALUATIONS.recordsWithKey(plan.id().toString(), 1,
                Duration.ofSeconds(30));
        EventContract.assertValid(KafkaTopic.header(records.get(0), "ce_type"), records.get(0).value());
        JsonNode indicators = new ObjectMapper().readTree(records.get(0).value()).get("indicators");
        indicators.forEach(indicator -> assertNotEquals(code, indicator.get("code").asText()));
    }

    private static Map<String, Object> ratio(String gender, int numerator, int denominator) {
        return Map.of("dimension", "GENDER", "value", gender, "numerator", numerator, "denominator", denominator);
    }

    /** The plan's own indicator under its first theme, with the given kind, unit, reporting or dimensions. */
    private static UUID own(Api.TestPlan plan, Map<String, Object> kind) {
        Map<String, Object> own = new HashMap<>(Map.of("code", "OWN_" + Math.abs(UUID.randomUUID().getMostSignificantBits()
                        % 1_000_000), "roundId", "2011-14", "theme", Api.THEMES.get(0), "nameDa", "Egen indikator",
                "nameEn", "Own indicator", "direction", "HIGHER_IS_BETTER", "description", "Planens egen indikator."));
        own.putAll(kind);
        return UUID.fromString(as(Tokens.kommune()).body(Map.of("own", own)).post("/v1/plans/" + plan.id() + "/indicators")
                .then().statusCode(201).extract().path("indicatorId"));
    }
}
