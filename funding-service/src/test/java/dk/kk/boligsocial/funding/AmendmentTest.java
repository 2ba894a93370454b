package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Amendments of a granted plan's municipal co-financing, re-checked against the pool and the round's 1:1 rule as the
 * grant was. The plans of Fixtures.committedPlan hold 1,000,000 of municipal and of housing-organisation money in
 * each of 2012 and 2013.
 */
@QuarkusTest
class AmendmentTest {

    private static Map<String, Object> year(int year, String amount) {
        return Map.of("year", year, "amount", Fixtures.money(amount));
    }

    private static Response amend(UUID plan, List<Map<String, Object>> municipal) {
        return as(Tokens.kommune()).body(Map.of("reference", "TMU 2013-01-07, pkt. 4", "decidedOn", "2013-01-07",
                "municipal", municipal)).post("/v1/plans/" + plan + "/amendments");
    }

    private static long entries(UUID plan) {
        return Sql.count("select count(*) from ledger_entry where plan_id = ?", plan);
    }

    @Test
    void rePhasingTheYearsBooksTheDifferencesAndIsAnnounced() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        UUID plan = Fixtures.committedPlan(round).id();

        String id = amend(plan, List.of(year(2012, "600000.00"), year(2013, "1400000.00"))).then().statusCode(200)
                .body("previous.amount.amount", hasItems(Fixtures.exactly("1000000.00")))
                .body("amended.find { it.year == 2013 }.amount.amount", Fixtures.exactly("1400000.00"))
                .body("ruleChecks[0].outcome", is("PASSED"))
                .body("decidedOn", is("2013-01-07"))
                .extract().path("id");

        assertEquals(1, Sql.count("select count(*) from ledger_entry where plan_id = ? and kind = 'COMMITMENT_RELEASE'"
                + " and year = 2012 and amount = 400000.00 and cause_id = ? and effective_on = date '2013-01-07'",
                plan, id));
        assertEquals(1, Sql.count("select count(*) from ledger_entry where plan_id = ? and kind = 'COMMITMENT'"
                + " and year = 2013 and amount = 400000.00 and cause_id = ?", plan, id));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then()
                .body("positions.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.committed.amount",
                        Fixtures.exactly("600000.00"))
                .body("positions.find { it.source == 'MUNICIPALITY' && it.year == 2013 }.committed.amount",
                        Fixtures.exactly("1400000.00"))
                .body("budget.find { it.source == 'MUNICIPALITY' && it.year == 2013 }.amount.amount",
                        Fixtures.exactly("1400000.00"));
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then()
                .body("items[0].committed.amount", Fixtures.exactly("2000000.00"))
                .body("items[0].years.find { it.year == 2013 }.committed.amount", Fixtures.exactly("1400000.00"));

        List<ConsumerRecord<String, String>> events = Fixtures.FUNDING.recordsWithKey(plan.toString(), 3,
                Duration.ofSeconds(30));
        assertEquals("dk.kk.boligsocial.funding.grant-amended.v1", KafkaTopic.header(events.get(2), "ce_type"));
        assertEquals(3, events.size());
        EventContract.assertValid("dk.kk.boligsocial.funding.grant-amended.v1", events.get(2).value());
        JsonNode amended = Fixtures.JSON.readTree(events.get(2).value());
        assertEquals(id, amended.get("amendmentId").asText());
        assertEquals(2, amended.get("amended").size());
        assertEquals("2013-01-07", amended.get("decidedOn").asText());
    }

    @Test
    void anAmendmentThePoolTheRulesOrTheScheduleCannotCarryIsRefusedWithItsReasonsAndBooksNothing() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        UUID plan = Fixtures.committedPlan(round).id();
        as(Tokens.kommune()).body(Map.of("source", "MUNICIPALITY", "year", 2012, "amount", Fixtures.money("300000.00"),
                "reference", "Udbetaling 2012")).post("/v1/plans/" + plan + "/disbursements").then().statusCode(201);
        long before = entries(plan);

        // more municipal money than the housing organisation matches, and 2012 below what is already paid
        amend(plan, List.of(year(2012, "200000.00"), year(2013, "2000000.00"))).then().statusCode(409)
                .contentType("application/problem+json")
                .body("reasons.code", hasItems("RULE_FAILED", "BELOW_SCHEDULE"))
                .body("ruleChecks[0].outcome", is("FAILED"));
        // more than 2013's capacity of the pool
        amend(plan, List.of(year(2012, "1000000.00"), year(2013, "5000000.01"))).then().statusCode(409)
                .body("reasons.code", hasItems("YEAR_EXHAUSTED"));
        // a year the pool has no capacity for
        amend(plan, List.of(year(2012, "1000000.00"), year(2014, "1000000.00"))).then().statusCode(409)
                .body("reasons.code", hasItems("YEAR_NOT_IN_POOL"));
        assertEquals(before, entries(plan));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then()
                .body("totals.committed.amount", Fixtures.exactly("10000000.00"));

        as(Tokens.kommune()).body(Map.of("municipal", List.of(year(2012, "-1.00"), year(2012, "5.00"))))
                .post("/v1/plans/" + plan + "/amendments").then().statusCode(400)
                .body("errors.field", hasItems("reference", "municipal[0].amount.amount"));
        as(Tokens.kommune()).body(Map.of("reference", "x", "municipal", List.of(year(2012, "5.00"), year(2012, "6.00"))))
                .post("/v1/plans/" + plan + "/amendments").then().statusCode(400)
                .body("errors.field", hasItems("municipal[1].year"));
        assertEquals(before, entries(plan));
    }
}
