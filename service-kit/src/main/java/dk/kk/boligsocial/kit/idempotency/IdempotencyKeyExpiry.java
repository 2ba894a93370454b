package dk.kk.boligsocial.kit.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Forgets idempotency keys once a client can no longer mean a retry by them: {@code boligsocial.idempotency.keep}
 * (24 hours by default; clients retry within minutes) after they were first used. A key used again after that runs
 * its effect again, as a new request. Swept every {@code boligsocial.idempotency.sweep-every} (an hour), in batches so
 * that a long backlog never holds a long transaction; every instance sweeps, and the deletes do not conflict.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class);
    private static final int BATCH = 1_000;
    private static final String DELETE_BATCH = """
            DELETE FROM idempotency_key WHERE ctid IN (
                SELECT ctid FROM idempotency_key WHERE created_at < ? LIMIT ?)""";

    /** How long keys are kept and how often expired ones are deleted. */
    @ConfigMapping(prefix = "boligsocial.idempotency")
    public interface Settings {

        @WithDefault("PT24H")
        Duration keep();

        /** Read by the schedule itself ({@code @Scheduled}); declared here so the setting is known and documented. */
        @WithDefault("PT1H")
        Duration sweepEvery();
    }

    private final AgroalDataSource dataSource;
    private final Settings settings;
    private final Clock clock;

    public IdempotencyKeyExpiry(AgroalDataSource dataSource, Settings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${boligsocial.idempotency.sweep-every:PT1H}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sweep();
        } catch (SQLException e) {
            // the next sweep tries again; a key kept a little longer does no harm
            LOG.warnf("Expired idempotency keys could not be deleted: %s", e.getMessage());
        }
    }

    /** Deletes every key older than the horizon; returns how many. */
    public int sweep() throws SQLException {
        Timestamp before = Timestamp.from(clock.instant().minus(settings.keep()));
        int deleted = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE_BATCH)) {
            delete.setTimestamp(1, before);
            delete.setInt(2, BATCH);
            int batch;
            do {
                batch = delete.executeUpdate();
                deleted += batch;
            } while (batch == BATCH);
        }
        return deleted;
    }
}
