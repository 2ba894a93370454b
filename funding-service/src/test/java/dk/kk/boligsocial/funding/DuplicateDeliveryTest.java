package dk.kk.boligsocial.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every plan event delivered twice (same ce_id, as on redelivery or a replay from offset 0) has one effect. */
@QuarkusTest
class DuplicateDeliveryTest {

    /** Delivers the event twice and waits until both copies have been handled, not just the first. */
    private static String twice(PlanEvent event) {
        String ceId = UUID.randomUUID().toString();
        Fixtures.publish(event, ceId);
        Fixtures.publish(event, ceId);
        Fixtures.awaitDrained(event.planId());
        return ceId;
    }

    private static long entries(UUID plan) {
        return Sql.count("select count(*) from ledger_entry where plan_id = ?", plan);
    }

    @Test
    void prequalifiedGrantedAndWithdrawnTwiceEachHaveOneEffectAndOneEvent() {
        String round = Fixtures.newRound("8000000.00");
        UUID org = UUID.randomUUID();
        UUID granted = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();

        twice(Fixtures.prequalified(granted, round, org, Fixtures.budget("1000000.00")));
        twice(Fixtures.prequalified(withdrawn, round, org, Fixtures.budget("1000000.00")));
        assertEquals(2, entries(granted));
        assertEquals(2, entries(withdrawn));

        twice(Fixtures.granted(granted, round, org, Fixtures.budget("1000000.00")));
        twice(Fixtures.withdrawn(withdrawn, round, org));

        assertEquals(2 + 2 + 6, entries(granted));
        assertEquals(2 + 2, entries(withdrawn));
        assertEquals(4, Sql.count("select count(*) from processed_event where event_id in"
                + " (select cause_id from ledger_entry where plan_id in (?, ?))", granted, withdrawn));
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.committed.v1"),
                Fixtures.FUNDING.recordsWithKey(granted.toString(), 2, Duration.ofSeconds(30)).stream()
                        .map(r -> KafkaTopic.header(r, "ce_type")).toList());
        assertEquals(List.of("dk.kk.boligsocial.funding.reserved.v1", "dk.kk.boligsocial.funding.released.v1"),
                Fixtures.FUNDING.recordsWithKey(withdrawn.toString(), 2, Duration.ofSeconds(30)).stream()
                        .map(r -> KafkaTopic.header(r, "ce_type")).toList());
    }

    @Test
    void aSecondPrequalificationOfTheSamePlanUnderANewIdBooksNothingMore() {
        String round = Fixtures.newRound("8000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00"))));
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("2000000.00"))));

        assertEquals(2, entries(plan));
        assertEquals(0, Sql.count("select count(*) from ledger_entry where plan_id = ? and amount <> 1000000.00", plan));
    }
}
