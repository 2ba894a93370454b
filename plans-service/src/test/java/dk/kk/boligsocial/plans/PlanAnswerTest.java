package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.plans.Api.TestPlan;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/plans/{id}} answers JSON kept ready in the plan's row. Every change keeps the answer of the version it
 * makes, and a read serves exactly that; an answer that is missing or belongs to an older version is never served.
 */
@QuarkusTest
class PlanAnswerTest {

    @Test
    void creationRevisionAndEveryDecisionKeepTheAnswerOfTheVersionTheyMake() {
        TestPlan plan = Api.draft();
        assertKeptAndServed(plan.id(), 0);

        Map<String, Object> revised = new HashMap<>(Api.planBody(plan.organisationId(), plan.areaId()));
        revised.put("title", "Helhedsplan revideret i dialog");
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body(revised).put("/v1/plans/" + plan.id())
                .then().statusCode(200);
        assertKeptAndServed(plan.id(), 1);

        long version = 1;
        for (Step step : Api.stepsTo("COMPLETED")) {
            Api.take(plan.id(), step);
            assertKeptAndServed(plan.id(), ++version);
        }
    }

    @Test
    void aPlanWhoseAnswerIsMissingOrOlderIsAnsweredFromItsRowAlike() {
        TestPlan plan = Api.planIn("SUBMITTED");
        String kept = get(plan.id()).asString();

        Sql.update("UPDATE plan SET answer = NULL, answer_version = NULL WHERE id = ?", plan.id());
        assertEquals(kept, get(plan.id()).asString(), "no answer kept (a plan of before answers were kept)");

        Sql.update("UPDATE plan SET answer = '{\"title\":\"stale\"}', answer_version = version - 1 WHERE id = ?",
                plan.id());
        assertEquals(kept, get(plan.id()).asString(), "the answer of an older version is not served");
    }

    private static void assertKeptAndServed(UUID planId, long expectedVersion) {
        Response answer = get(planId);
        assertEquals("\"" + expectedVersion + "\"", answer.header("ETag"));
        assertEquals(expectedVersion, answer.jsonPath().getLong("version"));
        assertEquals(expectedVersion, Sql.count("SELECT answer_version FROM plan WHERE id = ?", planId),
                "the change kept the answer of the version it made");
        assertEquals(storedAnswer(planId), answer.asString(), "the kept answer is served as it is");
    }

    private static Response get(UUID planId) {
        Response answer = as(Tokens.reader()).get("/v1/plans/" + planId);
        answer.then().statusCode(200);
        return answer;
    }

    private static String storedAnswer(UUID planId) {
        try (Connection connection = Sql.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT answer FROM plan WHERE id = ?")) {
            statement.setObject(1, planId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
