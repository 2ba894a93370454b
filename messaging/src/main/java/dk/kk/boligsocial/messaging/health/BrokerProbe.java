package dk.kk.boligsocial.messaging.health;

import dk.kk.boligsocial.messaging.kafka.KafkaClients;
import dk.kk.boligsocial.messaging.relay.OutboxRelay;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the broker answers, cheaply: a recent acknowledgement of the relay counts as an answer;
 * otherwise a {@code describeCluster} with a 2 s timeout, whose outcome is reused for a few seconds
 * so that frequent health probes do not turn into broker traffic.
 */
@ApplicationScoped
public class BrokerProbe {

    /** Why the broker is considered unreachable; empty when it answered. */
    record Outcome(Optional<String> problem, Instant at) {
    }

    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final OutboxRelay relay;
    private final KafkaClients kafkaClients;
    private Admin admin;
    private Outcome cached;

    public BrokerProbe(OutboxRelay relay, KafkaClients kafkaClients) {
        this.relay = relay;
        this.kafkaClients = kafkaClients;
    }

    /** Empty if the broker is reachable, otherwise the reason. */
    public synchronized Optional<String> problem() {
        Instant now = Instant.now();
        if (relay.lastAcknowledgement().filter(at -> at.plus(FRESH).isAfter(now)).isPresent()) {
            return Optional.empty();
        }
        if (cached == null || cached.at().plus(FRESH).isBefore(now)) {
            cached = new Outcome(describeCluster(), now);
        }
        return cached.problem();
    }

    private Optional<String> describeCluster() {
        try {
            if (admin == null) {
                admin = kafkaClients.admin("health", TIMEOUT);
            }
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .clusterId()
                    .get(TIMEOUT.plusMillis(500).toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of("broker unreachable: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Optional.of("broker unreachable: no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("broker check interrupted");
        } catch (RuntimeException e) {
            return Optional.of("broker unreachable: " + e.getMessage());
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
