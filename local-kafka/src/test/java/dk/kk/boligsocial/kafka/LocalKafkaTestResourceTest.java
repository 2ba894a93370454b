package dk.kk.boligsocial.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(LocalKafkaTestResource.class)
class LocalKafkaTestResourceTest {

    @InjectLocalKafka
    LocalKafka kafka;

    @Test
    void injectsTheRunningBrokerAndPointsKafkaConfigAtIt() throws Exception {
        assertNotNull(kafka, "@InjectLocalKafka field was not filled");
        assertTrue(kafka.isRunning());
        String configured = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        assertEquals(kafka.bootstrapServers(), configured);

        KafkaClients.produce(configured, "from-quarkus-test", "hello");
        assertEquals(List.of("hello"), KafkaClients.consume(configured, "from-quarkus-test", 1));
    }
}
