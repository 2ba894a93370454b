package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The read models kept change by change say what the tables say: the framework's stored document equals one built
 * afresh from the tables, and the theme report's sums equal the plans' rows added up afresh.
 */
@QuarkusTest
class ReadModelTest {

    @Test
    void theFrameworkKeptChangeByChangeIsTheFrameworkBuiltFromTheTables() {
        Api.TestPlan plan = Api.grantedPlan(UUID.randomUUID(), List.of("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"));
        UUID clubs = Api.YOUTH_IN_CLUBS;
        Api.setBaseline(plan.id(), clubs, "40.00");
        Api.setTarget(plan.id(), clubs, 2012, "50.00");
        Api.setTarget(plan.id(), Api.VANDALISM_COSTS, 2013, "300000.00");
        Api.review(plan.id(), clubs, Api.reported(plan.id(), clubs, 2012, "45.00"), "APPROVED", null).then().statusCode(200);
        Api.review(plan.id(), clubs, Api.reported(plan.id(), clubs, 2012, "47.00"), "RETURNED", "Forkert år").then().statusCode(200);
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/lock").then().statusCode(200);
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/unlock").then().statusCode(200);
        as(Tokens.kommune()).body(java.util.Map.of("kind", "MIDTERM", "assessments",
                Api.assessments(List.of("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"), 4)))
                .post("/v1/plans/" + plan.id() + "/evaluations").then().statusCode(201);
        Api.publishCompleted(plan);
        dk.kk.boligsocial.testkit.Await.until(java.time.Duration.ofSeconds(30), () -> "COMPLETED".equals(
                as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then().extract().path("status")));

        String kept = framework(plan.id());
        // as a framework older than the read model: its document is built from the tables on first read
        Sql.update("update framework_view set document = null where plan_id = ?", plan.id());
        assertEquals(kept, framework(plan.id()));
        assertEquals(1, Sql.count("select count(*) from framework_view where plan_id = ? and document is not null", plan.id()));

        // the report's sums of the plan's organisation are its theme rows, added up afresh
        String organisation = plan.organisationId().toString();
        for (String column : List.of("plans", "indicators", "on_track", "off_track", "no_data", "progress_count", "evaluations")) {
            String fresh = "select coalesce(sum(" + (column.equals("plans") ? "1" : column.equals("evaluations")
                    ? "(rating is not null)::int" : column) + "), 0) from theme_progress where housing_organisation_id = ?";
            assertEquals(Sql.count(fresh, plan.organisationId()),
                    Sql.count("select coalesce(sum(" + column + "), 0) from theme_tally where scope = ?", organisation), column);
        }
        assertEquals(Sql.count("select count(*) from indicator_progress where plan_id = ? and track = 'ON_TRACK'", plan.id()),
                Sql.count("select coalesce(sum(on_track), 0) from theme_progress where plan_id = ?", plan.id()));
    }

    private static String framework(UUID planId) {
        return as(Tokens.reader()).get("/v1/plans/" + planId + "/framework").then().statusCode(200).extract().asString();
    }
}
