package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The co-financing gate: plans-service hears funding-service's events and shows the plan's co-financing; a plan
 * whose co-financing was refused is approved and granted only by an explicit, recorded and announced override.
 */
@QuarkusTest
class CoFinancingGateTest {

    private static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aPlanShowsPendingUntilFundingAnswersAndTheAnswerLeavesItsETagAlone() {
        Api.TestPlan plan = Api.planIn("PREQUALIFIED");
        as(Tokens.reader()).get("/v1/plans/" + plan.id()).then().statusCode(200)
                .body("coFinancing.state", equalTo("PENDING"))
                .body("coFinancing.reasons", is(List.of()));
        String etag = Api.etag(plan.id());

        FundingEvents.publish(plan, FundingEvents.RESERVED, FundingEvents.reserved(plan, Instant.now()));
        awaitCoFinancing(plan, "RESERVED");

        assertEquals(etag, Api.etag(plan.id()), "funding's word is not a revision of the plan");
        as(Tokens.kommune()).header("If-Match", etag).body(Step.APPROVAL.body)
                .post("/v1/plans/" + plan.id() + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void aRefusedPlanIsApprovedAndGrantedOnlyByAnOverrideThatIsRecordedAndAnnounced() throws Exception {
        Api.TestPlan plan = Api.planIn("PREQUALIFIED");
        FundingEvents.publish(plan, FundingEvents.REFUSED, FundingEvents.refused(plan, Instant.now()));
        Response refused = awaitCoFinancing(plan, "REFUSED");
        assertEquals("POOL_EXHAUSTED", refused.path("coFinancing.reasons[0].code"));

        Response conflict = Api.decide(plan.id(), "approval", Step.APPROVAL.body, Tokens.kommune());
        conflict.then().statusCode(409).contentType("application/problem+json")
                .body("coFinancing", equalTo("REFUSED"))
                .body("refusalReasons[0].code", equalTo("POOL_EXHAUSTED"))
                .body("refusalReasons[0].message", containsString("1,000,000.00 available"))
                .body("detail", containsString("POOL_EXHAUSTED"))
                .body("currentStatus", equalTo("PREQUALIFIED"));
        assertEquals("PREQUALIFIED", as(Tokens.reader()).get("/v1/plans/" + plan.id()).path("status"));

        Map<String, Object> blank = new HashMap<>(Step.APPROVAL.body);
        blank.put("coFinancingOverride", Map.of("reason", " "));
        Api.decide(plan.id(), "approval", blank, Tokens.kommune()).then().statusCode(400);

        Map<String, Object> approval = new HashMap<>(Step.APPROVAL.body);
        String why = "Udvalget godkender; kommunens andel dækkes af anlægsbudgettet.";
        approval.put("coFinancingOverride", Map.of("reason", why));
        Api.decide(plan.id(), "approval", approval, Tokens.kommune()).then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        Api.decide(plan.id(), "grant", Step.GRANT.body, Tokens.lbf()).then().statusCode(409)
                .body("refusalReasons[0].code", equalTo("POOL_EXHAUSTED"));
        Map<String, Object> grant = new HashMap<>(Step.GRANT.body);
        grant.put("coFinancingOverride", Map.of("reason", "LBF giver tilsagn trods afslaget."));
        Api.decide(plan.id(), "grant", grant, Tokens.lbf()).then().statusCode(200).body("status", equalTo("GRANTED"));

        Response history = as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/history");
        List<Map<String, Object>> entries = history.path("items");
        Map<String, Object> approvalEntry = entries.stream().filter(e -> "approval".equals(e.get("decision")))
                .findFirst().orElseThrow();
        assertEquals(why, history.path("items.find { it.decision == 'approval' }.coFinancingOverride.reason"));
        assertEquals("POOL_EXHAUSTED",
                history.path("items.find { it.decision == 'approval' }.coFinancingOverride.refusal[0].code"));
        assertTrue(approvalEntry.containsKey("coFinancingOverride"));
        assertFalse(entries.stream().filter(e -> "prequalification".equals(e.get("decision")))
                .anyMatch(e -> e.containsKey("coFinancingOverride")), "only overriding decisions carry one");

        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(plan.id().toString(), 4, WAIT);
        Map<String, JsonNode> byType = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());
            byType.put(KafkaTopic.header(record, "ce_type"), JSON.readTree(record.value()));
        }
        // v1 events carry the override in the decision's reason, which an approval and a grant have none of otherwise
        JsonNode approved = byType.get("dk.kk.boligsocial.plan.approved.v1").get("decision");
        assertEquals("co-financing override: " + why + " (refused: POOL_EXHAUSTED)", approved.get("reason").asText());
        JsonNode granted = byType.get("dk.kk.boligsocial.plan.granted.v1").get("decision");
        assertEquals("co-financing override: LBF giver tilsagn trods afslaget. (refused: POOL_EXHAUSTED)",
                granted.get("reason").asText());
    }

