package dk.kk.boligsocial.messaging.relay;

import dk.kk.boligsocial.messaging.MessagingConfig;
import dk.kk.boligsocial.messaging.kafka.KafkaClients;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka on a thread of its own, started with the application.
 *
 * <p>It runs a round right after every commit that wrote outbox rows ({@link RelaySignal}), and
 * otherwise every {@code boligsocial.messaging.relay.poll-interval} to pick up rows committed by
 * other instances and rows whose send failed. A round relays batches until the outbox is empty.
 * When a batch sends nothing although rows are waiting (broker or database unreachable, or only a
 * failing row left) the relay backs off exponentially up to {@code relay.max-backoff} and tries
 * again; rows stay in the table until the broker acknowledges them, so nothing is lost and,
 * because of how batches take rows ({@link OutboxBatchRelay}), nothing overtakes.
 *
 * <p>Business transactions never wait for Kafka: they only insert rows and signal this thread.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(100);

    private final MessagingConfig.Relay settings;
    private final KafkaClients kafkaClients;
    private final RelaySignal signal;
    private final OutboxBatchRelay batchRelay;
    private final Counter sentCounter;

    private volatile boolean running;
    private volatile CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile Thread worker;
    private volatile Instant lastAcknowledgement;
    private volatile String lastError;
    /** Touched only by the worker thread, and by {@link #stop()} after the worker ended. */
    private Producer<byte[], byte[]> producer;
    private boolean failing;

    public OutboxRelay(MessagingConfig config, KafkaClients kafkaClients, RelaySignal signal,
                       AgroalDataSource dataSource, MeterRegistry meters) {
        this.settings = config.relay();
        this.kafkaClients = kafkaClients;
        this.signal = signal;
        this.batchRelay = new OutboxBatchRelay(dataSource, config.source(), settings.batchSize(),
                settings.sendTimeout());
        this.sentCounter = Counter.builder("boligsocial.outbox.sent")
                .description("Outbox events acknowledged by the broker")
                .register(meters);
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            start();
        } else {
            LOG.info("Outbox relay disabled (boligsocial.messaging.relay.enabled=false)");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Whether this instance relays at all. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** When the broker last acknowledged a record of this relay. */
    public Optional<Instant> lastAcknowledgement() {
        return Optional.ofNullable(lastAcknowledgement);
    }

    /** The error of the latest failed batch, cleared by the next batch that sends. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    synchronized void start() {
        if (worker != null) {
            return;
        }
        running = true;
        stopRequested = new CountDownLatch(1);
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        LOG.infof("Outbox relay started (poll interval %s, batch size %d, send timeout %s)",
                settings.pollInterval(), settings.batchSize(), settings.sendTimeout());
    }

    synchronized void stop() {
        Thread thread = worker;
        if (thread == null) {
            return;
        }
        running = false;
        stopRequested.countDown();
        signal.wakeUp();
        try {
            // A batch in flight finishes within the send timeout; its rows are deleted or left for later.
            thread.join(settings.sendTimeout().plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Outbox relay did not stop in time; unsent rows stay in the outbox for the next start");
        } else {
            closeProducer(Duration.ofSeconds(5));
        }
        worker = null;
    }

    private void run() {
        Duration backoff = INITIAL_BACKOFF;
        try {
            while (running) {
                signal.clear();
                boolean stalled = drain();
                if (!running) {
                    break;
                }
                if (stalled) {
                    if (stopRequested.await(backoff.toNanos(), TimeUnit.NANOSECONDS)) {
                        break;
                    }
                    backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
                } else {
                    backoff = INITIAL_BACKOFF;
                    signal.await(settings.pollInterval());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("Outbox relay stopped by an unexpected error; no events are published until restart", e);
            throw e;
        }
    }

    /** Relays batches until the outbox is empty; {@code true} if it stopped because nothing could be sent. */
    private boolean drain() {
        while (running) {
            BatchResult result;
            try {
                result = batchRelay.relayBatch(producer());
            } catch (SQLException | RuntimeException e) {
                noteFailure("outbox batch failed: " + e.getMessage(), e);
                return true;
            }
            if (result.sent() > 0) {
                sentCounter.increment(result.sent());
                lastAcknowledgement = Instant.now();
            }
            if (result.unsettledProducer()) {
                // Its pending sends could still be retried and land after the resend of the same rows.
                closeProducer(Duration.ZERO);
            }
            if (result.failed() > 0) {
                noteFailure(result.failed() + " of " + result.locked() + " outbox events not sent ("
                        + result.notAttempted() + " not attempted): " + result.error(), null);
            } else if (result.sent() > 0) {
                noteRecovery();
            }
            if (result.locked() == 0) {
                return false;
            }
            if (result.stalled()) {
                return true;
            }
        }
        return false;
    }

    private Producer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = kafkaClients.reliableProducer("outbox-relay", settings.sendTimeout());
        }
        return producer;
    }

    private void closeProducer(Duration timeout) {
        if (producer != null) {
            try {
                producer.close(timeout);
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    /** Logs the first failure of an outage loudly and the repetitions quietly. */
    private void noteFailure(String message, Throwable cause) {
        lastError = message;
        if (!failing) {
            failing = true;
            LOG.warn(message + " (retrying with back-off; events stay in the outbox)", cause);
        } else {
            LOG.debug(message, cause);
        }
    }

    private void noteRecovery() {
        lastError = null;
        if (failing) {
            failing = false;
            LOG.info("Outbox relay is sending again");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
