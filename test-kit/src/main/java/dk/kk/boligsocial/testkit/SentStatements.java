package dk.kk.boligsocial.testkit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the PostgreSQL driver sends to the server (its protocol's Execute messages) on the threads
 * that serve HTTP requests (reads on virtual threads, writes on Quarkus' worker threads): whoever sends them, Hibernate or the plain JDBC of the kit, the outbox and the plan reads.
 * Hibernate's own statistics see only Hibernate's statements. The relay's and the consumers' threads are left out,
 * so their polling cannot add to a request's count. The driver logs each message at FINEST when asked; a service's
 * test profile must let that level through:
 * {@code %test.quarkus.log.category."org.postgresql.core.v3.QueryExecutorImpl".min-level=TRACE}.
 */
public final class SentStatements extends Handler implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    // Quarkus' worker threads, which run the writes; the reads run on virtual threads
    private static final String WORKER_THREADS = "executor-thread-";

    private final AtomicLong executes = new AtomicLong();
    private final Level levelBefore;

    private SentStatements() {
        levelBefore = DRIVER.getLevel();
        DRIVER.addHandler(this);
        DRIVER.setLevel(Level.FINEST);
    }

    /** Counts the statements {@code request} makes the service send. */
    public static long of(Runnable request) {
        try (SentStatements counter = new SentStatements()) {
            request.run();
            return counter.executes.get();
        }
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message != null && message.startsWith(" FE=> Execute")
                && servesRequests(Thread.currentThread())) {
            executes.incrementAndGet();
        }
    }

    /** The relay and the consumers run on platform threads of their own, never on these. */
    private static boolean servesRequests(Thread thread) {
        return thread.isVirtual() || thread.getName().startsWith(WORKER_THREADS);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        DRIVER.setLevel(levelBefore);
        DRIVER.removeHandler(this);
    }
}
