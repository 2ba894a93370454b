package dk.kk.boligsocial.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local broker runs as production brokers should: nobody writes without logging in, each service writes only its
 * own topic and reads only what it consumes in its own group, and topics exist only because they were created, with
 * their partitions and retention.
 */
class BrokerSecurityTest {

    private static final String PLANS = KafkaTopology.PLANS;
    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void aClientWithoutCredentialsCannotWriteToThePlansTopic() {
        Map<String, String> anonymous = Map.of("bootstrap.servers", kafka.bootstrapServers());

        Exception failure = sendFails(anonymous, PLANS);

        // the SASL listener does not speak to a client that does not log in: it never learns of the topic
        assertTrue(failure instanceof ExecutionException || failure instanceof KafkaException, failure.toString());
        assertFalse(KafkaClients.readAll(kafka.clientProperties(KafkaTopology.ADMIN), PLANS).contains("forged"),
                "nothing reached the topic");
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        Map<String, String> login = new HashMap<>(kafka.clientProperties(KafkaTopology.PLANS_SERVICE));
        login.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"plans-service\" password=\"guessed\";");

        Exception failure = sendFails(login, PLANS);

        assertInstanceOf(SaslAuthenticationException.class, rootCause(failure), failure.toString());
    }

    @Test
    void anotherServicesCredentialsCannotWriteToThePlansTopic() {
        for (String other : List.of(KafkaTopology.FUNDING_SERVICE, KafkaTopology.EVALUATION_SERVICE, KafkaTopology.INTEGRATOR)) {
            Exception failure = sendFails(kafka.clientProperties(other), PLANS);

            // Topic- or (for a user who may write nowhere, the idempotent producer's) ClusterAuthorizationException
            assertInstanceOf(AuthorizationException.class, rootCause(failure), other + ": " + failure);
        }
        assertFalse(KafkaClients.readAll(kafka.clientProperties(KafkaTopology.ADMIN), PLANS).contains("forged"));
    }

    @Test
    void eachServiceWritesItsOwnTopicAndTheDeadLettersOfWhatItConsumes() throws Exception {
        KafkaClients.produce(kafka.clientProperties(KafkaTopology.PLANS_SERVICE), PLANS, "plan");
        KafkaClients.produce(kafka.clientProperties(KafkaTopology.FUNDING_SERVICE), KafkaTopology.FUNDING, "funding");
        KafkaClients.produce(kafka.clientProperties(KafkaTopology.EVALUATION_SERVICE), KafkaTopology.EVALUATIONS, "evaluation");
        KafkaClients.produce(kafka.clientProperties(KafkaTopology.FUNDING_SERVICE), PLANS + ".dlq", "dead letter");

        assertInstanceOf(TopicAuthorizationException.class,
                rootCause(sendFails(kafka.clientProperties(KafkaTopology.PLANS_SERVICE), KafkaTopology.FUNDING)));
        assertInstanceOf(TopicAuthorizationException.class,
                rootCause(sendFails(kafka.clientProperties(KafkaTopology.FUNDING_SERVICE), KafkaTopology.EVALUATIONS)));
    }

    @Test
    void aConsumerReadsOnlyInItsOwnGroup() throws Exception {
        KafkaClients.produce(kafka.clientProperties(KafkaTopology.PLANS_SERVICE), PLANS, "for-consumers");
        Map<String, String> funding = kafka.clientProperties(KafkaTopology.FUNDING_SERVICE);

        assertFalse(KafkaClients.consume(funding, PLANS, KafkaTopology.FUNDING_SERVICE, 1).isEmpty());
        assertThrows(GroupAuthorizationException.class,
                () -> KafkaClients.consume(funding, PLANS, KafkaTopology.EVALUATION_SERVICE, 1));
        assertThrows(TopicAuthorizationException.class,
                () -> KafkaClients.consume(funding, KafkaTopology.FUNDING, KafkaTopology.FUNDING_SERVICE, 1),
                "funding-service does not consume its own topic");
        assertFalse(KafkaClients.consume(kafka.clientProperties(KafkaTopology.INTEGRATOR), PLANS, "integrator-test", 1).isEmpty());
    }

    @Test
    void topicsExistOnlyBecauseTheyWereCreatedWithTheirPartitionsAndRetention() throws Exception {
        Map<String, String> admin = kafka.clientProperties(KafkaTopology.ADMIN);

        sendFails(admin, "boligsocial.typo");

        assertFalse(KafkaClients.topics(admin).contains("boligsocial.typo"), "not created on first use");
        try (Admin client = Admin.create(new HashMap<>(admin))) {
            Map<String, TopicDescription> topics = client.describeTopics(List.of(PLANS, PLANS + ".dlq"))
                    .allTopicNames().get(10, TimeUnit.SECONDS);
            assertEquals(KafkaTopology.PARTITIONS, topics.get(PLANS).partitions().size());
            Map<ConfigResource, Config> configs = client.describeConfigs(List.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, PLANS),
                    new ConfigResource(ConfigResource.Type.TOPIC, PLANS + ".dlq"))).all().get(10, TimeUnit.SECONDS);
            assertEquals(String.valueOf(Duration.ofDays(7).toMillis()),
                    configs.get(new ConfigResource(ConfigResource.Type.TOPIC, PLANS)).get("retention.ms").value());
            assertEquals(String.valueOf(Duration.ofDays(30).toMillis()),
                    configs.get(new ConfigResource(ConfigResource.Type.TOPIC, PLANS + ".dlq")).get("retention.ms").value());
        }
    }

    private static Exception sendFails(Map<String, String> login, String topic) {
        try (KafkaProducer<String, String> producer = KafkaClients.producer(login, Duration.ofSeconds(4))) {
            return assertThrows(Exception.class,
                    () -> producer.send(new ProducerRecord<>(topic, "forged", "forged")).get(15, TimeUnit.SECONDS));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
