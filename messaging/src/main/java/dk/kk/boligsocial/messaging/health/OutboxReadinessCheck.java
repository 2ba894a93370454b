package dk.kk.boligsocial.messaging.health;

import dk.kk.boligsocial.messaging.relay.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Readiness check {@code outbox}: UP with {@code backlog} and {@code oldestUnsentAgeSeconds} when
 * the outbox table answers and the broker is reachable; DOWN with a {@code reason} otherwise. A
 * service whose events cannot leave is not ready, even though its own decisions would still
 * commit: the check tells the platform (and operators) that events pile up. The reason is also logged when it
 * changes, because in production the health answer shows no text (service-kit's HealthDetails).
 */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(OutboxReadinessCheck.class);

    private final OutboxBacklog backlog;
    private final BrokerProbe broker;
    private final OutboxRelay relay;
    private volatile String lastReason;

    public OutboxReadinessCheck(OutboxBacklog backlog, BrokerProbe broker, OutboxRelay relay) {
        this.backlog = backlog;
        this.broker = broker;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try {
            OutboxBacklog.Snapshot snapshot = backlog.measure();
            response.withData("backlog", snapshot.unsent())
                    .withData("oldestUnsentAgeSeconds", snapshot.oldestAge().toSeconds());
        } catch (SQLException e) {
            return down(response, "outbox table unreachable: " + e.getMessage());
        }
        if (!relay.enabled()) {
            return response.up().withData("relay", "disabled").build();
        }
        Optional<String> problem = broker.problem();
        if (problem.isPresent()) {
            return down(response, problem.get());
        }
        lastReason = null;
        return response.up().build();
    }

    private HealthCheckResponse down(HealthCheckResponseBuilder response, String reason) {
        if (!reason.equals(lastReason)) {
            LOG.warnf("Not ready: %s", reason);
            lastReason = reason;
        }
        return response.down().withData("reason", reason).build();
    }
}
