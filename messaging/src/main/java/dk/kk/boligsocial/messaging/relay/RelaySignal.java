package dk.kk.boligsocial.messaging.relay;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells the relay thread that committed outbox rows are waiting. Many signals between two relay
 * rounds collapse into one round, because a round drains the whole backlog anyway.
 */
@ApplicationScoped
public class RelaySignal {

    private final Semaphore pending = new Semaphore(0);

    /** Called after a commit that wrote outbox rows; never blocks. */
    public void wakeUp() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** Forgets signals that the round about to start will cover. */
    void clear() {
        pending.drainPermits();
    }

    /** Waits until woken or until the timeout passes; {@code true} if woken. */
    boolean await(Duration timeout) throws InterruptedException {
        return pending.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
