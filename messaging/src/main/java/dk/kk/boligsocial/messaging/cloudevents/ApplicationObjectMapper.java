package dk.kk.boligsocial.messaging.cloudevents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;

/**
 * The application's ObjectMapper (with its customizers) for value types such as
 * {@link IncomingEvent} that cannot be injected; a plain mapper with the Java-time module outside
 * a running application (unit tests, tools).
 */
final class ApplicationObjectMapper {

    private static final ObjectMapper STANDALONE = new ObjectMapper().findAndRegisterModules();

    private ApplicationObjectMapper() {
    }

    static ObjectMapper get() {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            InstanceHandle<ObjectMapper> handle = container.instance(ObjectMapper.class);
            if (handle.isAvailable()) {
                return handle.get();
            }
        }
        return STANDALONE;
    }
}
