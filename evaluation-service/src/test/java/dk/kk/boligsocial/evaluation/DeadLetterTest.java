package dk.kk.boligsocial.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.kk.boligsocial.testkit.KafkaTopic;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** A plan event that can never be processed is parked on the dead-letter topic with its reason, and the consumer goes on. */
@QuarkusTest
class DeadLetterTest {

    private static final KafkaTopic DEAD_LETTERS = KafkaTopic.named("boligsocial.plans.dlq");

    @Test
    void aCompletionOfAPlanWithoutFrameworkAndAPoisonMessageAreDeadLetteredAndLaterEventsStillWork() {
        Api.TestPlan unknown = new Api.TestPlan(UUID.randomUUID(), UUID.randomUUID());
        Api.publishCompleted(unknown);

        String poisonKey = UUID.randomUUID().toString();
        ProducerRecord<String, String> poison = new ProducerRecord<>("boligsocial.plans", poisonKey, "{not json");
        poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_type", "dk.kk.boligsocial.plan.granted.v1".getBytes(StandardCharsets.UTF_8));
        Api.PLANS.send(poison);

        List<ConsumerRecord<String, String>> parked = DEAD_LETTERS.recordsWithKey(unknown.id().toString(), 1,
                Duration.ofSeconds(30));
        assertEquals(1, parked.size(), "the completion without framework is dead-lettered once");
        assertNotNull(KafkaTopic.header(parked.get(0), "dead-letter-reason"));
        assertEquals(1, DEAD_LETTERS.recordsWithKey(poisonKey, 1, Duration.ofSeconds(30)).size(),
                "the poison message is dead-lettered");

        Api.grantedPlan(); // waits until its framework is there: the consumer did not stop at the poison
    }
}
