package dk.kk.boligsocial.messaging.health;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The unsent part of the outbox, as the gauge {@code boligsocial.outbox.backlog} and the readiness
 * check see it. Counting is one indexed scan of a table that holds only unsent rows; scrapes
 * within a second share one count.
 */
@ApplicationScoped
public class OutboxBacklog {

    /** Unsent rows and the age of the oldest one (zero when there is none). */
    public record Snapshot(long unsent, Duration oldestAge, Instant takenAt) {
    }

    private static final String COUNT = """
            select count(*), coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)
              from outbox_event""";
    private static final Duration GAUGE_MAX_AGE = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final MeterRegistry meters;
    private volatile Snapshot latest;

    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    void registerGauge(@Observes StartupEvent event) {
        Gauge.builder("boligsocial.outbox.backlog", this, OutboxBacklog::gaugeValue)
                .description("Outbox events not yet acknowledged by the broker")
                .register(meters);
    }

    /** Counts now. */
    public Snapshot measure() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(COUNT);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            Snapshot snapshot = new Snapshot(rs.getLong(1),
                    Duration.ofMillis(Math.round(rs.getDouble(2) * 1000)), Instant.now());
            latest = snapshot;
            return snapshot;
        }
    }

    private double gaugeValue() {
        Snapshot snapshot = latest;
        if (snapshot != null && snapshot.takenAt().plus(GAUGE_MAX_AGE).isAfter(Instant.now())) {
            return snapshot.unsent();
        }
        try {
            return measure().unsent();
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
