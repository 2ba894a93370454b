package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The round report beside the ledger: the schedule (planned, approved, paid, due but unpaid), what went back to the
 * pool, and each plan's share.
 */
@QuarkusTest
class ScheduleReportTest {

    private static String record(UUID plan, Map<String, Object> body) {
        return as(Tokens.kommune()).body(body).post("/v1/plans/" + plan + "/disbursements").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void theRoundReportShowsTheScheduleWhatIsDueButUnpaidAndWhatWentBackToThePool() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        UUID paying = Fixtures.committedPlan(round).id();
        record(paying, Map.of("source", "MUNICIPALITY", "year", 2012, "amount", Fixtures.money("300000.00"),
                "reference", "Betalt", "valueDate", "2012-03-01"));
        record(paying, Map.of("source", "MUNICIPALITY", "year", 2012, "amount", Fixtures.money("200000.00"),
                "reference", "Planlagt", "status", "PLANNED"));
        String approved = record(paying, Map.of("source", "MUNICIPALITY", "year", 2013,
                "amount", Fixtures.money("100000.00"), "reference", "Godkendt", "status", "PLANNED"));
        as(Tokens.kommune()).body(Map.of("decidedOn", "2013-02-01"))
                .post("/v1/plans/" + paying + "/disbursements/" + approved + "/approval").then().statusCode(200);

        Fixtures.CommittedPlan completed = Fixtures.committedPlan(round);
        Fixtures.awaitProcessed(Fixtures.publish(new PlanCompletedV1(completed.id(), round,
                completed.organisationId(),
                new Decision("test-kommune", Instant.parse("2015-01-15T10:00:00Z"), "TMU 2015-01-12", null))));

        // 2012 and 2013 have ended: what is planned or approved for them and not paid is due
        as(Tokens.reader()).get("/v1/reports/rounds/" + round).then().statusCode(200)
                .body("schedule.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.planned.amount",
                        Fixtures.exactly("200000.00"))
                .body("schedule.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.paid.amount",
                        Fixtures.exactly("300000.00"))
                .body("schedule.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.dueButUnpaid.amount",
                        Fixtures.exactly("200000.00"))
                .body("schedule.find { it.source == 'MUNICIPALITY' && it.year == 2013 }.approved.amount",
                        Fixtures.exactly("100000.00"))
                .body("dueButUnpaid.amount", Fixtures.exactly("300000.00"))
                // the completed plan's 2 mio. of municipal money back in the pool, its 6 mio. of LBF money released
                .body("returnedToPool.amount", Fixtures.exactly("2000000.00"))
                .body("bySource.find { it.source == 'MUNICIPALITY' }.returned.amount", Fixtures.exactly("2000000.00"))
                .body("bySource.find { it.source == 'LBF' }.returned.amount", Fixtures.exactly("6000000.00"))
                .body("bySource.find { it.source == 'MUNICIPALITY' }.committed.amount", Fixtures.exactly("2000000.00"))
                .body("pool.committed.amount", Fixtures.exactly("2000000.00"));

        // each plan's share, a page at a time, oldest first
        String next = as(Tokens.reader()).get("/v1/reports/rounds/" + round + "/plans?limit=1").then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].planId", is(paying.toString()))
                .body("items[0].state", is("COMMITTED"))
                .body("items[0].municipalCommitted.amount", Fixtures.exactly("2000000.00"))
                .body("items[0].disbursed.amount", Fixtures.exactly("300000.00"))
                .body("items[0].planned.amount", Fixtures.exactly("200000.00"))
                .body("items[0].approved.amount", Fixtures.exactly("100000.00"))
                .body("items[0].dueButUnpaid.amount", Fixtures.exactly("300000.00"))
                .body("items[0].returnedToPool.amount", Fixtures.exactly("0.00"))
                .extract().path("next");
        as(Tokens.reader()).get("/v1/reports/rounds/" + round + "/plans?limit=1&cursor=" + next).then().statusCode(200)
                .body("items[0].planId", is(completed.id().toString()))
                .body("items[0].state", is("CLOSED"))
                .body("items[0].municipalCommitted.amount", Fixtures.exactly("0.00"))
                .body("items[0].returnedToPool.amount", Fixtures.exactly("2000000.00"))
                .body("items[0].remaining.amount", Fixtures.exactly("0.00"))
                .body("next", nullValue());
        as(Tokens.reader()).get("/v1/reports/rounds/no-such-round/plans").then().statusCode(404);

        // as of the end of 2012: 2012 has not ended yet, and nothing had gone back
        as(Tokens.reader()).get("/v1/reports/rounds/" + round + "?asOf=2012-12-31").then().statusCode(200)
                .body("dueButUnpaid.amount", Fixtures.exactly("0.00"))
                .body("returnedToPool.amount", Fixtures.exactly("0.00"))
                .body("bySource.find { it.source == 'MUNICIPALITY' }.disbursed.amount", Fixtures.exactly("300000.00"));
    }
}
