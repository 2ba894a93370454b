package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kafka.KafkaTopology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Kafka is a trust boundary (issue 10), end to end with the packaged services on a broker that runs with
 * authentication and ACLs: only plans-service may write boligsocial.plans, and an event there that does not come from
 * plans-service is dead-lettered by both consumers and moves no money.
 */
class KafkaBoundaryIT {

    private static final String PLANS = KafkaTopology.PLANS;
    private final BoligsocialSystem system = BoligsocialSystem.get();

    @Test
    void withoutCredentialsOrWithAnotherServicesNobodyWritesThePlansTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        Properties anonymous = new Properties();
        anonymous.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers());
        // the broker does not answer a client that does not log in: it never learns of the topic
        assertThrows(Exception.class, () -> send(anonymous, key, "/plans-service"));

        for (String other : List.of(KafkaTopology.FUNDING_SERVICE, KafkaTopology.EVALUATION_SERVICE, KafkaTopology.INTEGRATOR)) {
            // the refusal comes through the send's future, or, when the broker refused the idempotent producer's
            // registration before the send, from send() itself; either way it is the broker's authorization
            Exception refused = assertThrows(Exception.class,
                    () -> send(BrokerLogins.clientProperties(other), key, "/plans-service"));
            assertTrue(causedByAuthorization(refused), other + ": " + refused);
        }
        assertEquals(List.of(), Topic.read(system.bootstrapServers(), PLANS, e -> key.equals(e.key()), 0, Duration.ofSeconds(2)),
                "nothing reached the topic");
    }

    @Test
    void aPlanEventThatDoesNotComeFromPlansServiceIsDeadLetteredByBothConsumersAndMovesNoMoney() throws Exception {
        String plan = UUID.randomUUID().toString();

        send(BrokerLogins.clientProperties(KafkaTopology.PLANS_SERVICE), plan, "/someone-else");

        List<Topic.Event> letters = Topic.read(system.bootstrapServers(), PLANS + ".dlq", e -> plan.equals(e.key()), 2,
                Duration.ofSeconds(60));
        assertEquals(Set.of("funding-service", "evaluation-service"),
                letters.stream().map(Topic.Event::deadLetterConsumer).collect(Collectors.toSet()));
        assertTrue(new Api(system).planFunding(UUID.fromString(plan)).isEmpty(), "funding-service booked nothing for " + plan);
    }

    /** A prequalification that would reserve municipal money, as plans-service writes them, from {@code source}. */
    private static void send(Properties login, String plan, String source) throws Exception {
        Properties props = new Properties();
        props.putAll(login);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        String json = """
                {"planId":"%s","title":"Forfalsket plan","roundId":"2011-14","housingOrganisationId":"%s",
                 "housingAreaIds":["%s"],"themes":["SUNDHED"],"periodStart":"2012-01-01","periodEnd":"2013-12-31",
                 "requestedBudget":[{"source":"MUNICIPALITY","year":2012,"amount":{"amount":5000000.00,"currency":"DKK"}},
                                    {"source":"HOUSING_ORGANISATION","year":2012,"amount":{"amount":5000000.00,"currency":"DKK"}}],
                 "decision":{"actor":"lbf","decidedAt":"2011-12-01T12:00:00Z","reference":null,"reason":null}}"""
                .formatted(plan, UUID.randomUUID(), UUID.randomUUID());
        ProducerRecord<String, String> record = new ProducerRecord<>(PLANS, plan, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "dk.kk.boligsocial.plan.prequalified.v1");
        header(record, "ce_source", source);
        header(record, "ce_subject", plan);
        header(record, "content-type", "application/json");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(15, TimeUnit.SECONDS);
        }
    }

    private static boolean causedByAuthorization(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
