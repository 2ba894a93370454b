package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An auditor follows money from the event that moved it to the event that announced it: the audit record of each
 * reaction (reserve, commit, release) names the plan event it reacted to and the funding event it published, and a
 * disbursement's names the funding.disbursed.v1 it published (issue 10).
 */
@QuarkusTest
class AuditedEventsTest {

    private static final String TYPE = "dk.kk.boligsocial.funding.";

    @Test
    void reserveCommitAndReleaseNameTheirCauseAndTheirAnnouncement() {
        String round = Fixtures.newRound("10000000.00");
        UUID org = UUID.randomUUID();
        UUID granted = UUID.randomUUID();
        String prequalifiedId = Fixtures.publish(Fixtures.prequalified(granted, round, org, Fixtures.budget("500000.00")));
        String grantedId = Fixtures.publish(Fixtures.granted(granted, round, org, Fixtures.budget("500000.00")));
        UUID withdrawn = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(withdrawn, round, org, Fixtures.budget("500000.00"))));
        String withdrawnId = Fixtures.publish(Fixtures.withdrawn(withdrawn, round, org));
        Fixtures.awaitProcessed(grantedId);
        Fixtures.awaitProcessed(withdrawnId);

        Map<String, String> announced = announced(granted, 2);
        assertAudited(granted, "funding.reserved", prequalifiedId, announced.get(TYPE + "reserved.v1"));
        assertAudited(granted, "funding.committed", grantedId, announced.get(TYPE + "committed.v1"));
        assertAudited(withdrawn, "funding.released", withdrawnId, announced(withdrawn, 2).get(TYPE + "released.v1"));
    }

    @Test
    void aDisbursementNamesTheEventThatAnnouncedIt() {
        UUID plan = Fixtures.committedPlan(Fixtures.newRound("10000000.00")).id();

        as(Tokens.kommune()).body(Map.of("source", "MUNICIPALITY", "year", 2012, "amount", Fixtures.money("250000.00"),
                        "reference", "Udbetaling 1"))
                .post("/v1/plans/" + plan + "/disbursements").then().statusCode(201);

        String disbursedId = announced(plan, 3).get(TYPE + "disbursed.v1");
        assertEquals(1, Sql.count("""
                select count(*) from audit_record
                where resource_id = ? and action = 'funding.disbursed' and actor = 'test-kommune'
                  and published_event_id = ?::uuid and cause_event_id is null""", plan.toString(), disbursedId));
    }

    private static void assertAudited(UUID plan, String action, String causeId, String publishedId) {
        assertEquals(1, Sql.count("""
                select count(*) from audit_record
                where resource_id = ? and action = ? and actor = 'system'
                  and cause_event_id = ? and published_event_id = ?::uuid""", plan.toString(), action, causeId, publishedId),
                () -> action + " of " + plan + " names " + causeId + " and " + publishedId);
    }

    /** The ce_id of each funding event announced for the plan, by ce_type. */
    private static Map<String, String> announced(UUID plan, int expected) {
        List<ConsumerRecord<String, String>> records = Fixtures.FUNDING.recordsWithKey(plan.toString(), expected,
                Duration.ofSeconds(30));
        assertEquals(expected, records.size(), "funding events of " + plan);
        return records.stream().collect(java.util.stream.Collectors.toMap(
                r -> KafkaTopic.header(r, "ce_type"), r -> KafkaTopic.header(r, "ce_id")));
    }
}
