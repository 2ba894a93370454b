package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** plan.completed.v1 closes the plan's money: the unspent commitments go back, the municipal part to the pool. */
@QuarkusTest
class CloseOutTest {

    @Test
    void aCompletedPlanGivesItsUnspentCommitmentsBackOnceAndIsClosed() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        Fixtures.CommittedPlan committed = Fixtures.committedPlan(round);
        UUID plan = committed.id();
        as(Tokens.kommune()).body(Map.of("source", "MUNICIPALITY", "year", 2012, "amount", Fixtures.money("600000.00"),
                        "reference", "Udbetaling 2012", "valueDate", "2012-03-01"))
                .post("/v1/plans/" + plan + "/disbursements").then().statusCode(201);
        String planned = as(Tokens.kommune()).body(Map.of("source", "MUNICIPALITY", "year", 2013,
                        "amount", Fixtures.money("100000.00"), "reference", "Udbetaling 2013", "status", "PLANNED"))
                .post("/v1/plans/" + plan + "/disbursements").then().statusCode(201).extract().path("id");
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then()
                .body("items[0].committed.amount", Fixtures.exactly("2000000.00"));

        PlanCompletedV1 completed = new PlanCompletedV1(plan, round, committed.organisationId(),
                new Decision("test-kommune", Instant.parse("2015-01-15T10:00:00Z"), "TMU 2015-01-12", null));
        String completionId = Fixtures.publish(completed);
        Fixtures.awaitProcessed(completionId);

        assertEquals("CLOSED", Fixtures.state(plan));
        // committed − paid of every source and year: MUNICIPALITY 400,000 (2012) and 1,000,000 (2013), LBF 2 × 3 mio.,
        // the housing organisation 2 × 1 mio.
        assertEquals(6, Fixtures.ledger(plan, "COMMITMENT_RELEASE"));
        assertEquals(1, Sql.count("select count(*) from ledger_entry where plan_id = ? and kind = 'COMMITMENT_RELEASE'"
                + " and source = 'MUNICIPALITY' and year = 2012 and amount = 400000.00"
                + " and effective_on = date '2015-01-15' and cause_id = ?", plan, completionId));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("state", is("CLOSED"))
                .body("totals.committed.amount", Fixtures.exactly("600000.00"))
                .body("totals.disbursed.amount", Fixtures.exactly("600000.00"))
                .body("totals.remaining.amount", Fixtures.exactly("0.00"))
                .body("totals.released.amount", Fixtures.exactly("9400000.00"));
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then()
                .body("items[0].committed.amount", Fixtures.exactly("600000.00"))
                .body("items[0].available.amount", Fixtures.exactly("9400000.00"));
        // what was planned and never paid will not be: cancelled, and nothing more can be recorded
        as(Tokens.reader()).get("/v1/plans/" + plan + "/disbursements/" + planned).then().statusCode(200)
                .body("status", is("CANCELLED"));
        as(Tokens.kommune()).body(Map.of("source", "LBF", "year", 2013, "amount", Fixtures.money("1.00"),
                        "reference", "Efter afslutning"))
                .post("/v1/plans/" + plan + "/disbursements").then().statusCode(409)
                .body("fundingState", is("CLOSED"));

        // the same completion again, and a second completion under a new id: nothing more is given back or announced
        Fixtures.publish(completed, completionId);
        Fixtures.publish(completed);
        Fixtures.awaitDrained(plan);
        assertEquals(6, Fixtures.ledger(plan, "COMMITMENT_RELEASE"));

        List<ConsumerRecord<String, String>> events = Fixtures.FUNDING.recordsWithKey(plan.toString(), 4,
                Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.committed.v1",
                "dk.kk.boligsocial.funding.disbursed.v1", "dk.kk.boligsocial.funding.closed-out.v1"),
                events.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        EventContract.assertValid("dk.kk.boligsocial.funding.closed-out.v1", events.get(3).value());
        JsonNode closedOut = Fixtures.JSON.readTree(events.get(3).value());
        assertEquals(completionId, closedOut.get("causationEventId").asText());
        assertEquals("PLAN_COMPLETED", closedOut.get("cause").asText());
        assertEquals(6, closedOut.get("released").size());
        assertEquals(0, new BigDecimal("1400000").compareTo(closedOut.at("/returnedToPool/amount").decimalValue()));
        assertEquals(0, new BigDecimal("600000").compareTo(closedOut.at("/totalPaid/amount").decimalValue()));
    }
}
