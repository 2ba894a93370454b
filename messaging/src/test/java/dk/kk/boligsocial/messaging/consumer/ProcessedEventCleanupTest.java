package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ids of processed events are kept 30 days, longer than the topics keep their records (7 days), and then forgotten;
 * a recent id still turns a redelivery into a duplicate.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.AdminLogin.class)
@WithTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.TOPICS, value = "messaging-test.in,messaging-test.in.dlq"))
class ProcessedEventCleanupTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProcessedEventCleanup configured;

    @Test
    void theRetentionIsThirtyDaysLongerThanTheTopicsSevenDays() {
        assertEquals(Duration.ofDays(30), configured.retention());
        assertTrue(configured.retention().compareTo(Duration.ofDays(7)) > 0);
    }

    @Test
    void idsOlderThanTheRetentionAreDeletedAndYoungerOnesKept() throws SQLException {
        String consumer = "cleanup-" + UUID.randomUUID();
        insert(consumer, "old", NOW.minus(Duration.ofDays(31)));
        insert(consumer, "just-over", NOW.minus(Duration.ofDays(30)).minusSeconds(1));
        insert(consumer, "just-under", NOW.minus(Duration.ofDays(30)).plusSeconds(1));
        insert(consumer, "recent", NOW.minus(Duration.ofDays(8)));
        ProcessedEventCleanup cleanup = new ProcessedEventCleanup(dataSource, Duration.ofDays(30),
                Clock.fixed(NOW, ZoneOffset.UTC));

        cleanup.deleteExpired();

        assertFalse(exists(consumer, "old"));
        assertFalse(exists(consumer, "just-over"));
        assertTrue(exists(consumer, "just-under"));
        assertTrue(exists(consumer, "recent"));
    }

    @Test
    void manyIdsGoInSeveralBatches() throws SQLException {
        String consumer = "cleanup-many-" + UUID.randomUUID();
        Instant old = NOW.minus(Duration.ofDays(40));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into processed_event (consumer, event_id, type, processed_at)
                     select ?, 'id-' || n, 'test', ? from generate_series(1, ?) n""")) {
            insert.setString(1, consumer);
            insert.setTimestamp(2, Timestamp.from(old));
            insert.setInt(3, ProcessedEventCleanup.BATCH * 2 + 7);
            insert.executeUpdate();
        }

        int deleted = new ProcessedEventCleanup(dataSource, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC))
                .deleteProcessedBefore(NOW.minus(Duration.ofDays(30)));

        assertTrue(deleted >= ProcessedEventCleanup.BATCH * 2 + 7, "deleted " + deleted);
        assertEquals(0, count(consumer));
    }

    private void insert(String consumer, String eventId, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into processed_event (consumer, event_id, type, processed_at) values (?, ?, 'test', ?)")) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private boolean exists(String consumer, String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            query.setString(1, consumer);
            query.setString(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        }
    }

    private long count(String consumer) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from processed_event where consumer = ?")) {
            query.setString(1, consumer);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
