package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Disbursements never exceed the commitment; Idempotency-Key makes a retried payment one payment. */
@QuarkusTest
class DisbursementTest {

    /** One roomy pool for the class, created on first use (the application runs by then). */
    private static String round;

    private static String round() {
        if (round == null) {
            round = Fixtures.newRound("20000000.00");
        }
        return round;
    }

    private static Map<String, Object> body(String source, int year, String amount, String reference) {
        return Map.of("source", source, "year", year, "amount", Fixtures.money(amount), "reference", reference);
    }

    private static Response disburse(UUID plan, String key, Map<String, Object> body) {
        var request = as(Tokens.kommune()).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/v1/plans/" + plan + "/disbursements");
    }

    private static long disbursements(UUID plan) {
        return Fixtures.ledger(plan, "DISBURSEMENT");
    }

    @Test
    void upToTheCommitmentIsPaidOneKronePastItIs409WithTheFigures() {
        UUID plan = Fixtures.committedPlan(round()).id();
        Response first = disburse(plan, null, body("MUNICIPALITY", 2012, "600000.00", "Udbetaling 1"));
        first.then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("remainingCommitment.amount", Fixtures.exactly("400000.00"));
        disburse(plan, null, body("MUNICIPALITY", 2012, "400000.00", "Udbetaling 2")).then().statusCode(201)
                .body("remainingCommitment.amount", Fixtures.exactly("0.00"));

        disburse(plan, null, body("MUNICIPALITY", 2012, "0.01", "Udbetaling 3")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("committed.amount", Fixtures.exactly("1000000.00"))
                .body("disbursed.amount", Fixtures.exactly("1000000.00"))
                .body("remaining.amount", Fixtures.exactly("0.00"));
        disburse(plan, null, body("LBF", 2015, "1.00", "Intet tilsagn")).then().statusCode(409);
        assertEquals(2, disbursements(plan));

        as(Tokens.reader()).get(first.header("Location")).then().statusCode(200)
                .body("reference", is("Udbetaling 1")).body("remainingCommitment.amount", Fixtures.exactly("0.00"));
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then()
                .body("totals.disbursed.amount", Fixtures.exactly("1000000.00"))
                .body("history.findAll { it.kind == 'DISBURSEMENT' }.size()", is(2))
                .body("history.find { it.kind == 'DISBURSEMENT' }.causeType", is("REQUEST"));
    }

    @Test
    void theSameKeyTwiceIsOneDisbursementAndTheSameAnswer() {
        UUID plan = Fixtures.committedPlan(round()).id();
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = body("HOUSING_ORGANISATION", 2013, "250000.00", "Faktura 17");

        Response first = disburse(plan, key, payment);
        Response replay = disburse(plan, key, payment);

        first.then().statusCode(201);
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), replay.asString());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(1, disbursements(plan));
        List<ConsumerRecord<String, String>> events = Fixtures.FUNDING.recordsWithKey(plan.toString(), 3, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.committed.v1",
                "dk.kk.boligsocial.funding.disbursed.v1"), events.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        EventContract.assertValid("dk.kk.boligsocial.funding.disbursed.v1", events.get(2).value());
    }

    @Test
    void aUsedKeyWithAnotherBodyIs422AndPaysNothing() {
        UUID plan = Fixtures.committedPlan(round()).id();
        String key = UUID.randomUUID().toString();
        disburse(plan, key, body("LBF", 2012, "100000.00", "Rate 1")).then().statusCode(201);

        disburse(plan, key, body("LBF", 2012, "100000.01", "Rate 1")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("idempotencyKey", is(key));
        assertEquals(1, disbursements(plan));
        assertEquals(1, Sql.count("select count(*) from idempotency_key where idempotency_key = ?", key));
    }

    @Test
    void aPaymentOverTheCommitmentIsNotStoredUnderItsKeySoTheRetryIsDecidedAfresh() {
        UUID plan = Fixtures.committedPlan(round()).id();
        String key = UUID.randomUUID().toString();
        disburse(plan, key, body("LBF", 2013, "3000000.01", "For meget")).then().statusCode(409);
        assertEquals(0, Sql.count("select count(*) from idempotency_key where idempotency_key = ?", key));
        assertEquals(0, disbursements(plan));
    }
}
