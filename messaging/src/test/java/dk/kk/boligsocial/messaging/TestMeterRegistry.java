package dk.kk.boligsocial.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A registry that keeps values, so tests can read the library's meters (Quarkus adds it to its composite). */
@Singleton
public class TestMeterRegistry {

    @Produces
    @Singleton
    SimpleMeterRegistry simpleMeterRegistry() {
        return new SimpleMeterRegistry();
    }
}
