package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static dk.kk.boligsocial.evaluation.Api.indicatorPath;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measurement, review and progress: progress = (actual - baseline) / (target - baseline) of the latest approved
 * value against its period's target, honouring direction; ON_TRACK once the period's target is met.
 */
@QuarkusTest
class ProgressTest {

    @Test
    void aHigherIsBetterIndicatorProgressesAsItRises() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID clubs = Api.YOUTH_IN_CLUBS;
        Api.setBaseline(plan.id(), clubs, "40.00");
        Api.setTarget(plan.id(), clubs, 2013, "60.00");

        String first = Api.reported(plan.id(), clubs, 2013, "45.00");
        indicator(plan.id(), clubs).then().body("current.track", is("NO_DATA")).body("current.progress", nullValue());
        Api.review(plan.id(), clubs, first, "APPROVED", null).then().statusCode(200)
                .body("status", is("APPROVED")).body("reviewedBy", is("test-kommune"));
        // (45 - 40) / (60 - 40) = 0.25, below the period's target
        assertProgress(plan.id(), clubs, 2013, "45.00", "0.2500", "OFF_TRACK");

        String second = Api.reported(plan.id(), clubs, 2013, "65.00");
        Api.review(plan.id(), clubs, second, "APPROVED", null).then().statusCode(200);
        // (65 - 40) / (60 - 40) = 1.25: the later approval of the period counts
        assertProgress(plan.id(), clubs, 2013, "65.00", "1.2500", "ON_TRACK");
    }

    @Test
    void aLowerIsBetterIndicatorProgressesAsItFallsAndReturnedValuesDoNotCount() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID vandalism = Api.VANDALISM_COSTS;
        Api.setBaseline(plan.id(), vandalism, "500000.00");
        Api.setTarget(plan.id(), vandalism, 2013, "300000.00");

        String approved = Api.reported(plan.id(), vandalism, 2013, "450000.00");
        Api.review(plan.id(), vandalism, approved, "APPROVED", null).then().statusCode(200);
        // a fall of 50,000 kr. out of the 200,000 kr. aimed for: (450000 - 500000) / (300000 - 500000) = 0.25
        assertProgress(plan.id(), vandalism, 2013, "450000.00", "0.2500", "OFF_TRACK");

        String returned = Api.reported(plan.id(), vandalism, 2013, "100000.00");
        Api.review(plan.id(), vandalism, returned, "RETURNED", "Tallet dækker kun én afdeling.").then().statusCode(200)
                .body("status", is("RETURNED")).body("reviewComment", is("Tallet dækker kun én afdeling."));
        assertProgress(plan.id(), vandalism, 2013, "450000.00", "0.2500", "OFF_TRACK");

        String rise = Api.reported(plan.id(), vandalism, 2014, "550000.00");
        Api.review(plan.id(), vandalism, rise, "APPROVED", null).then().statusCode(200);
        // a rise in a later period without a target of its own: no data for progress
        indicator(plan.id(), vandalism).then().body("current.year", is(2014)).body("current.track", is("NO_DATA"))
                .body("actuals.year", contains(2013, 2014));
        Api.setTarget(plan.id(), vandalism, 2014, "250000.00");
        // (550000 - 500000) / (250000 - 500000) = -0.2: going the wrong way
        assertProgress(plan.id(), vandalism, 2014, "550000.00", "-0.2000", "OFF_TRACK");

        as(Tokens.reader()).get(indicatorPath(plan.id(), vandalism) + "/measurements").then().statusCode(200)
                .body("items.status", contains("APPROVED", "RETURNED", "APPROVED"));
    }

    @Test
    void aTargetEqualToTheBaselineHasNoProgressButATrack() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID jobs = Api.YOUTH_LEISURE_JOBS;
        Api.setBaseline(plan.id(), jobs, "12");
        Api.setTarget(plan.id(), jobs, 2012, "12");
        Api.review(plan.id(), jobs, Api.reported(plan.id(), jobs, 2012, "12"), "APPROVED", null).then().statusCode(200);
        indicator(plan.id(), jobs).then().body("current.progress", nullValue()).body("current.track", is("ON_TRACK"));
    }

    @Test
    void aLockedPeriodRefusesMeasurementsAndReviewsUntilUnlocked() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID clubs = Api.YOUTH_IN_CLUBS;
        String pending = Api.reported(plan.id(), clubs, 2012, "30.00");

        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/lock").then().statusCode(200)
                .body("locked", is(true)).body("lockHistory.action", contains("LOCKED"))
                .body("lockHistory[0].actor", is("test-kommune"));
        long measurements = Sql.count("select count(*) from measurement where plan_id = ?", plan.id());

        Api.report(plan.id(), clubs, 2012, "35.00", Tokens.evaluator()).then().statusCode(409)
                .contentType("application/problem+json").body("locked", is(true));
        Api.review(plan.id(), clubs, pending, "APPROVED", null).then().statusCode(409);
        String clubsPath = indicatorPath(plan.id(), clubs);
        as(Tokens.evaluator()).header("If-Match", Api.etag(clubsPath)).body(Map.of("value", new BigDecimal("50.00")))
                .put(clubsPath + "/targets/2012").then().statusCode(409);
        as(Tokens.reader()).get(clubsPath + "/measurements/" + pending).then().body("status", is("REPORTED"));
        as(Tokens.reader()).get(clubsPath).then().body("targets", empty());
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/lock").then().statusCode(409);
        Api.reported(plan.id(), clubs, 2013, "35.00");
        assertEquals(measurements + 1, Sql.count("select count(*) from measurement where plan_id = ?", plan.id()));

        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/unlock").then().statusCode(200)
                .body("locked", is(false)).body("lockHistory.action", contains("LOCKED", "UNLOCKED"));
        Api.review(plan.id(), clubs, pending, "APPROVED", null).then().statusCode(200);
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then()
                .body("periods[0].lockHistory.action", contains("LOCKED", "UNLOCKED"));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'period.locked' and resource_id = ?",
                plan.id() + "/2012"));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'period.unlocked'"
                + " and actor = 'test-kommune' and resource_id = ?", plan.id() + "/2012"));
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/unlock").then().statusCode(409);
    }

    @Test
    void updatesNeedTheCurrentETagAndAreAudited() {
        Api.TestPlan plan = Api.grantedPlan();
        String path = indicatorPath(plan.id(), Api.YOUTH_IN_CLUBS);
        Map<String, Object> baseline = Map.of("value", new BigDecimal("40.00"), "date", "2011-12-31");
        as(Tokens.kommune()).body(baseline).put(path + "/baseline").then().statusCode(428);
        String etag = Api.etag(path);
        as(Tokens.kommune()).header("If-Match", etag).body(baseline).put(path + "/baseline").then().statusCode(200)
                .header("ETag", is("\"1\"")).body("baseline.value", is(40.0f));
        as(Tokens.kommune()).header("If-Match", etag).body(baseline).put(path + "/baseline").then().statusCode(412);
        String measurement = Api.reported(plan.id(), Api.YOUTH_IN_CLUBS, 2012, "41.00");
        as(Tokens.kommune()).header("If-Match", "\"7\"").body(Map.of("outcome", "APPROVED"))
                .post(path + "/measurements/" + measurement + "/review").then().statusCode(412);
        Api.review(plan.id(), Api.YOUTH_IN_CLUBS, measurement, "APPROVED", null).then().statusCode(200);
        Api.review(plan.id(), Api.YOUTH_IN_CLUBS, measurement, "RETURNED", "for sent").then().statusCode(409);
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then()
                .body("indicators[0].baseline.date", is("2011-12-31"));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'measurement.approved' and resource_id = ?",
                measurement));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'indicator.baseline-set'"
                + " and actor = 'test-kommune' and resource_id in (select id::text from plan_indicator where plan_id = ?)", plan.id()));
        as(Tokens.reader()).get("/v1/indicators").then().body("items.code", hasItem("SELF_RATED_HEALTH"));
    }

    private static io.restassured.response.Response indicator(UUID planId, UUID indicatorId) {
        return as(Tokens.reader()).get(indicatorPath(planId, indicatorId));
    }

    private static void assertProgress(UUID planId, UUID indicatorId, int year, String actual, String progress, String track) {
        JsonPath current = indicator(planId, indicatorId).then().statusCode(200).extract().jsonPath().setRootPath("current");
        assertEquals(year, current.getInt("year"));
        assertEquals(0, new BigDecimal(actual).compareTo(new BigDecimal(current.getString("actual"))), "actual");
        assertEquals(0, new BigDecimal(progress).compareTo(new BigDecimal(current.getString("progress"))), "progress");
        assertEquals(track, current.getString("track"));
    }
}
