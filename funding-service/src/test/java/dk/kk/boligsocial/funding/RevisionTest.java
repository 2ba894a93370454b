package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A plan revised in the dialogue after prequalification: its reservation follows the revised municipal
 * co-financing under the pool's invariant, or the revision is refused with reasons and the reservation stays.
 */
@QuarkusTest
class RevisionTest {

    @Test
    void aRevisionMovesTheReservationToTheRevisedAmountsWithinThePool() throws Exception {
        String round = Fixtures.newRound("4000000.00");
        UUID other = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(other, round, UUID.randomUUID(),
                Fixtures.budget("500000.00"))));
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00"))));

        // 2 x 1.5 mio. for this plan + 1 mio. for the other = the whole pool
        String revision = Fixtures.publish(Fixtures.revised(plan, round, org, Fixtures.budget("1500000.00"), 2));
        Fixtures.awaitProcessed(revision);

        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("state", is("RESERVED"))
                .body("totals.reserved.amount", Fixtures.exactly("3000000.00"));
        as(Tokens.kommune()).get("/v1/reports/rounds/" + round).then().statusCode(200)
                .body("pool.available.amount", Fixtures.exactly("0.00"));
        JsonNode adjusted = event(plan, 2, "dk.kk.boligsocial.funding.reservation-adjusted.v1");
        assertEquals(2, adjusted.get("contentVersion").asInt());
        assertEquals(0, adjusted.at("/totalReserved/amount").decimalValue().compareTo(new java.math.BigDecimal("3000000.00")));
        assertEquals(2, adjusted.get("previous").size());
        assertEquals(0, adjusted.at("/previous/0/amount/amount").decimalValue().compareTo(new java.math.BigDecimal("1000000.00")));

        // the audit trail says what the reaction booked, and auditors read it
        as(Tokens.revisor()).queryParam("resourceId", plan.toString()).queryParam("correlationId", revision)
                .get("/v1/audit").then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].action", is("funding.adjusted"))
                .body("items[0].causeEventId", is(revision))
                .body("items[0].before.state", is("RESERVED"))
                .body("items[0].after.state", is("RESERVED"))
                .body("items[0].after.booked.kind", is(List.of("RELEASE", "RELEASE", "RESERVATION", "RESERVATION")))
                .body("items[0].after.booked[2].amount", is("1500000.00"));
    }

    @Test
    void aRevisionThePoolCannotCarryIsRefusedAndTheReservationStays() throws Exception {
        String round = Fixtures.newRound("4000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00"))));

        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.revised(plan, round, org, Fixtures.budget("2500000.00"), 2)));

        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("state", is("RESERVED"))
                .body("totals.reserved.amount", Fixtures.exactly("2000000.00"))
                .body("refusalReasons[0].code", is("POOL_EXHAUSTED"));
        assertEquals(2, Fixtures.ledger(plan, "RESERVATION"), "nothing booked");
        assertEquals(0, Fixtures.ledger(plan, "RELEASE"), "nothing released");
        JsonNode refused = event(plan, 2, "dk.kk.boligsocial.funding.revision-refused.v1");
        assertEquals(2, refused.get("contentVersion").asInt());
        assertEquals("POOL_EXHAUSTED", refused.at("/reasons/0/code").asText());
        assertEquals(2, refused.get("held").size(), "the reservation held, per year");
        assertEquals(0, refused.at("/held/0/amount/amount").decimalValue().compareTo(new java.math.BigDecimal("1000000.00")));

        // revised down again: it fits, and the reservation follows
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.revised(plan, round, org, Fixtures.budget("250000.00"), 3)));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("state", is("RESERVED"))
                .body("totals.reserved.amount", Fixtures.exactly("500000.00"))
                .body("refusalReasons", is(List.of()));
    }

    @Test
    void aPlanRefusedAtPrequalificationIsReservedWhenItsRevisionFits() throws Exception {
        String round = Fixtures.newRound("1000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00"))));
        assertEquals("REFUSED", Fixtures.state(plan));

        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.revised(plan, round, org, Fixtures.budget("400000.00"), 2)));

        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("state", is("RESERVED"))
                .body("totals.reserved.amount", Fixtures.exactly("800000.00"));
        JsonNode adjusted = event(plan, 2, "dk.kk.boligsocial.funding.reservation-adjusted.v1");
        assertEquals(0, adjusted.get("previous").size());
    }

    @Test
    void aRevisionOfAGrantedPlanChangesNothing() {
        String round = Fixtures.newRound("10000000.00");
        Fixtures.CommittedPlan plan = Fixtures.committedPlan(round);
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.revised(plan.id(), round, plan.organisationId(),
                Fixtures.budget("9.00"), 2)));
        as(Tokens.kommune()).get("/v1/plans/" + plan.id() + "/funding").then().statusCode(200)
                .body("state", is("COMMITTED"));
        assertEquals(2, Fixtures.ledger(plan.id(), "RESERVATION"), "the reservation made at prequalification only");
        assertEquals(2, Fixtures.ledger(plan.id(), "RELEASE"), "the release the grant made only");
    }

    /** The funding event of this type among the plan's first {@code expected} events, checked against its schema. */
    private static JsonNode event(UUID plan, int expected, String type) throws Exception {
        List<ConsumerRecord<String, String>> records = Fixtures.FUNDING.recordsWithKey(plan.toString(), expected,
                Duration.ofSeconds(30));
        ConsumerRecord<String, String> found = records.stream()
                .filter(r -> type.equals(KafkaTopic.header(r, "ce_type"))).reduce((a, b) -> b).orElseThrow();
        EventContract.assertValid(type, found.value());
        return Fixtures.JSON.readTree(found.value());
    }
}
