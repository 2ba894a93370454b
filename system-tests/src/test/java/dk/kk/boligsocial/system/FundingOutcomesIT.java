package dk.kk.boligsocial.system;

import static dk.kk.boligsocial.system.FullStoryIT.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
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
        JsonPath before = api.pool();
        api.prequalify(planId);

        JsonPath refused = api.awaitFunding(planId, "REFUSED");
        List<String> codes = refused.getList("refusalReasons.code");
        assertTrue(codes.contains("YEAR_EXHAUSTED") || codes.contains("POOL_EXHAUSTED"), "reasons: " + codes);
        assertAmount(BigDecimal.ZERO, refused.get("totals.reserved.amount"));

        List<Topic.Event> events = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()), 1, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.funding.reservation-refused.v1"), events.stream().map(Topic.Event::type).toList());

        JsonPath after = api.pool();
        assertAmount(new BigDecimal(before.getString("reserved.amount")), after.get("reserved.amount"));
        assertAmount(new BigDecimal(before.getString("committed.amount")), after.get("committed.amount"));
        // the plan itself stays prequalified: LBF's decision stands, the money is the municipality's problem
        assertEquals("PREQUALIFIED", api.plans(api.reader()).get("/v1/plans/" + planId).path("status"));
    }

    @Test
    void withdrawalReleasesTheReservation() {
        BigDecimal municipal = new BigDecimal("300000.00");
        UUID planId = api.createPlan("Helhedsplan der trækkes tilbage", municipal);
        api.submit(planId);
        BigDecimal reservedBefore = new BigDecimal(api.pool().getString("reserved.amount"));
        api.prequalify(planId);
        api.awaitFunding(planId, "RESERVED");
        assertAmount(reservedBefore.add(municipal), api.pool().get("reserved.amount"));

        api.decide(planId, "withdrawal", Map.of("reason", "Boligorganisationen trækker ansøgningen."), api.kommune());
        JsonPath released = api.awaitFunding(planId, "RELEASED");
        assertAmount(BigDecimal.ZERO, released.get("totals.reserved.amount"));
        assertEquals(List.of("RESERVATION", "RELEASE"), released.getList("history.kind"));
        assertAmount(reservedBefore, api.pool().get("reserved.amount"));

        List<String> types = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()), 2, Duration.ofSeconds(30)).stream().map(Topic.Event::type).toList();
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.released.v1"), types);
    }
}