    @Test
    void aRevisionFundingCannotCarryIsARefusalToo() {
        Api.TestPlan plan = Api.planIn("PREQUALIFIED");
        FundingEvents.publish(plan, FundingEvents.RESERVED, FundingEvents.reserved(plan, Instant.now().minusSeconds(5)));
        awaitCoFinancing(plan, "RESERVED");
        FundingEvents.publish(plan, FundingEvents.REVISION_REFUSED, FundingEvents.revisionRefused(plan, Instant.now()));
        awaitCoFinancing(plan, "REFUSED").then().body("coFinancing.reasons[0].code", equalTo("YEAR_EXHAUSTED"));
        Api.decide(plan.id(), "approval", Step.APPROVAL.body, Tokens.kommune()).then().statusCode(409)
                .body("refusalReasons[0].code", equalTo("YEAR_EXHAUSTED"));
    }

    @Test
    void aRevisionFundingCanCarryLiftsTheRefusal() {
        Api.TestPlan plan = Api.planIn("PREQUALIFIED");
        FundingEvents.publish(plan, FundingEvents.REFUSED, FundingEvents.refused(plan, Instant.now().minusSeconds(5)));
        awaitCoFinancing(plan, "REFUSED");
        FundingEvents.publish(plan, FundingEvents.ADJUSTED, FundingEvents.adjusted(plan, Instant.now()));
        awaitCoFinancing(plan, "RESERVED").then().body("coFinancing.reasons", is(List.of()));
        Api.decide(plan.id(), "approval", Step.APPROVAL.body, Tokens.kommune()).then().statusCode(200);
    }

    @Test
    void anOverrideOfNothingIsNotRecorded() {
        Api.TestPlan plan = Api.planIn("PREQUALIFIED");
        Map<String, Object> approval = new HashMap<>(Step.APPROVAL.body);
        approval.put("coFinancingOverride", Map.of("reason", "For en sikkerheds skyld."));
        Api.decide(plan.id(), "approval", approval, Tokens.kommune()).then().statusCode(200);

        Response history = as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/history");
        List<Map<String, Object>> entries = history.path("items");
        assertTrue(entries.stream().noneMatch(e -> e.containsKey("coFinancingOverride")), entries.toString());
    }

