package dk.kk.boligsocial.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.funding.messaging.PlanEventsHandler;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * 50 prequalifications at once, each delivered twice, for a pool with room for exactly k of them: exactly k
 * reservations, the rest refused, capacity never exceeded. The consumer handles a partition's records one by one, so the
 * concurrency is produced directly: 50 threads run the consumer's transaction (processed-event row, booking,
 * outbox) at the same moment, as 50 consumer instances would.
 */
@QuarkusTest
class PoolContentionTest {

    private static final int PLANS = 50;
    private static final String EACH = "100000.00";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PlanEventsHandler plans;

    @RepeatedTest(8)
    void fiftyConcurrentPrequalificationsReserveExactlyWhatThePoolHolds() throws Exception {
        int k = 7 + (int) (Math.random() * 30);
        // each plan asks 2 × 100,000 of the municipality; a year capacity, not the total, is the binding limit
        String round = Fixtures.newRound(String.valueOf(k * 200_000 + 150_000),
                2012, String.valueOf(k * 100_000 + 50_000), 2013, String.valueOf(k * 100_000 + 99_999));
        ExecutorService threads = Executors.newFixedThreadPool(PLANS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            PlanPrequalifiedV1 event = Fixtures.prequalified(UUID.randomUUID(), round, UUID.randomUUID(),
                    Fixtures.budget(EACH));
            IncomingEvent incoming = new IncomingEvent(UUID.randomUUID().toString(),
                    EventType.PLAN_PREQUALIFIED.type(), "/plans-service", event.planId().toString(),
                    OffsetDateTime.now(), null, Fixtures.json(event));
            // each event is also redelivered at the same moment (as after a rebalance): it must count once
            for (int copy = 0; copy < 2; copy++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return consumer.handleOnce(PlanEventsHandler.CONSUMER, incoming, plans.routes());
                }));
            }
        }
        start.countDown();
        int applied = 0;
        for (Future<Boolean> result : results) {
            applied += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdown();
        assertEquals(PLANS, applied, "every event applied once, every second copy skipped as a duplicate");

        assertEquals(k, Sql.count("select count(*) from plan_funding where round_id = ? and state = 'RESERVED'", round));
        assertEquals(PLANS - k, Sql.count("select count(*) from plan_funding where round_id = ? and state = 'REFUSED'", round));
        assertEquals(2L * k, Sql.count("select count(*) from ledger_entry where round_id = ? and kind = 'RESERVATION'", round));
        assertEquals(0, Sql.count("""
                select count(*) from pool p join pool_year y on y.pool_id = p.id
                where p.round_id = ? and y.capacity < (select coalesce(sum(amount), 0) from ledger_entry
                                                       where pool_id = p.id and year = y.year and kind = 'RESERVATION')""",
                round), "no year over its capacity");
        assertEquals(PLANS - k, Sql.count("""
                select count(distinct f.plan_id) from plan_funding f, jsonb_array_elements(f.refusal_reasons) r
                where f.round_id = ? and r ->> 'code' = 'YEAR_EXHAUSTED'""", round));
        // every decision was announced through the outbox (the relay may already have sent some)
        Await.until(Duration.ofSeconds(30), () -> Sql.count("select count(*) from outbox_event") == 0);
    }

    @Test
    void theDatabaseRefusesABookingOverCapacityEvenWhenTheCodeIsBypassed() {
        String round = Fixtures.newRound("1000000.00");
        UUID plan = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, UUID.randomUUID(),
                Fixtures.budget("400000.00"))));
        String insert = """
                insert into ledger_entry (id, plan_id, round_id, pool_id, kind, source, year, amount, cause_type,
                                          cause_id, recorded_by, recorded_at)
                select gen_random_uuid(), plan_id, round_id, (select id from pool where round_id = ?), ?, ?, 2012, ?,
                       'REQUEST', 'bypass', 'test', now()
                from plan_funding where plan_id = ?""";
        IllegalStateException overPool = assertThrows(IllegalStateException.class,
                () -> Sql.update(insert, round, "RESERVATION", "MUNICIPALITY", new java.math.BigDecimal("200000.01"), plan));
        assertTrue(overPool.getMessage().contains("over capacity"), overPool.getMessage());
        IllegalStateException overCommitment = assertThrows(IllegalStateException.class,
                () -> Sql.update(insert.replace("(select id from pool where round_id = ?)", "null"),
                        "DISBURSEMENT", "LBF", new java.math.BigDecimal("1.00"), plan));
        assertTrue(overCommitment.getMessage().contains("disburses more than committed"), overCommitment.getMessage());
        assertEquals(2, Sql.count("select count(*) from ledger_entry where plan_id = ?", plan));
    }
}
