package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The disbursement schedule: planned → approved → paid, only the payment moving money; a wrong payment corrected by
 * a reversing entry. The plans of Fixtures.committedPlan are granted on 15 June 2011 with 1,000,000 of each
 * source's co-financing a year over 2012-2013.
 */
@QuarkusTest
class DisbursementScheduleTest {

    private static String round;

    private static String round() {
        if (round == null) {
            round = Fixtures.newRound("20000000.00");
        }
        return round;
    }

    private static Response plan(UUID plan, String source, int year, String amount, String reference) {
        return as(Tokens.kommune()).body(Map.of("source", source, "year", year, "amount", Fixtures.money(amount),
                "reference", reference, "status", "PLANNED")).post("/v1/plans/" + plan + "/disbursements");
    }

    private static Response step(UUID plan, String id, String step, Map<String, Object> body) {
        return as(Tokens.kommune()).body(body).post("/v1/plans/" + plan + "/disbursements/" + id + "/" + step);
    }

    @Test
    void aPlannedDisbursementIsApprovedThenPaidAndOnlyThePaymentMovesMoney() throws Exception {
        UUID plan = Fixtures.committedPlan(round()).id();
        String id = plan(plan, "MUNICIPALITY", 2012, "600000.00", "Udbetaling 1. kvartal 2012").then().statusCode(201)
                .body("status", is("PLANNED"))
                .body("remainingCommitment.amount", Fixtures.exactly("1000000.00"))
                .body("disbursedAt", nullValue())
                .extract().path("id");
        assertEquals(0, Fixtures.ledger(plan, "DISBURSEMENT"));

        // the schedule may not hold more than the commitment: 400,000.00 is left beside the planned 600,000.00
        plan(plan, "MUNICIPALITY", 2012, "400000.01", "For meget").then().statusCode(409)
                .contentType("application/problem+json")
                .body("scheduled.amount", Fixtures.exactly("600000.00"))
                .body("available.amount", Fixtures.exactly("400000.00"));

        step(plan, id, "payment", Map.of()).then().statusCode(409).body("disbursementStatus", is("PLANNED"));
        step(plan, id, "approval", Map.of("decidedOn", "2012-02-20")).then().statusCode(200)
                .body("status", is("APPROVED")).body("approvedOn", is("2012-02-20"))
                .body("approvedBy", is("test-kommune"));
        step(plan, id, "approval", Map.of()).then().statusCode(409).body("disbursementStatus", is("APPROVED"));

        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1);
        step(plan, id, "payment", Map.of("valueDate", tomorrow.toString())).then().statusCode(400)
                .body("errors[0].field", is("valueDate"));
        step(plan, id, "payment", Map.of("valueDate", "2011-06-14")).then().statusCode(400)
                .body("errors[0].field", is("valueDate"));
        step(plan, id, "payment", Map.of("valueDate", "2012-02-19")).then().statusCode(400)
                .body("errors[0].field", is("valueDate"));
        assertEquals(0, Fixtures.ledger(plan, "DISBURSEMENT"));

        step(plan, id, "payment", Map.of("valueDate", "2012-03-01")).then().statusCode(200)
                .body("status", is("PAID"))
                .body("valueDate", is("2012-03-01"))
                .body("disbursedBy", is("test-kommune"))
                .body("remainingCommitment.amount", Fixtures.exactly("400000.00"));
        step(plan, id, "payment", Map.of()).then().statusCode(409).body("disbursementStatus", is("PAID"));
        assertEquals(1, Fixtures.ledger(plan, "DISBURSEMENT"));
        assertEquals(1, Sql.count("select count(*) from ledger_entry where id = ?::uuid and kind = 'DISBURSEMENT'"
                + " and effective_on = date '2012-03-01' and amount = 600000.00", id));

        as(Tokens.reader()).get("/v1/plans/" + plan + "/disbursements/" + id).then().statusCode(200)
                .body("status", is("PAID")).body("approvedOn", is("2012-02-20"));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("totals.disbursed.amount", Fixtures.exactly("600000.00"))
                .body("schedule.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.paid.amount",
                        Fixtures.exactly("600000.00"))
                .body("schedule.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.planned.amount",
                        Fixtures.exactly("0.00"));

