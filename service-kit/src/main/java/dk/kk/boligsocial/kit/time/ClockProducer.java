package dk.kk.boligsocial.kit.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The services' one clock (UTC), injected wherever time is taken, so that time is never read ad hoc. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
