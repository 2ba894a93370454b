package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A rule failure or a pool that cannot carry the request reserves nothing and says why. */
@QuarkusTest
class RefusalTest {

    private static JsonNode refusal(UUID plan) throws Exception {
        ConsumerRecord<String, String> record = Fixtures.FUNDING.recordsWithKey(plan.toString(), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("dk.kk.boligsocial.funding.reservation-refused.v1", KafkaTopic.header(record, "ce_type"));
        EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());
        return Fixtures.JSON.readTree(record.value());
    }

    private static UUID prequalify(String round, List<BudgetLine> budget) {
        UUID plan = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, UUID.randomUUID(), budget)));
        return plan;
    }

    @Test
    void aHousingOrganisationMatchingLessThanTheMunicipalityIsRefusedWithTheRuleCheck() throws Exception {
        String round = Fixtures.newRound("10000000.00");
        UUID plan = prequalify(round, List.of(Fixtures.line(BudgetSource.LBF, 2012, "5000000.00"),
                Fixtures.line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                Fixtures.line(BudgetSource.HOUSING_ORGANISATION, 2012, "999999.99")));

        assertEquals("REFUSED", Fixtures.state(plan));
        assertEquals(0, Fixtures.ledger(plan, "RESERVATION"));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then()
                .body("ruleChecks[0].rule", is("HOUSING_ORGANISATION_MATCH"))
                .body("ruleChecks[0].expected", Fixtures.exactly("1000000.00"))
                .body("ruleChecks[0].actual", Fixtures.exactly("999999.99"))
                .body("ruleChecks[0].outcome", is("FAILED"))
                .body("refusalReasons[0].code", is("RULE_FAILED"));
        JsonNode event = refusal(plan);
        assertEquals("PREQUALIFICATION", event.get("stage").asText());
        assertEquals("RULE_FAILED", event.at("/reasons/0/code").asText());
        assertEquals("FAILED", event.at("/ruleChecks/0/outcome").asText());
    }

    @Test
    void theMinimumLocalShareIsCheckedWhereTheRoundConfiguresIt() throws Exception {
        String round = "share-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.kommune()).body(Map.of("roundId", round, "name", "LBF-pulje", "capacity", Fixtures.money("5000000.00"),
                        "rules", Map.of("minimumLocalShare", 0.25)))
                .post("/v1/pools").then().statusCode(201);
        // the seed's proportions: 60 of 290 is local, 20.7 %
        UUID plan = prequalify(round, List.of(Fixtures.line(BudgetSource.LBF, 2012, "2300000.00"),
                Fixtures.line(BudgetSource.MUNICIPALITY, 2012, "300000.00"),
                Fixtures.line(BudgetSource.HOUSING_ORGANISATION, 2012, "300000.00")));

        as(Tokens.lbf()).get("/v1/plans/" + plan + "/funding").then()
                .body("state", is("REFUSED"))
                .body("ruleChecks[0].rule", is("MINIMUM_LOCAL_SHARE"))
                .body("ruleChecks[0].expected", Fixtures.exactly("0.25"))
                .body("ruleChecks[0].actual", Fixtures.exactly("0.2068"))
                .body("ruleChecks[0].unit", is("SHARE"));
        assertEquals("RULE_FAILED", refusal(plan).at("/reasons/0/code").asText());
    }

    @Test
    void anExhaustedPoolAndAYearOutsideThePoolAreRefusedWithTheFigures() throws Exception {
        String round = Fixtures.newRound("3000000.00", 2012, "1500000.00", 2013, "1500000.00");
        UUID first = prequalify(round, Fixtures.budget("1000000.00"));
        assertEquals("RESERVED", Fixtures.state(first));

        UUID second = prequalify(round, Fixtures.budget("1000000.00"));
        JsonNode exhausted = refusal(second);
        assertEquals("YEAR_EXHAUSTED", exhausted.at("/reasons/0/code").asText());
        assertEquals("2012: 1000000.00 requested, 500000.00 available of the year's 1500000.00",
                exhausted.at("/reasons/0/message").asText());
        assertEquals("POOL_EXHAUSTED", exhausted.at("/reasons/2/code").asText());
        assertEquals(2, exhausted.get("requested").size());

        UUID outside = prequalify(round, List.of(Fixtures.line(BudgetSource.LBF, 2015, "1000000.00"),
                Fixtures.line(BudgetSource.MUNICIPALITY, 2015, "100000.00"),
                Fixtures.line(BudgetSource.HOUSING_ORGANISATION, 2015, "100000.00")));
        as(Tokens.kommune()).get("/v1/plans/" + outside + "/funding").then()
                .body("state", is("REFUSED"))
                .body("refusalReasons.code", hasItem("YEAR_NOT_IN_POOL"));
        assertEquals(2, Sql.count("select count(*) from ledger_entry where round_id = ?", round));
    }

    /** Issue 10: what the pool has left is the sum of everybody else's reservations, not the organisation's business. */
    @Test
    void theHousingOrganisationReadsItsRefusalWithItsOwnFiguresOnly() {
        String round = Fixtures.newRound("3000000.00", 2012, "1500000.00", 2013, "1500000.00");
        prequalify(round, Fixtures.budget("1000000.00"));
        UUID organisation = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(refused, round, organisation,
                Fixtures.budget("1000000.00"))));

        as(Tokens.boligorganisation(organisation)).get("/v1/plans/" + refused + "/funding").then()
                .statusCode(200)
                .body("state", is("REFUSED"))
                .body("refusalReasons.message", contains(
                        "2012: 1000000.00 requested, more than the pool has left for the year",
                        "2013: 1000000.00 requested, more than the pool has left for the year",
                        "2000000.00 requested, more than the pool has left"))
                .body(not(containsString("available")));
        as(Tokens.kommune()).get("/v1/plans/" + refused + "/funding").then()
                .body("refusalReasons[2].message", is("2000000.00 requested, 1000000.00 available of the pool's 3000000.00"));
    }

    @Test
    void aGrantThatBreaksARuleCommitsNothingAndKeepsTheReservation() throws Exception {
        String round = Fixtures.newRound("10000000.00");
        UUID org = UUID.randomUUID();
        UUID plan = prequalify(round, Fixtures.budget("1000000.00"));
        assertEquals("RESERVED", Fixtures.state(plan));
        // granted with the housing organisation's share cut below the municipality's
        var unmatched = List.of(Fixtures.line(BudgetSource.LBF, 2012, "3000000.00"),
                Fixtures.line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                Fixtures.line(BudgetSource.HOUSING_ORGANISATION, 2012, "400000.00"));
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.granted(plan, round, org, unmatched)));

        assertEquals(0, Fixtures.ledger(plan, "COMMITMENT"));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then()
                .body("state", is("RESERVED"))
                .body("totals.reserved.amount", Fixtures.exactly("2000000.00"))
                .body("refusalReasons[0].code", is("RULE_FAILED"));
        ConsumerRecord<String, String> record = Fixtures.FUNDING.recordsWithKey(plan.toString(), 2, Duration.ofSeconds(30)).get(1);
        assertEquals("dk.kk.boligsocial.funding.reservation-refused.v1", KafkaTopic.header(record, "ce_type"));
        EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());
        assertEquals("GRANT", Fixtures.JSON.readTree(record.value()).get("stage").asText());
    }

    @Test
    void aRoundWithoutAPoolIsRefused() throws Exception {
        UUID plan = prequalify("no-pool-" + UUID.randomUUID().toString().substring(0, 8), Fixtures.budget("1.00"));
        assertEquals("NO_POOL", refusal(plan).at("/reasons/0/code").asText());
    }
}
