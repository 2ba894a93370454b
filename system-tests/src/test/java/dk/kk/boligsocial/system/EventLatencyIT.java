package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.client.funding.model.FundingState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long the event path takes, end to end through outbox, relay, broker, consumer and database: from the
 * prequalification's HTTP answer until funding-service shows the reservation, and from the grant's answer until
 * evaluation-service shows the framework. Printed, not asserted: timing on a shared machine is no test.
 */
class EventLatencyIT {

    private static final int PLANS = 50;

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void prequalificationToReservationAndGrantToFramework() {
        List<UUID> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            UUID planId = api.createPlan("Latensplan " + i, new BigDecimal("10000.00"));
            api.submit(planId);
            plans.add(planId);
        }
        List<Long> reservation = new ArrayList<>();
        for (UUID planId : plans) {
            api.prequalify(planId);
            long answered = System.nanoTime();
            api.awaitFunding(planId, FundingState.RESERVED);
            reservation.add(System.nanoTime() - answered);
        }
        List<Long> framework = new ArrayList<>();
        for (UUID planId : plans) {
            api.approve(planId);
            api.grant(planId);
            long answered = System.nanoTime();
            api.awaitFramework(planId);
            framework.add(System.nanoTime() - answered);
        }
        assertEquals(PLANS, reservation.size());
        System.out.println(summary("prequalification answered -> reservation readable in funding-service", reservation));
        System.out.println(summary("grant answered -> framework readable in evaluation-service", framework));
    }

    private static String summary(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return String.format("latency %s over %d plans: p50 %d ms, p99 %d ms, max %d ms", what, sorted.size(),
                percentile(sorted, 50) / 1_000_000, percentile(sorted, 99) / 1_000_000, sorted.get(sorted.size() - 1) / 1_000_000);
    }

    /** Nearest-rank percentile. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
