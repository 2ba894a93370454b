package dk.kk.boligsocial.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Kafka is a trust boundary (issue 10): a forged or absurd plan event neither moves money nor stalls the consumer.
 * Each poison pill of the issue goes to boligsocial.plans.dlq at once, as a permanent failure, and the good event
 * behind them on the same partition is processed. And only plans-service can write boligsocial.plans at all.
 */
@QuarkusTest
class PoisonPillTest {

    private static final KafkaTopic DEAD_LETTERS = KafkaTopic.named("boligsocial.plans.dlq");
    private static final String PREQUALIFIED = EventType.PLAN_PREQUALIFIED.type();

    @Test
    void eachPoisonPillIsDeadLetteredAndTheNextGoodEventIsProcessed() throws Exception {
        String round = Fixtures.newRound("10000000.00");
        UUID plan = UUID.randomUUID();   // one key: pills and the good event are on one partition, in this order
        UUID org = UUID.randomUUID();
        String forgedSource = UUID.randomUUID().toString();
        String longId = "p".repeat(300);
        String hugeAmount = UUID.randomUUID().toString();
        String endlessPeriod = UUID.randomUUID().toString();
        String schemaInvalid = UUID.randomUUID().toString();

        publish(plan, forgedSource, "/funding-service", Fixtures.json(prequalified(plan, round, org)));
        publish(plan, longId, "/plans-service", Fixtures.json(prequalified(plan, round, org)));
        publish(plan, hugeAmount, "/plans-service", broken(plan, round, org, json -> ((ObjectNode) json.at("/requestedBudget/2/amount"))
                .put("amount", new BigDecimal("10000000000000.00"))));
        publish(plan, endlessPeriod, "/plans-service", broken(plan, round, org, json -> json.put("periodEnd", "+999999999-12-31")));
        publish(plan, schemaInvalid, "/plans-service", broken(plan, round, org, json -> json.remove("title")));
        String good = Fixtures.publish(prequalified(plan, round, org));

        Fixtures.awaitProcessed(good);
        assertEquals("RESERVED", Fixtures.state(plan), "the good event after the pills took effect");
        List<ConsumerRecord<String, String>> letters = DEAD_LETTERS.recordsWithKey(plan.toString(), 5, Duration.ofSeconds(30));
        assertEquals(List.of(forgedSource, longId, hugeAmount, endlessPeriod, schemaInvalid),
                letters.stream().map(letter -> KafkaTopic.header(letter, "ce_id")).toList(), "each pill dead-lettered once, in order");
        assertReason(letters.get(0), "only /plans-service publishes there");
        assertReason(letters.get(1), "more than 255");
        assertReason(letters.get(2), "exclusive maximum value of 10000000000000");
        assertReason(letters.get(3), "periodEnd");
        assertReason(letters.get(4), "title");
        for (ConsumerRecord<String, String> letter : letters) {
            assertEquals("funding-service", KafkaTopic.header(letter, "dead-letter-consumer"));
            assertEquals("dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure",
                    KafkaTopic.header(letter, "dead-letter-exception-class-name"), "permanent: dead-lettered, not retried");
        }
        assertEquals(0, Sql.count("select count(*) from processed_event where event_id in (?, ?, ?, ?, ?)",
                forgedSource, longId, hugeAmount, endlessPeriod, schemaInvalid), "no pill was taken as processed");
        assertEquals(2, Fixtures.ledger(plan, "RESERVATION"), "only the good event reserved money");
    }

    @Test
    void onlyPlansServiceCanWriteThePlansTopic() {
        UUID plan = UUID.randomUUID();
        ProducerRecord<String, String> forged = new ProducerRecord<>("boligsocial.plans", plan.toString(), "{}");
        forged.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        for (String other : List.of("funding-service", "evaluation-service", "integrator")) {
            AssertionError refused = assertThrows(AssertionError.class, () -> Fixtures.PLANS.as(other).send(forged));
            assertTrue(rootCause(refused).getClass().getSimpleName().endsWith("AuthorizationException"),
                    other + ": " + rootCause(refused));
        }
        Properties anonymous = new Properties();
        anonymous.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopic.clientProperties("admin").get("bootstrap.servers"));
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        anonymous.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
        anonymous.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(anonymous, new StringSerializer(), new StringSerializer())) {
            assertThrows(Exception.class, () -> producer.send(forged).get(10, TimeUnit.SECONDS), "no login, no write");
        }
        assertEquals(0, DEAD_LETTERS.recordsWithKey(plan.toString(), 0, Duration.ofSeconds(1)).size()
                + KafkaTopic.named("boligsocial.plans").recordsWithKey(plan.toString(), 0, Duration.ofSeconds(1)).size(),
                "nothing reached the topic");
    }

    private static dk.kk.boligsocial.events.plan.PlanPrequalifiedV1 prequalified(UUID plan, String round, UUID org) {
        return Fixtures.prequalified(plan, round, org, Fixtures.budget("250000.00"));
    }

    /** A prequalification as JSON, changed the way no record could be (the records refuse such values themselves). */
    private static String broken(UUID plan, String round, UUID org, Consumer<ObjectNode> change) {
        ObjectNode json = Fixtures.JSON.valueToTree(prequalified(plan, round, org));
        change.accept(json);
        return json.toString();
    }

    private static void publish(UUID plan, String ceId, String source, String json) {
        Fixtures.PLANS.publish(plan.toString(), ceId, PREQUALIFIED, source, json);
    }

    private static void assertReason(ConsumerRecord<String, String> letter, String expected) {
        String reason = KafkaTopic.header(letter, "dead-letter-reason");
        assertTrue(reason != null && reason.contains(expected), () -> "expected '" + expected + "' in: " + reason);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
