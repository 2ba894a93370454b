package dk.kk.boligsocial.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A grant whose period ends in the year +999999999 would have the framework's reporting periods built year by year,
 * about a billion of them (issue 10): it is dead-lettered at once instead, as is a grant from anyone but plans-service,
 * and the next grant behind them on the same partition gets its framework.
 */
@QuarkusTest
class PoisonPillTest {

    private static final KafkaTopic DEAD_LETTERS = KafkaTopic.named("boligsocial.plans.dlq");

    @Test
    void anEndlessPeriodAndAForgedSourceAreDeadLetteredAndTheNextGrantGetsItsFramework() {
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        String grant = Api.json(Api.granted(plan, org, Api.THEMES));
        String endless = grant.replace("\"periodEnd\":\"2015-12-31\"", "\"periodEnd\":\"+999999999-12-31\"");
        assertTrue(!endless.equals(grant), "the period end was replaced");

        String endlessId = Api.PLANS.publish(plan.toString(), EventType.PLAN_GRANTED.type(), "/plans-service", endless);
        String forgedId = Api.PLANS.publish(plan.toString(), EventType.PLAN_GRANTED.type(), "/funding-service", grant);
        Api.publishGranted(Api.granted(plan, org, Api.THEMES));

        Api.awaitFramework(plan);
        Api.as(Tokens.reader()).get("/v1/plans/" + plan + "/framework").then().statusCode(200);
        List<ConsumerRecord<String, String>> letters = DEAD_LETTERS.recordsWithKey(plan.toString(), 2, Duration.ofSeconds(30));
        assertEquals(List.of(endlessId, forgedId), letters.stream().map(l -> KafkaTopic.header(l, "ce_id")).toList());
        assertTrue(KafkaTopic.header(letters.get(0), "dead-letter-reason").contains("periodEnd"),
                KafkaTopic.header(letters.get(0), "dead-letter-reason"));
        assertTrue(KafkaTopic.header(letters.get(1), "dead-letter-reason").contains("only /plans-service publishes there"),
                KafkaTopic.header(letters.get(1), "dead-letter-reason"));
        for (ConsumerRecord<String, String> letter : letters) {
            assertEquals("evaluation-service", KafkaTopic.header(letter, "dead-letter-consumer"));
        }
    }
}
