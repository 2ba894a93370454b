package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a consumer does with each event type of a topic, by payload record: the one way a service reacts to events.
 * A handler class per consumed topic builds its routes once and hands them to {@link IdempotentConsumer#accept};
 * each route calls one verb of a use case ({@code reserve}, {@code commit}, {@code createFramework}).
 *
 * <pre>{@code
 * private final EventRoutes routes = EventRoutes.builder()
 *         .on(PlanPrequalifiedV1.class, (plan, event) -> reservations.reserve(plan, event.id()))
 *         .on(PlanGrantedV1.class, (plan, event) -> commitments.commit(plan, event.id()))
 *         .build();
 *
 * @Incoming("plans-in")
 * @Blocking
 * public CompletionStage<Void> onPlanEvent(Message<String> message) {
 *     return consumer.accept(CONSUMER, message, routes);
 * }
 * }</pre>
 *
 * Types without a route, and types this build does not know, are recorded as processed and change nothing: a
 * producer may add types, and a consumer reacts only to those it was written for.
 */
public final class EventRoutes implements Consumer<IncomingEvent> {

    /** The effect of one event, given its payload and its envelope (id, source, time). */
    @FunctionalInterface
    public interface Reaction<T> {
        void react(T payload, IncomingEvent event);
    }

    private record Route<T>(Class<T> payloadType, Reaction<T> reaction) {
        void apply(IncomingEvent event) {
            reaction.react(event.dataAs(payloadType), event);
        }
    }

    private final Map<EventType, Route<?>> routes;

    private EventRoutes(Map<EventType, Route<?>> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the route of the event's type, inside the consumer's transaction. */
    @Override
    public void accept(IncomingEvent event) {
        EventType.ofType(event.type()).map(routes::get).ifPresent(route -> route.apply(event));
    }

    /** Whether this consumer reacts to the type at all. */
    public boolean handles(EventType type) {
        return routes.containsKey(type);
    }

    public static final class Builder {

        private final Map<EventType, Route<?>> routes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @throws IllegalArgumentException if the class is no event's payload, or already has a route
         */
        public <T extends Record> Builder on(Class<T> payloadType, Reaction<T> reaction) {
            EventType type = EventType.ofPayloadType(payloadType);
            if (routes.putIfAbsent(type, new Route<>(payloadType, reaction)) != null) {
                throw new IllegalArgumentException(type.type() + " has two routes");
            }
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes);
        }
    }
}
