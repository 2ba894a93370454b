package dk.kk.boligsocial.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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
    }
}
