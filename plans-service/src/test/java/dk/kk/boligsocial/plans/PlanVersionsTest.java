package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every revision of a plan is a version of its own; decisions name the version they were taken on. */
@QuarkusTest
class PlanVersionsTest {

    private static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPlanNeverRevisedHasOneVersionItsOwnContent() {
        Api.TestPlan plan = Api.draft();
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/versions").then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].number", is(1))
                .body("items[0].current", is(true))
                .body("items[0].status", is("DRAFT"))
                .body("items[0].actor", is("test-kommune"))
                .body("items[0].title", is("Helhedsplan for Testparken 2012-2015"))
                .body("next", is((Object) null));
        as(Tokens.reader()).get("/v1/plans/" + plan.id()).then().body("contentVersion", is(1));
        String total = as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/versions/1").then().statusCode(200)
                .extract().jsonPath().getString("totalBudget.amount");
        assertEquals(0, new BigDecimal("14000000.00").compareTo(new BigDecimal(total)));
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/versions/2").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/versions/one").then().statusCode(404);
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/versions/1/changes").then().statusCode(400)
                .body("errors[0].field", is("from"));
    }

    @Test
    void revisionsMakeVersionsThatDecisionsNameAndThatCanBeCompared() throws Exception {
        Api.TestPlan plan = Api.draft();
        Map<String, Object> body = new HashMap<>(Api.planBody(plan.organisationId(), plan.areaId()));
        body.put("title", "Helhedsplan for Testparken, ansøgning");
        revise(plan, body).then().statusCode(200).body("contentVersion", is(2));
        Api.take(plan.id(), Step.SUBMISSION, Step.PREQUALIFICATION);

        // in the dialogue after prequalification: less municipal money in 2012, a new title
        List<Map<String, Object>> budget = new ArrayList<>();
        for (int year = 2012; year <= 2015; year++) {
            budget.add(Api.line("LBF", year, "2500000.00"));
            budget.add(Api.line("MUNICIPALITY", year, year == 2012 ? "400000.00" : "500000.00"));
            budget.add(Api.line("HOUSING_ORGANISATION", year, "500000.00"));
        }
        body.put("budget", budget);
        body.put("title", "Helhedsplan for Testparken, udarbejdet i dialog");
        revise(plan, body).then().statusCode(200).body("contentVersion", is(3)).body("status", is("PREQUALIFIED"));
        Api.take(plan.id(), Step.APPROVAL);

        JsonPath versions = as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/versions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, 2, 3), versions.getList("items.number"));
        assertEquals(List.of("DRAFT", "DRAFT", "PREQUALIFIED"), versions.getList("items.status"));
        assertEquals(List.of(false, false, true), versions.getList("items.current"));
        assertEquals("Helhedsplan for Testparken 2012-2015", versions.getString("items[0].title"));
        as(Tokens.reader()).queryParam("limit", 2).get("/v1/plans/" + plan.id() + "/versions").then()
                .body("items.number", equalTo(List.of(1, 2)))
                .body("next", org.hamcrest.Matchers.notNullValue());

        JsonPath changes = as(Tokens.lbf()).queryParam("from", 2)
                .get("/v1/plans/" + plan.id() + "/versions/3/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(2, changes.getInt("from"));
        assertEquals(3, changes.getInt("to"));
        assertEquals(List.of("title", "budget.MUNICIPALITY.2012", "totalBudget", "totalBudget.MUNICIPALITY"),
                changes.getList("changes.field"));
        assertEquals(0, new BigDecimal("500000.00").compareTo(new BigDecimal(
                changes.getString("changes[1].before.amount"))));
        assertEquals(0, new BigDecimal("400000.00").compareTo(new BigDecimal(
                changes.getString("changes[1].after.amount"))));
        as(Tokens.lbf()).get("/v1/plans/" + plan.id() + "/versions/2/changes").then().statusCode(200)
                .body("from", is(1))
                .body("changes.field", equalTo(List.of("title")));
        as(Tokens.lbf()).queryParam("from", 9).get("/v1/plans/" + plan.id() + "/versions/3/changes").then()
                .statusCode(400).body("errors[0].field", is("from"));
        as(Tokens.lbf()).queryParam("from", "x").get("/v1/plans/" + plan.id() + "/versions/3/changes").then()
                .statusCode(400).body("errors[0].field", is("from"));

        JsonPath history = as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/history").then().extract().jsonPath();
        assertEquals(List.of("creation", "revision", "submission", "prequalification", "revision", "approval"),
                history.getList("items.decision"));
        assertEquals(List.of(1, 2, 2, 2, 3, 3), history.getList("items.contentVersion"));

        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(plan.id().toString(), 4,
                Duration.ofSeconds(30));
        List<String> types = records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList();
        assertEquals(List.of("dk.kk.boligsocial.plan.submitted.v1", "dk.kk.boligsocial.plan.prequalified.v1",
                "dk.kk.boligsocial.plan.revised.v1", "dk.kk.boligsocial.plan.approved.v1"), types,
                "a draft's revision is not announced, a prequalified plan's is");
        records.forEach(r -> EventContract.assertValid(KafkaTopic.header(r, "ce_type"), r.value()));
        JsonNode revised = JSON.readTree(records.get(2).value());
        assertEquals(3, revised.get("contentVersion").asInt());
        assertEquals("PREQUALIFIED", revised.get("status").asText());
        assertEquals("Helhedsplan for Testparken, udarbejdet i dialog", revised.get("title").asText());
        assertEquals("test-kommune", revised.at("/decision/actor").asText());
    }

    @Test
    void anotherOrganisationSeesNoVersions() {
        Api.TestPlan plan = Api.draft();
        as(Tokens.boligorganisation(UUID.randomUUID())).get("/v1/plans/" + plan.id() + "/versions").then()
                .statusCode(404);
        as(Tokens.boligorganisation(plan.organisationId())).get("/v1/plans/" + plan.id() + "/versions/1").then()
                .statusCode(200);
    }

    private static io.restassured.response.Response revise(Api.TestPlan plan, Map<String, Object> body) {
        return as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body(body).put("/v1/plans/" + plan.id());
    }
}
