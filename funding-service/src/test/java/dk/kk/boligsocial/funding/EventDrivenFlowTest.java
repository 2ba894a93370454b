package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Plan events on boligsocial.plans become ledger entries here and funding events on boligsocial.funding. */
@QuarkusTest
class EventDrivenFlowTest {

    @Test
    void prequalificationReservesGrantCommitsAndBothAreAnnouncedAsValidCloudEvents() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();

        String prequalifiedId = Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00")));
        Fixtures.awaitProcessed(prequalifiedId);
        assertEquals("RESERVED", Fixtures.state(plan));
        assertEquals(2, Fixtures.ledger(plan, "RESERVATION"));
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().statusCode(200)
                .body("items[0].reserved.amount", Fixtures.exactly("2000000.00"))
                .body("items[0].available.amount", Fixtures.exactly("8000000.00"));

        String grantedId = Fixtures.publish(Fixtures.granted(plan, round, org, Fixtures.budget("1000000.00")));
        Fixtures.awaitProcessed(grantedId);
        assertEquals("COMMITTED", Fixtures.state(plan));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("committedWithoutReservation", is(false))
                .body("totals.reserved.amount", Fixtures.exactly("0.00"))
                .body("totals.committed.amount", Fixtures.exactly("10000000.00"))
                .body("history.size()", is(2 + 2 + 6))
                .body("history[0].causeId", is(prequalifiedId))
                .body("history[9].causeId", is(grantedId))
                .body("ruleChecks[0].rule", is("HOUSING_ORGANISATION_MATCH"))
                .body("ruleChecks[0].outcome", is("PASSED"));
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then()
                .body("items[0].reserved.amount", Fixtures.exactly("0.00"))
                .body("items[0].committed.amount", Fixtures.exactly("2000000.00"));

