package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ledger entries take effect on the date of the decision that caused them, so a round report can be asked how the
 * money stood on a day: the 2011-14 round as it was at the end of 2011, though recorded years later.
 */
@QuarkusTest
class AsOfReportTest {

    @Test
    void theRoundReportAsOfADayCountsTheEntriesEffectiveByThen() {
        String round = Fixtures.newRound("10000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        var budget = Fixtures.budget("1000000.00");
        Fixtures.awaitProcessed(Fixtures.publish(new PlanPrequalifiedV1(plan, "Helhedsplan " + plan, round, org,
                List.of(UUID.randomUUID()), List.of("BOERN_UNGE_FAMILIER"), LocalDate.of(2012, 1, 1),
                LocalDate.of(2013, 12, 31), budget, dated("test-lbf", "2011-06-15"))));
        Fixtures.awaitProcessed(Fixtures.publish(new PlanGrantedV1(plan, "Helhedsplan " + plan, round, org,
                List.of(UUID.randomUUID()), List.of("BOERN_UNGE_FAMILIER"), LocalDate.of(2012, 1, 1),
                LocalDate.of(2013, 12, 31), budget, Money.dkk("6000000.00"), budget, dated("test-lbf", "2011-12-01"))));

        as(Tokens.kommune()).queryParam("asOf", "2011-06-14").get("/v1/reports/rounds/" + round).then()
                .statusCode(200)
                .body("asOf", is("2011-06-14"))
                .body("pool.reserved.amount", Fixtures.exactly("0.00"))
                .body("pool.committed.amount", Fixtures.exactly("0.00"));
        as(Tokens.kommune()).queryParam("asOf", "2011-06-15").get("/v1/reports/rounds/" + round).then()
                .statusCode(200)
                .body("pool.reserved.amount", Fixtures.exactly("2000000.00"))
                .body("pool.committed.amount", Fixtures.exactly("0.00"))
                .body("bySource.find { it.source == 'MUNICIPALITY' }.reserved.amount", Fixtures.exactly("2000000.00"));
        as(Tokens.kommune()).queryParam("asOf", "2011-12-31").get("/v1/reports/rounds/" + round).then()
                .statusCode(200)
                .body("pool.reserved.amount", Fixtures.exactly("0.00"))
                .body("pool.committed.amount", Fixtures.exactly("2000000.00"))
                .body("bySource.find { it.source == 'LBF' }.committed.amount", Fixtures.exactly("6000000.00"));
        as(Tokens.kommune()).get("/v1/reports/rounds/" + round).then().statusCode(200)
                .body("asOf", nullValue())
                .body("pool.committed.amount", Fixtures.exactly("2000000.00"));
        as(Tokens.kommune()).queryParam("asOf", "31-12-2011").get("/v1/reports/rounds/" + round).then()
                .statusCode(400).body("errors[0].field", is("asOf"));
    }

    /** A decision that took effect on {@code decidedOn}, as plans-service announces it: decidedAt at noon that day. */
    private static Decision dated(String actor, String decidedOn) {
        return new Decision(actor, LocalDate.parse(decidedOn).atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen"))
                .toInstant(), "LBF 2011-0457", null);
    }
}
