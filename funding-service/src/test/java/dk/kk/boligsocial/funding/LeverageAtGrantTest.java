package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.is;

import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The round report keeps the leverage as decided beside today's: an amendment lowering a grant and a close-out give
 * money back to the pool (today's leverage and returnedToPool say so), but what the plans were reserved and granted
 * on, the seed's "290 mio. kr. of plans on 30 mio. kr.", stays.
 */
@QuarkusTest
class LeverageAtGrantTest {

    @Test
    void amendmentsAndCloseOutChangeTodaysLeverageButNotTheLeverageAtGrant() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        // granted: LBF 2 × 3 mio., municipality and housing organisation 2 × 1 mio. = 10 mio. on 2 mio.
        Fixtures.CommittedPlan granted = Fixtures.committedPlan(round);
        // reserved, not granted yet: LBF 2 × 3 mio., municipality and housing organisation 2 × 0.5 mio. = 8 mio. on 1 mio.
        UUID reserved = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(reserved, round, UUID.randomUUID(),
                Fixtures.budget("500000.00"))));
        report(round).body("leverage.plans", is(2))
                .body("leverageAtGrant.plans", is(2))
                .body("leverageAtGrant.planVolume.amount", Fixtures.exactly("18000000.00"))
                .body("leverageAtGrant.municipalCoFinancing.amount", Fixtures.exactly("3000000.00"))
                .body("leverageAtGrant.ratio", Fixtures.exactly("6.0000"))
                .body("leverage.ratio", Fixtures.exactly("6.0000"));

        // the grant is lowered by 0.5 mio. in 2013, then the plan completes with nothing paid
        as(Tokens.kommune()).body(Map.of("reference", "TMU 2013-01-07, pkt. 4", "decidedOn", "2013-01-07",
                        "municipal", List.of(Map.of("year", 2012, "amount", Fixtures.money("1000000.00")),
                                Map.of("year", 2013, "amount", Fixtures.money("500000.00")))))
                .post("/v1/plans/" + granted.id() + "/amendments").then().statusCode(200);
        report(round).body("leverage.municipalCoFinancing.amount", Fixtures.exactly("2500000.00"))
                .body("leverageAtGrant.municipalCoFinancing.amount", Fixtures.exactly("3000000.00"))
                .body("returnedToPool.amount", Fixtures.exactly("500000.00"));
        Fixtures.awaitProcessed(Fixtures.publish(new PlanCompletedV1(granted.id(), round, granted.organisationId(),
                new Decision("test-kommune", Instant.parse("2015-01-15T10:00:00Z"), "TMU 2015-01-12", null))));

        report(round).body("plansByState.CLOSED", is(1))
                // today: only the reserved plan holds money
                .body("leverage.plans", is(1))
                .body("leverage.planVolume.amount", Fixtures.exactly("8000000.00"))
                .body("leverage.municipalCoFinancing.amount", Fixtures.exactly("1000000.00"))
                // as decided: both plans, on what they were reserved and granted
                .body("leverageAtGrant.plans", is(2))
                .body("leverageAtGrant.planVolume.amount", Fixtures.exactly("18000000.00"))
                .body("leverageAtGrant.municipalCoFinancing.amount", Fixtures.exactly("3000000.00"))
                .body("leverageAtGrant.ratio", Fixtures.exactly("6.0000"))
                .body("returnedToPool.amount", Fixtures.exactly("2000000.00"));
    }

    private static io.restassured.response.ValidatableResponse report(String round) {
        return as(Tokens.reader()).get("/v1/reports/rounds/" + round).then().statusCode(200);
    }
}
