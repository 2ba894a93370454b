package dk.kk.boligsocial.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    @Test
    void keepsRecordsAcrossStopAndRestartOnTheSamePort() throws Exception {
        long before = System.nanoTime();
        try (LocalKafka kafka = LocalKafka.start()) {
            long startMillis = Duration.ofNanos(System.nanoTime() - before).toMillis();
            System.out.printf("LocalKafka start-up: %d ms in start(), %d ms from spawning the JVM to ready%n",
                    startMillis, kafka.lastStartupTime().toMillis());
            assertTrue(kafka.isRunning());
            assertEquals("localhost:" + kafka.port(), kafka.bootstrapServers());
            assertTrue(Files.exists(kafka.dataDir().resolve("kraft/meta.properties")));

            KafkaClients.produce(kafka.bootstrapServers(), "plans", "before-stop");
            assertEquals(List.of("before-stop"), KafkaClients.consume(kafka.bootstrapServers(), "plans", 1));

            kafka.stop();
            assertFalse(kafka.isRunning());
            assertTrue(Ports.isFree(kafka.port()), "the port is released once stop() returns");
            assertProducingFailsQuickly(kafka.bootstrapServers());

            kafka.restart();
            assertTrue(kafka.isRunning());
            assertEquals(List.of("before-stop"), KafkaClients.consume(kafka.bootstrapServers(), "plans", 1));
            KafkaClients.produce(kafka.bootstrapServers(), "plans", "after-restart");
            List<String> all = KafkaClients.consume(kafka.bootstrapServers(), "plans", 2);
            assertEquals(2, all.size(), () -> "records after restart: " + all);
            assertTrue(all.containsAll(List.of("before-stop", "after-restart")), () -> "records after restart: " + all);
        }
    }

    private static void assertProducingFailsQuickly(String bootstrapServers) {
        long before = System.nanoTime();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrapServers, Duration.ofMillis(1500))) {
            assertThrows(Exception.class,
                    () -> producer.send(new ProducerRecord<>("plans", "while-stopped")).get(10, TimeUnit.SECONDS));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - before);
        assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "producing to a stopped broker gave up after " + took);
    }

    @Test
    void twoBrokersRunSideBySideAndCloseDeletesTheirData() throws Exception {
        Path firstDir;
        Path secondDir;
        try (LocalKafka first = LocalKafka.start(); LocalKafka second = LocalKafka.start()) {
            firstDir = first.dataDir();
            secondDir = second.dataDir();
            assertNotEquals(first.port(), second.port());
            assertNotEquals(firstDir, secondDir);

            KafkaClients.produce(first.bootstrapServers(), "only-in-first", "a");
            KafkaClients.produce(second.bootstrapServers(), "only-in-second", "b");

            assertTrue(KafkaClients.topics(first.bootstrapServers()).contains("only-in-first"));
            assertFalse(KafkaClients.topics(first.bootstrapServers()).contains("only-in-second"));
            assertTrue(KafkaClients.topics(second.bootstrapServers()).contains("only-in-second"));
            assertFalse(KafkaClients.topics(second.bootstrapServers()).contains("only-in-first"));
        }
        assertFalse(Files.exists(firstDir), "close() deletes the temporary data directory");
        assertFalse(Files.exists(secondDir), "close() deletes the temporary data directory");
    }

    @Test
    void fixedDataDirIsFormattedOnceAndKeptByClose(@TempDir Path dataDir) throws Exception {
        int port = Ports.freePort();
        String clusterId;
        try (LocalKafka kafka = LocalKafka.start(dataDir, port)) {
            assertEquals(port, kafka.port());
            clusterId = clusterId(dataDir);
            KafkaClients.produce(kafka.bootstrapServers(), "kept", "first-run");
        }
        assertTrue(Files.exists(dataDir.resolve("kraft")), "close() keeps a data directory it did not create");

        try (LocalKafka again = LocalKafka.start(dataDir, port)) {
            assertEquals(clusterId, clusterId(dataDir), "an already formatted directory is not formatted again");
            assertEquals(List.of("first-run"), KafkaClients.consume(again.bootstrapServers(), "kept", 1));
        }
        assertTrue(Files.exists(dataDir.resolve("broker.log.1")), "the previous start's log is kept");
    }

    @Test
    void brokerThatCannotStartIsReportedWithItsLog(@TempDir Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("kraft"));
        Files.writeString(dataDir.resolve("kraft/meta.properties"), "version=1\nnode.id=42\ncluster.id=not-our-cluster\n");

        LocalKafkaException failure = assertThrows(LocalKafkaException.class,
                () -> LocalKafka.start(dataDir, Ports.freePort()));

        assertTrue(failure.getMessage().contains("exited with code 1 before it was ready"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Stored node id 42 doesn't match"),
                () -> "the log tail is missing: " + failure.getMessage());
    }

    private static String clusterId(Path dataDir) throws Exception {
        Properties meta = new Properties();
        try (var in = Files.newInputStream(dataDir.resolve("kraft/meta.properties"))) {
            meta.load(in);
        }
        return meta.getProperty("cluster.id");
    }
}
