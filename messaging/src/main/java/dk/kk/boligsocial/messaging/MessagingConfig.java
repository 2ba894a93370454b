package dk.kk.boligsocial.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the messaging library, under {@code boligsocial.messaging}. The broker itself is
 * configured the Quarkus way ({@code kafka.bootstrap.servers} and other {@code kafka.*} keys), so
 * the relay's producer, the dead-letter producer and the SmallRye channels all use one cluster.
 */
@ConfigMapping(prefix = "boligsocial.messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code ce_source} of every event this service publishes, e.g. {@code /plans-service}. */
    String source();

    Relay relay();

    Consumer consumer();

    Kafka kafka();

    interface Kafka {

        /**
         * Whether the service may talk to a broker that does not know who it is ({@code kafka.security.protocol}
         * {@code PLAINTEXT}, or {@code SSL} without a client certificate). Off: Kafka is a trust boundary, and a
         * service that is not told how to log in refuses to start rather than connect anonymously.
         */
        @WithDefault("false")
        boolean allowUnauthenticated();
    }

    interface Relay {

        /** Switch off to run a service that never publishes, or to relay from another process. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often the relay looks for rows it was not woken for: rows committed by other
         * instances and rows whose earlier send failed.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Rows locked and sent per relay transaction (at most one per aggregate, see OutboxBatchRelay). */
        @WithDefault("100")
        int batchSize();

        /**
         * Upper bound for one batch to reach the broker: the producer's delivery timeout and the
         * time the relay waits for acknowledgements while it holds the row locks.
         */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Cap of the exponential back-off while the broker or the database is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();
    }

    interface Consumer {

        /**
         * Attempts of a message that fails transiently (database down, broker down while
         * dead-lettering) before it is nacked; the first attempt counts.
         */
        @WithDefault("10")
        int maxAttempts();

        /** Wait after the first transient failure; doubles with every further failure. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * The {@code ce_source} allowed on topics other than Boligsocial's own (whose owners
         * {@link dk.kk.boligsocial.events.Topics#sourceOf} knows), by topic:
         * {@code boligsocial.messaging.consumer.topic-sources."some.topic"=/some-service}. An event from any other
         * source, or on a topic with no known owner, is dead-lettered.
         */
        Map<String, String> topicSources();

        /**
         * How long the ids of processed events are kept. Longer than the topics keep their records (7 days): while
         * a record can still be delivered again, its id must still be known, or a redelivery would apply it twice.
         */
        @WithDefault("30d")
        Duration processedRetention();

        /** How often ids older than {@link #processedRetention()} are deleted (quarkus-scheduler). */
        @WithDefault("1h")
        Duration cleanupInterval();
    }
}