    @Test
    void theCloseOutOfACompletedPlanMakesItsCoFinancingClosedOnceWhateverTheRedelivery() {
        Api.TestPlan plan = Api.planIn("COMPLETED");
        FundingEvents.publish(plan, FundingEvents.COMMITTED, FundingEvents.committed(plan, Instant.now().minusSeconds(60)));
        awaitCoFinancing(plan, "COMMITTED");
        String closedJson = FundingEvents.closedOut(plan, Instant.now());
        String closedId = FundingEvents.publish(plan, FundingEvents.CLOSED_OUT, closedJson);
        awaitCoFinancing(plan, "CLOSED");

        FundingEvents.FUNDING.publish(plan.id().toString(), closedId, FundingEvents.CLOSED_OUT, FundingEvents.SOURCE,
                closedJson);
        String marker = FundingEvents.publish(plan, FundingEvents.CLOSED_OUT,
                FundingEvents.closedOut(plan, Instant.now().plusSeconds(1)));
        Await.until(WAIT, () -> Sql.count("SELECT count(*) FROM audit_record WHERE cause_event_id = ?", marker) == 1);
        as(Tokens.reader()).get("/v1/plans/" + plan.id()).then().statusCode(200)
                .body("coFinancing.state", equalTo("CLOSED"));
        assertEquals(1, Sql.count("SELECT count(*) FROM audit_record WHERE cause_event_id = ?"
                + " AND action = 'plan.co-financing.closed'", closedId), "a redelivered close-out is applied once");
    }

    @Test
    void theLatestWordOfFundingCountsAndARepeatedEventChangesNothing() {
        Api.TestPlan plan = Api.planIn("GRANTED");
        Instant reservedAt = Instant.now().minusSeconds(60);
        String reservedJson = FundingEvents.reserved(plan, reservedAt);
        String reservedId = FundingEvents.publish(plan, FundingEvents.RESERVED, reservedJson);
        awaitCoFinancing(plan, "RESERVED");
        FundingEvents.publish(plan, FundingEvents.COMMITTED, FundingEvents.committed(plan, Instant.now()));
        awaitCoFinancing(plan, "COMMITTED");

        // the same event again (at-least-once delivery) and an older word arriving late
        FundingEvents.FUNDING.publish(plan.id().toString(), reservedId, FundingEvents.RESERVED, FundingEvents.SOURCE,
                reservedJson);
        FundingEvents.publish(plan, FundingEvents.REFUSED, FundingEvents.refused(plan, reservedAt.minusSeconds(1)));
        // a marker after them on the same partition: once it is applied, so are they
        String marker = FundingEvents.publish(plan, FundingEvents.COMMITTED,
                FundingEvents.committed(plan, Instant.now().plusSeconds(1)));
        Await.until(WAIT, () -> Sql.count("SELECT count(*) FROM audit_record WHERE cause_event_id = ?", marker) == 1);

        as(Tokens.reader()).get("/v1/plans/" + plan.id()).then().statusCode(200)
                .body("coFinancing.state", equalTo("COMMITTED"))
                .body("coFinancing.reasons", is(List.of()));
        assertEquals(1, Sql.count("SELECT count(*) FROM audit_record WHERE cause_event_id = ?", reservedId),
                "a redelivered event is applied once");
    }

    @Test
    void eventsThatCanNeverBeAppliedGoToTheDeadLetterTopic() {
        Api.TestPlan unknown = new Api.TestPlan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        FundingEvents.publish(unknown, FundingEvents.RESERVED, FundingEvents.reserved(unknown, Instant.now()));
        Api.TestPlan plan = Api.planIn("PREQUALIFIED");
        FundingEvents.publish(plan, FundingEvents.REFUSED, "{\"planId\": \"" + plan.id() + "\"}");

        KafkaTopic deadLetters = KafkaTopic.named("boligsocial.funding.dlq");
        assertEquals(1, deadLetters.recordsWithKey(unknown.id().toString(), 1, WAIT).size(), "an unknown plan");
        assertEquals(1, deadLetters.recordsWithKey(plan.id().toString(), 1, WAIT).size(), "a payload off its schema");
        as(Tokens.reader()).get("/v1/plans/" + plan.id()).then().statusCode(200)
                .body("coFinancing.state", equalTo("PENDING"));
    }

    private static Response awaitCoFinancing(Api.TestPlan plan, String state) {
        Await.until(WAIT, () -> state.equals(as(Tokens.reader()).get("/v1/plans/" + plan.id()).path("coFinancing.state")));
        return as(Tokens.reader()).get("/v1/plans/" + plan.id());
    }
}
