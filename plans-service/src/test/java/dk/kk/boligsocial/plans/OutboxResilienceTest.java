package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kafka.InjectLocalKafka;
import dk.kk.boligsocial.kafka.LocalKafka;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Await;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Nothing is lost: decisions go on while Kafka is away, and a decision that fails leaves no event behind. */
@QuarkusTest
class OutboxResilienceTest {

    private static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");

    @InjectLocalKafka
    LocalKafka kafka;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void decisionsSucceedWhileTheBrokerIsDownAndEveryEventArrivesAfterItReturns() {
        List<Api.TestPlan> plans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plans.add(Api.draft());
        }
        kafka.stop();
        try {
            for (Api.TestPlan plan : plans) {
                Instant before = Instant.now();
                Api.take(plan.id(), Step.SUBMISSION, Step.PREQUALIFICATION);
                assertTrue(Duration.between(before, Instant.now()).toSeconds() < 20,
                        "decisions must not wait for Kafka");
            }
            assertTrue(Sql.count("select count(*) from plans.outbox_event") >= 6, "events wait in the outbox");
            // the funding consumer's readiness goes DOWN with the broker too; wait for the outbox's own check
            Await.until(Duration.ofSeconds(20),
                    () -> "DOWN".equals(given().get(readiness).path("checks.find { it.name == 'outbox' }.status")));
            String down = given().get(readiness).then().statusCode(503)
                    .body("checks.find { it.name == 'outbox' }.status", is("DOWN"))
                    .body("checks.find { it.name == 'outbox' }.data.backlog", notNullValue())
                    .extract().asString();
            // the reason (the Kafka client's error, with the broker's address) is in the log, not in the answer
            assertFalse(down.contains("unreachable") || down.contains("localhost") || down.contains("Exception"), down);
        } finally {
            kafka.restart();
        }
        for (Api.TestPlan plan : plans) {
            List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(plan.id().toString(), 2, Duration.ofSeconds(60));
            assertEquals(List.of("dk.kk.boligsocial.plan.submitted.v1", "dk.kk.boligsocial.plan.prequalified.v1"),
                    records.stream().map(r -> KafkaTopic.header(r, "ce_type")).distinct().toList());
            long distinctIds = records.stream().map(r -> KafkaTopic.header(r, "ce_id")).distinct().count();
            assertEquals(2, distinctIds, "duplicates, if any, only with the same ce_id");
        }
        Await.until(Duration.ofSeconds(30), () -> Sql.count("select count(*) from plans.outbox_event") == 0);
        Await.until(Duration.ofSeconds(20), () -> given().get(readiness).statusCode() == 200);
    }

    @Test
    void aDecisionThatFailsAfterWritingItsEventLeavesNoOutboxRowAndChangesNothing() {
        Api.TestPlan plan = Api.planIn("SUBMITTED");
        QuarkusMock.installMockForType(new FailingAuditTrail(), AuditTrail.class); // for this test only
        Api.decide(plan.id(), Step.PREQUALIFICATION.path, Step.PREQUALIFICATION.body, Tokens.lbf())
                .then().statusCode(500).contentType("application/problem+json");

        as(Tokens.kommune()).get("/v1/plans/" + plan.id()).then().body("status", is("SUBMITTED"));
        assertEquals(2, Sql.count("select count(*) from plans.plan_decision where plan_id = ?", plan.id()));
        assertEquals(0, Sql.count("select count(*) from plans.outbox_event where aggregate_id = ? and type = ?",
                plan.id().toString(), "dk.kk.boligsocial.plan.prequalified.v1"));
        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(plan.id().toString(), 1, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.plan.submitted.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
    }

    /** The audit write is the last step of a decision, after the outbox row: failing it must undo both. */
    static final class FailingAuditTrail extends AuditTrail {
        FailingAuditTrail() {
            super(null, null, null);
        }

        @Override
        public UUID record(String action, String resourceType, String resourceId, long version) {
            throw new IllegalStateException("audit store unavailable (test)");
        }

        @Override
        public UUID record(String action, String resourceType, String resourceId, long version, UUID publishedEventId,
                Change change) {
            throw new IllegalStateException("audit store unavailable (test)");
        }
    }
}
