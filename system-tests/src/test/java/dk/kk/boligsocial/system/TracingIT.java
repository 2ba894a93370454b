package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.kk.boligsocial.client.funding.model.FundingState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A caller's trace goes on across the services: the W3C {@code traceparent} of a prequalification request reaches
 * plan.prequalified.v1 (plans-service's outbox) and, through funding-service's consumer, funding.reserved.v1.
 */
class TracingIT {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void thePrequalificationsTraceReachesTheReservationEvent() {
        UUID planId = api.createPlan("Helhedsplan med sporing", new BigDecimal("20000.00"));
        api.submit(planId);
        api.prequalify(planId, Map.of("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01"));
        api.awaitFunding(planId, FundingState.RESERVED);

        Topic.Event prequalified = only(Topic.read(system.bootstrapServers(), "boligsocial.plans",
                e -> planId.toString().equals(e.key()) && e.type().endsWith(".plan.prequalified.v1"), 1, Duration.ofSeconds(30)));
        Topic.Event reserved = only(Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()) && e.type().endsWith(".funding.reserved.v1"), 1, Duration.ofSeconds(30)));

        String[] request = fields(prequalified);
        assertEquals(TRACE_ID, request[1], "plan.prequalified.v1 is in the caller's trace");
        assertNotEquals(CALLER_SPAN, request[2], "its parent is plans-service's span of the request");
        assertEquals("01", request[3]);
        String[] reaction = fields(reserved);
        assertEquals(TRACE_ID, reaction[1], "funding.reserved.v1 is in the caller's trace");
        assertNotEquals(request[2], reaction[2], "its parent is funding-service's span of the consumed event");
        assertEquals("01", reaction[3]);
    }

    private static Topic.Event only(List<Topic.Event> events) {
        assertEquals(1, events.size(), "events: " + events);
        return events.get(0);
    }

    /** version, trace id, parent id, flags */
    private static String[] fields(Topic.Event event) {
        assertNotNull(event.traceparent(), event.type() + " has a traceparent header");
        String[] fields = event.traceparent().split("-");
        assertEquals(4, fields.length, event.traceparent());
        assertEquals("00", fields[0]);
        return fields;
    }
}