        List<ConsumerRecord<String, String>> records = Fixtures.FUNDING.recordsWithKey(plan.toString(), 2, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.committed.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> record : records) {
            assertEquals(plan.toString(), record.key());
            assertEquals("1.0", KafkaTopic.header(record, "ce_specversion"));
            assertEquals("/funding-service", KafkaTopic.header(record, "ce_source"));
            assertEquals(plan.toString(), KafkaTopic.header(record, "ce_subject"));
            assertEquals("application/json", KafkaTopic.header(record, "content-type"));
            UUID.fromString(KafkaTopic.header(record, "ce_id"));
            assertNotNull(OffsetDateTime.parse(KafkaTopic.header(record, "ce_time")));
            EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());
            JsonNode payload = Fixtures.JSON.readTree(record.value());
            assertEquals(round, payload.get("roundId").asText());
            assertEquals(org.toString(), payload.get("housingOrganisationId").asText());
        }
        JsonNode reserved = Fixtures.JSON.readTree(records.get(0).value());
        assertEquals(prequalifiedId, reserved.get("causationEventId").asText());
        assertEquals(0, new BigDecimal("2000000").compareTo(reserved.at("/totalReserved/amount").decimalValue()));
        JsonNode committed = Fixtures.JSON.readTree(records.get(1).value());
        assertEquals(grantedId, committed.get("causationEventId").asText());
        assertEquals("RESERVATION", committed.get("basis").asText());
        assertEquals(6, committed.get("commitments").size());
        assertEquals(0, new BigDecimal("2000000").compareTo(committed.at("/reservationReleased/amount").decimalValue()));
    }

    @Test
    void withdrawalReleasesTheReservationAndAnnouncesIt() throws Exception {
        String round = Fixtures.newRound("5000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("750000.00"))));

        String withdrawnId = Fixtures.publish(Fixtures.withdrawn(plan, round, org));
        Fixtures.awaitProcessed(withdrawnId);

        assertEquals("RELEASED", Fixtures.state(plan));
        assertEquals(2, Fixtures.ledger(plan, "RELEASE"));
        as(Tokens.reader()).get("/v1/pools?roundId=" + round).then()
                .body("items[0].reserved.amount", Fixtures.exactly("0.00"))
                .body("items[0].available.amount", Fixtures.exactly("5000000.00"));
        List<ConsumerRecord<String, String>> records = Fixtures.FUNDING.recordsWithKey(plan.toString(), 2, Duration.ofSeconds(30));
        ConsumerRecord<String, String> released = records.get(records.size() - 1);
        assertEquals("dk.kk.boligsocial.funding.released.v1", KafkaTopic.header(released, "ce_type"));
        EventContract.assertValid("dk.kk.boligsocial.funding.released.v1", released.value());
        JsonNode payload = Fixtures.JSON.readTree(released.value());
        assertEquals(withdrawnId, payload.get("causationEventId").asText());
        assertEquals("PLAN_WITHDRAWN", payload.get("cause").asText());
        assertEquals(0, new BigDecimal("1500000").compareTo(payload.at("/totalReleased/amount").decimalValue()));
    }

    @Test
    void aGrantWithoutAReservationIsCommittedVisiblyWhenThePoolCanCarryItAndRefusedWhenItCannot() throws Exception {
        String round = Fixtures.newRound("3000000.00");
        UUID org = UUID.randomUUID();
        // refused at prequalification: the housing organisation does not match the municipality 1:1
        UUID lowMatch = UUID.randomUUID();
        var unmatched = List.of(Fixtures.line(BudgetSource.LBF, 2012, "3000000.00"),
                Fixtures.line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                Fixtures.line(BudgetSource.HOUSING_ORGANISATION, 2012, "500000.00"));
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(lowMatch, round, org, unmatched)));
        assertEquals("REFUSED", Fixtures.state(lowMatch));
        // granted with a matching budget (revised in dialogue): the pool has room, so it is committed, marked
        String grantId = Fixtures.publish(Fixtures.granted(lowMatch, round, org, Fixtures.budget("500000.00")));
        Fixtures.awaitProcessed(grantId);
        assertEquals("COMMITTED", Fixtures.state(lowMatch));
        as(Tokens.kommune()).get("/v1/plans/" + lowMatch + "/funding").then()
                .body("committedWithoutReservation", is(true))
                .body("refusalReasons.size()", is(0));
        List<ConsumerRecord<String, String>> records = Fixtures.FUNDING.recordsWithKey(lowMatch.toString(), 2, Duration.ofSeconds(30));
        JsonNode committed = Fixtures.JSON.readTree(records.get(1).value());
        assertEquals("WITHOUT_RESERVATION", committed.get("basis").asText());

        // a grant without reservation that the pool (2,000,000 left) cannot carry: refused, nothing committed
        UUID tooBig = UUID.randomUUID();
        String bigGrant = Fixtures.publish(Fixtures.granted(tooBig, round, org, Fixtures.budget("1500000.00")));
        Fixtures.awaitProcessed(bigGrant);
        assertEquals("REFUSED", Fixtures.state(tooBig));
        assertEquals(0, Fixtures.ledger(tooBig, "COMMITMENT"));
        ConsumerRecord<String, String> refused = Fixtures.FUNDING.recordsWithKey(tooBig.toString(), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("dk.kk.boligsocial.funding.reservation-refused.v1", KafkaTopic.header(refused, "ce_type"));
        EventContract.assertValid(KafkaTopic.header(refused, "ce_type"), refused.value());
        JsonNode payload = Fixtures.JSON.readTree(refused.value());
        assertEquals("GRANT", payload.get("stage").asText());
        assertEquals("POOL_EXHAUSTED", payload.at("/reasons/0/code").asText());
    }

    @Test
    void eventsFundingDoesNotReactToAndUnknownPlansChangeNothing() {
        UUID plan = UUID.randomUUID();
        String rejected = Fixtures.publish(Fixtures.rejected(plan, "2011-14", UUID.randomUUID()));
        Fixtures.awaitProcessed(rejected);
        assertEquals(0, Sql.count("select count(*) from plan_funding where plan_id = ?", plan));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(404);
    }
}
