package dk.kk.boligsocial.system;

import static dk.kk.boligsocial.system.FullStoryIT.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import dk.kk.boligsocial.client.funding.model.PoolResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What funding-service does with a request the pool cannot carry, and with a withdrawal. */
class FundingOutcomesIT {

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void aPrequalificationThePoolCannotCoverIsRefusedAndThePoolIsUnchanged() {
        // 2012 has 10 mio. kr. of the pool's 30; one krone more can never fit
        UUID planId = api.createPlan("Helhedsplan for stor til puljen", new BigDecimal("10000001.00"));
        api.submit(planId);
        PoolResponse before = api.pool();
        api.prequalify(planId);

        PlanFundingResponse refused = api.awaitFunding(planId, FundingState.REFUSED);
        List<String> codes = refused.getRefusalReasons().stream().map(reason -> reason.getCode().getValue()).toList();
        assertTrue(codes.contains("YEAR_EXHAUSTED") || codes.contains("POOL_EXHAUSTED"), "reasons: " + codes);
        assertAmount(BigDecimal.ZERO, refused.getTotals().getReserved().getAmount());

        List<Topic.Event> events = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()), 1, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.funding.reservation-refused.v1"), events.stream().map(Topic.Event::type).toList());

        PoolResponse after = api.pool();
        assertAmount(before.getReserved().getAmount(), after.getReserved().getAmount());
        assertAmount(before.getCommitted().getAmount(), after.getCommitted().getAmount());
        // the plan itself stays prequalified: LBF's decision stands, the money is the municipality's problem
        assertEquals("PREQUALIFIED", api.plans(api.reader()).get("/v1/plans/" + planId).path("status"));
    }

    @Test
    void withdrawalReleasesTheReservation() {
        BigDecimal municipal = new BigDecimal("300000.00");
        UUID planId = api.createPlan("Helhedsplan der trækkes tilbage", municipal);
        api.submit(planId);
        BigDecimal reservedBefore = api.pool().getReserved().getAmount();
        api.prequalify(planId);
        api.awaitFunding(planId, FundingState.RESERVED);
        assertAmount(reservedBefore.add(municipal), api.pool().getReserved().getAmount());

        api.decide(planId, "withdrawal", Map.of("reason", "Boligorganisationen trækker ansøgningen."), api.kommune());
        PlanFundingResponse released = api.awaitFunding(planId, FundingState.RELEASED);
        assertAmount(BigDecimal.ZERO, released.getTotals().getReserved().getAmount());
        assertEquals(List.of("RESERVATION", "RELEASE"), FullStoryIT.ledgerKinds(released));
        assertAmount(reservedBefore, api.pool().getReserved().getAmount());

        List<String> types = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()), 2, Duration.ofSeconds(30)).stream().map(Topic.Event::type).toList();
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.released.v1"), types);
    }
}
