package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail is readable by the municipality and auditors, with what each change changed. */
@QuarkusTest
class AuditTrailReadTest {

    @Test
    void anAuditorReadsAPlansChangesWithBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        Api.TestPlan plan = Api.draft();
        Map<String, Object> body = new HashMap<>(Api.planBody(plan.organisationId(), plan.areaId()));
        body.put("title", "Helhedsplan, revideret");
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body(body).put("/v1/plans/" + plan.id())
                .then().statusCode(200);
        String correlation = "audit-" + UUID.randomUUID();
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).header("X-Correlation-Id", correlation)
                .body(Map.of("recommendation", "Anbefales.", "decidedOn", "2011-05-02"))
                .post("/v1/plans/" + plan.id() + "/submission").then().statusCode(200);

        JsonPath trail = as(Tokens.revisor()).queryParam("resourceType", "plan").queryParam("resourceId", plan.id())
                .get("/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("plan.created", "plan.revised", "plan.submission"), trail.getList("items.action"));
        assertNull(trail.get("items[0].before"));
        assertEquals("Helhedsplan for Testparken 2012-2015", trail.getString("items[0].after.title"));
        assertEquals("Helhedsplan for Testparken 2012-2015", trail.getString("items[1].before.title"));
        assertEquals("Helhedsplan, revideret", trail.getString("items[1].after.title"));
        assertEquals(2, trail.getInt("items[1].after.contentVersion"));
        assertEquals("DRAFT", trail.getString("items[2].before.status"));
        assertEquals("SUBMITTED", trail.getString("items[2].after.status"));
        assertEquals("2011-05-02", trail.getString("items[2].after.decidedOn"));
        assertEquals("test-kommune", trail.getString("items[2].actor"));
        assertEquals(correlation, trail.getString("items[2].correlationId"));
        assertNotNull(trail.getString("items[2].publishedEventId"), "the submission's event");

        as(Tokens.kommune()).queryParam("correlationId", correlation).get("/v1/audit").then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].resourceId", is(plan.id().toString()));
        JsonPath mine = as(Tokens.kommune()).queryParam("actor", "test-kommune")
                .queryParam("from", start.toString()).queryParam("limit", 200).get("/v1/audit").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(mine.getList("items.resourceId").contains(plan.id().toString()));
        as(Tokens.kommune()).queryParam("resourceId", plan.id()).queryParam("to", start.toString())
                .get("/v1/audit").then().statusCode(200).body("items.size()", is(0));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        Api.TestPlan plan = Api.planIn("APPROVED");
        List<String> all = as(Tokens.revisor()).queryParam("resourceId", plan.id()).get("/v1/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(4, all.size(), "creation, submission, prequalification, approval");
        JsonPath first = as(Tokens.revisor()).queryParam("resourceId", plan.id()).queryParam("limit", 3)
                .get("/v1/audit").then().extract().jsonPath();
        JsonPath second = as(Tokens.revisor()).queryParam("resourceId", plan.id()).queryParam("limit", 3)
                .queryParam("cursor", first.getString("next")).get("/v1/audit").then().extract().jsonPath();
        List<String> paged = new java.util.ArrayList<>(first.getList("items.id"));
        paged.addAll(second.getList("items.id"));
        assertEquals(all, paged);
        assertEquals(null, second.getString("next"));
    }

    @Test
    void onlyTheMunicipalityAndAuditorsReadItAndAuditorsWriteNothing() {
        for (String token : List.of(Tokens.lbf(), Tokens.reader(), Tokens.evaluator(),
                Tokens.boligorganisation(UUID.randomUUID()))) {
            as(token).get("/v1/audit").then().statusCode(403).contentType("application/problem+json");
        }
        as(Tokens.kommune()).queryParam("from", "yesterday").get("/v1/audit").then().statusCode(400)
                .body("errors[0].field", is("from"));

        Api.TestPlan plan = Api.draft();
        as(Tokens.revisor()).get("/v1/plans/" + plan.id()).then().statusCode(200);
        as(Tokens.revisor()).get("/v1/plans/" + plan.id() + "/versions").then().statusCode(200);
        Api.decide(plan.id(), "submission", Step.SUBMISSION.body, Tokens.revisor()).then().statusCode(403);
        as(Tokens.revisor()).body(Api.planBody(plan.organisationId(), plan.areaId())).post("/v1/plans").then()
                .statusCode(403);
    }
}