        List<ConsumerRecord<String, String>> events = Fixtures.FUNDING.recordsWithKey(plan.toString(), 4,
                Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.committed.v1",
                "dk.kk.boligsocial.funding.disbursement-approved.v1", "dk.kk.boligsocial.funding.disbursed.v1"),
                events.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        events.forEach(r -> EventContract.assertValid(KafkaTopic.header(r, "ce_type"), r.value()));
        JsonNode approved = Fixtures.JSON.readTree(events.get(2).value());
        assertEquals(id, approved.get("disbursementId").asText());
        assertEquals("2012-02-20", approved.get("approvedOn").asText());
        JsonNode paid = Fixtures.JSON.readTree(events.get(3).value());
        assertEquals(id, paid.get("disbursementId").asText());
        assertEquals(0, new BigDecimal("400000").compareTo(paid.at("/remainingCommitment/amount").decimalValue()));
    }

    @Test
    void aWrongPaymentIsReversedByAnEntryOfItsOwnAndItsAmountIsFreeAgain() throws Exception {
        UUID plan = Fixtures.committedPlan(round()).id();
        String id = as(Tokens.kommune()).body(Map.of("source", "MUNICIPALITY", "year", 2013,
                        "amount", Fixtures.money("300000.00"), "reference", "Forkert konto", "valueDate", "2013-02-01"))
                .post("/v1/plans/" + plan + "/disbursements").then().statusCode(201)
                .body("status", is("PAID")).body("valueDate", is("2013-02-01"))
                .extract().path("id");

        step(plan, id, "correction", Map.of()).then().statusCode(400).body("errors[0].field", is("reason"));
        step(plan, id, "correction", Map.of("reason", " ")).then().statusCode(400);
        assertEquals(0, Fixtures.ledger(plan, "DISBURSEMENT_REVERSAL"));

        String reversal = step(plan, id, "correction", Map.of("reason", "Betalt til forkert konto")).then()
                .statusCode(200)
                .body("status", is("CORRECTED"))
                .body("correctionReason", is("Betalt til forkert konto"))
                .body("remainingCommitment.amount", Fixtures.exactly("1000000.00"))
                .extract().path("reversalEntryId");
        step(plan, id, "correction", Map.of("reason", "igen")).then().statusCode(409)
                .body("disbursementStatus", is("CORRECTED"));
        // the payment's own entry is as it was; the reversal is a second entry naming the disbursement
        assertEquals(1, Sql.count("select count(*) from ledger_entry where id = ?::uuid and kind = 'DISBURSEMENT'"
                + " and amount = 300000.00", id));
        assertEquals(1, Sql.count("select count(*) from ledger_entry where id = ?::uuid and kind ="
                + " 'DISBURSEMENT_REVERSAL' and amount = 300000.00 and cause_id = ?", reversal, id));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then()
                .body("totals.disbursed.amount", Fixtures.exactly("0.00"))
                .body("history.findAll { it.kind == 'DISBURSEMENT' || it.kind == 'DISBURSEMENT_REVERSAL' }.size()", is(2));

        // the corrected amount counts nowhere: the whole commitment can be paid again
        as(Tokens.kommune()).body(Map.of("source", "MUNICIPALITY", "year", 2013,
                        "amount", Fixtures.money("1000000.00"), "reference", "Rigtig konto"))
                .post("/v1/plans/" + plan + "/disbursements").then().statusCode(201)
                .body("remainingCommitment.amount", Fixtures.exactly("0.00"));

        List<ConsumerRecord<String, String>> events = Fixtures.FUNDING.recordsWithKey(plan.toString(), 5,
                Duration.ofSeconds(30));
        List<String> types = events.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList();
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.committed.v1",
                "dk.kk.boligsocial.funding.disbursed.v1", "dk.kk.boligsocial.funding.disbursement-corrected.v1",
                "dk.kk.boligsocial.funding.disbursed.v1"), types);
        EventContract.assertValid(types.get(3), events.get(3).value());
        JsonNode corrected = Fixtures.JSON.readTree(events.get(3).value());
        assertEquals(id, corrected.get("disbursementId").asText());
        assertEquals(reversal, corrected.get("reversalEntryId").asText());
        assertEquals("Betalt til forkert konto", corrected.get("reason").asText());
    }

    @Test
    void theLedgerItselfRefusesToReverseMoreThanWasPaid() {
        UUID plan = Fixtures.committedPlan(round()).id();
        // whatever the code does, the trigger keeps disbursed between zero and the commitment
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Sql.update(
                "insert into ledger_entry (id, plan_id, round_id, pool_id, kind, source, year, amount, cause_type,"
                        + " cause_id, recorded_by, recorded_at, effective_on) values (gen_random_uuid(), ?::uuid, ?,"
                        + " null, 'DISBURSEMENT_REVERSAL', 'LBF', 2012, 1.00, 'REQUEST', 'x', 'test', now(), current_date)",
                plan, round()));
        assertTrue(refused.getMessage().contains("reverses more than it paid"), refused.getMessage());
        assertEquals(0, Fixtures.ledger(plan, "DISBURSEMENT_REVERSAL"));
    }
}
