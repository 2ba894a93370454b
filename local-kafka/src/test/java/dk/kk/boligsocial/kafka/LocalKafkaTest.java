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
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    private static final String PLANS = KafkaTopology.PLANS;

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

            Map<String, String> admin = kafka.clientProperties(KafkaTopology.ADMIN);
            KafkaClients.produce(admin, PLANS, "before-stop");
            assertEquals(List.of("before-stop"), KafkaClients.consume(admin, PLANS, 1));

            kafka.stop();
            assertFalse(kafka.isRunning());
            assertTrue(Ports.isFree(kafka.port()), "the port is released once stop() returns");
            assertProducingFailsQuickly(admin);

            kafka.restart();
            assertTrue(kafka.isRunning());
            assertEquals(admin, kafka.clientProperties(KafkaTopology.ADMIN), "same port, same users");
            assertEquals(List.of("before-stop"), KafkaClients.consume(admin, PLANS, 1));
            KafkaClients.produce(admin, PLANS, "after-restart");
            List<String> all = KafkaClients.consume(admin, PLANS, 2);
            assertEquals(2, all.size(), () -> "records after restart: " + all);
            assertTrue(all.containsAll(List.of("before-stop", "after-restart")), () -> "records after restart: " + all);
        }
    }

    private static void assertProducingFailsQuickly(Map<String, String> login) {
        long before = System.nanoTime();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(login, Duration.ofMillis(1500))) {
            assertThrows(Exception.class,
                    () -> producer.send(new ProducerRecord<>(PLANS, "while-stopped")).get(10, TimeUnit.SECONDS));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - before);
        assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "producing to a stopped broker gave up after " + took);
    }

    @Test
    void twoBrokersRunSideBySideAndCloseDeletesTheirData() throws Exception {
        Path firstDir;
        Path secondDir;
        try (LocalKafka first = LocalKafka.start(KafkaTopology.boligsocial().withTopics("only-in-first"));
             LocalKafka second = LocalKafka.start(KafkaTopology.boligsocial().withTopics("only-in-second"))) {
            firstDir = first.dataDir();
            secondDir = second.dataDir();
            assertNotEquals(first.port(), second.port());
            assertNotEquals(firstDir, secondDir);

            Map<String, String> firstAdmin = first.clientProperties(KafkaTopology.ADMIN);
            Map<String, String> secondAdmin = second.clientProperties(KafkaTopology.ADMIN);
            assertNotEquals(firstAdmin.get("sasl.jaas.config"), secondAdmin.get("sasl.jaas.config"), "passwords of their own");
            KafkaClients.produce(firstAdmin, "only-in-first", "a");
            KafkaClients.produce(secondAdmin, "only-in-second", "b");

            assertTrue(KafkaClients.topics(firstAdmin).contains("only-in-first"));
            assertFalse(KafkaClients.topics(firstAdmin).contains("only-in-second"));
            assertTrue(KafkaClients.topics(secondAdmin).contains("only-in-second"));
            assertFalse(KafkaClients.topics(secondAdmin).contains("only-in-first"));
        }
        assertFalse(Files.exists(firstDir), "close() deletes the temporary data directory");
        assertFalse(Files.exists(secondDir), "close() deletes the temporary data directory");
    }

    @Test
    void fixedDataDirIsFormattedOnceAndKeptByClose(@TempDir Path dataDir) throws Exception {
        int port = Ports.freePort();
        String clusterId;
        Map<String, String> login;
        try (LocalKafka kafka = LocalKafka.start(dataDir, port)) {
            assertEquals(port, kafka.port());
            clusterId = clusterId(dataDir);
            login = kafka.clientProperties(KafkaTopology.PLANS_SERVICE);
            assertEquals(login, KafkaClients.login(dataDir, KafkaTopology.PLANS_SERVICE), "clients/<user>.properties");
            KafkaClients.produce(login, PLANS, "first-run");
        }
        assertTrue(Files.exists(dataDir.resolve("kraft")), "close() keeps a data directory it did not create");

        try (LocalKafka again = LocalKafka.start(dataDir, port)) {
            assertEquals(clusterId, clusterId(dataDir), "an already formatted directory is not formatted again");
            assertEquals(login, again.clientProperties(KafkaTopology.PLANS_SERVICE), "the users keep their passwords");
            assertEquals(List.of("first-run"), KafkaClients.consume(again.clientProperties(KafkaTopology.ADMIN), PLANS, 1));
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
