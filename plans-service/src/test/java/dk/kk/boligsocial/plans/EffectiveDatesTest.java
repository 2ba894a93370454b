package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A decision is dated the day it took effect, apart from when it is recorded: the 2011-14 round told truthfully. */
@QuarkusTest
class EffectiveDatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDecisionKeepsTheDateItTookEffectApartFromWhenItWasRecorded() throws Exception {
        Api.TestPlan plan = Api.draft();
        Api.decide(plan.id(), "submission", with(Step.SUBMISSION.body, "2011-05-02"), Tokens.kommune())
                .then().statusCode(200);
        Api.decide(plan.id(), "prequalification", Step.PREQUALIFICATION.body, Tokens.lbf()).then().statusCode(200);
        Api.decide(plan.id(), "approval", with(Step.APPROVAL.body, "2011-10-24"), Tokens.kommune())
                .then().statusCode(200);

        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        JsonPath history = as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/history").then().extract().jsonPath();
        assertEquals(List.of("creation", "submission", "prequalification", "approval"), history.getList("items.decision"));
        assertEquals(List.of(today, "2011-05-02", today, "2011-10-24"), history.getList("items.decidedOn"));
        assertTrue(Instant.parse(history.getString("items[3].decidedAt")).isAfter(Instant.now().minusSeconds(600)),
                "recorded now, effective in 2011");

        List<ConsumerRecord<String, String>> records = KafkaTopic.named("boligsocial.plans")
                .recordsWithKey(plan.id().toString(), 3, Duration.ofSeconds(30));
        records.forEach(r -> EventContract.assertValid(KafkaTopic.header(r, "ce_type"), r.value()));
        // v1's decidedAt is "when the decision took effect": noon in Copenhagen on a day before the recording day
        JsonNode approved = JSON.readTree(records.get(2).value()).get("decision");
        assertEquals("2011-10-24T10:00:00Z", approved.get("decidedAt").asText());
        Instant prequalifiedAt = Instant.parse(JSON.readTree(records.get(1).value()).at("/decision/decidedAt").asText());
        assertTrue(prequalifiedAt.isAfter(Instant.now().minusSeconds(600)), "taken today: the moment it was recorded");
    }

    @Test
    void aDateInTheFutureOrBeforeTheRoundOpensIsRefusedAndChangesNothing() {
        as(Tokens.reader()).get("/v1/rounds/2011-14").then().statusCode(200).body("opensOn", is("2011-01-01"));
        Api.TestPlan plan = Api.draft();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1).toString();

        Api.decide(plan.id(), "submission", with(Step.SUBMISSION.body, tomorrow), Tokens.kommune())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("decidedOn"));
        Api.decide(plan.id(), "submission", with(Step.SUBMISSION.body, "2010-12-31"), Tokens.kommune())
                .then().statusCode(400).body("errors[0].field", is("decidedOn"));
        Api.decide(plan.id(), "submission", with(Step.SUBMISSION.body, "24-10-2011"), Tokens.kommune())
                .then().statusCode(400);

        as(Tokens.reader()).get("/v1/plans/" + plan.id()).then().body("status", is("DRAFT")).body("version", is(0));
        Api.decide(plan.id(), "submission", with(Step.SUBMISSION.body, "2011-01-01"), Tokens.kommune())
                .then().statusCode(200);
    }

    @Test
    void activationAndCompletionTakeADateToo() {
        Api.TestPlan plan = Api.planIn("GRANTED");
        Api.decide(plan.id(), "activation", Map.of("decidedOn", "2012-01-02"), Tokens.kommune()).then().statusCode(200);
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/history").then()
                .body("items.find { it.decision == 'activation' }.decidedOn", is("2012-01-02"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String decidedOn) {
        Map<String, Object> dated = new HashMap<>(body);
        dated.put("decidedOn", decidedOn);
        return dated;
    }
}
