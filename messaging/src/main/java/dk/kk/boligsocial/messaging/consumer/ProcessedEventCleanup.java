package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.messaging.MessagingConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets the ids of events processed longer ago than {@code boligsocial.messaging.consumer.processed-retention}
 * (30 days), every {@code cleanup-interval} (an hour). The horizon must be longer than the topics keep their records
 * (7 days): a record the broker still holds may be delivered again (a rebalance, an offset reset), and its id must
 * still be known then. A record older than the horizon no longer exists anywhere, so its id guards nothing.
 * <p>
 * Rows go in batches of {@value #BATCH} (short transactions, no long lock on a busy table); every instance of a
 * service may run it, deleting what is due twice does no harm.
 */
@ApplicationScoped
public class ProcessedEventCleanup {

    static final int BATCH = 5000;
    private static final Logger LOG = Logger.getLogger(ProcessedEventCleanup.class);
    private static final String DELETE_BATCH = """
            delete from processed_event
            where ctid in (select ctid from processed_event where processed_at < ? limit ?)""";

    private final AgroalDataSource dataSource;
    private final Duration retention;
    private final Clock clock;

    @Inject
    public ProcessedEventCleanup(AgroalDataSource dataSource, MessagingConfig config) {
        this(dataSource, config.consumer().processedRetention(), Clock.systemUTC());
    }

    ProcessedEventCleanup(AgroalDataSource dataSource, Duration retention, Clock clock) {
        this.dataSource = dataSource;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(every = "${boligsocial.messaging.consumer.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            int deleted = deleteExpired();
            if (deleted > 0) {
                LOG.infof("forgot %d processed event ids older than %s", deleted, retention);
            }
        } catch (SQLException e) {
            // the next run tries again; ids kept a little longer do no harm
            LOG.warn("could not delete expired processed event ids", e);
        }
    }

    /** Deletes the ids processed before now minus the retention; answers how many. */
    public int deleteExpired() throws SQLException {
        return deleteProcessedBefore(clock.instant().minus(retention));
    }

    /** Deletes the ids processed before {@code cutoff}; answers how many. */
    public int deleteProcessedBefore(Instant cutoff) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE_BATCH)) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            delete.setInt(2, BATCH);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        return total;
    }

    public Duration retention() {
        return retention;
    }
}
