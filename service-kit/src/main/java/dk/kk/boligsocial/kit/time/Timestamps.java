package dk.kk.boligsocial.kit.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time a service records: now, to the microsecond.
 *
 * <p>Why microseconds: PostgreSQL's {@code timestamptz} keeps microseconds and rounds away the nanoseconds the JVM
 * clock has. An instant kept with nanoseconds would be answered by the request that wrote it and differ, by a few
 * hundred nanoseconds, from every later read of the same row (in bodies, ETag-bearing answers, events and cursors).
 * Truncating before writing makes what is written exactly what is read back.
 */
@ApplicationScoped
public class Timestamps {

    private final Clock clock;

    public Timestamps(Clock clock) {
        this.clock = clock;
    }

    /** Now, truncated to what PostgreSQL keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in UTC, the zone of every recorded instant. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
