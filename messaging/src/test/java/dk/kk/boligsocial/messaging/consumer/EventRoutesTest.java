package dk.kk.boligsocial.messaging.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRoutesTest {

    private static final UUID PLAN = UUID.fromString("0b9f6a52-2c4e-4c55-9f0e-0a4b7b1c2d3e");
    private static final String REJECTED = """
            {"planId":"%s","roundId":"2011-14","housingOrganisationId":"6d1c9a3e-8f7b-4a2d-9c1e-5b3a7d9f1e2c",
             "decision":{"actor":"lbf-1","decidedAt":"2011-10-24T10:00:00Z","reference":"LBF-1","reason":"no"}}"""
            .formatted(PLAN);

    private final List<String> calls = new ArrayList<>();
    private final EventRoutes routes = EventRoutes.builder()
            .on(PlanRejectedV1.class, (rejected, event) -> calls.add("release " + rejected.planId() + " " + event.id()))
            .build();

    @Test
    void theRouteOfTheEventsTypeGetsItsPayloadAndEnvelope() {
        routes.accept(event("e-1", EventType.PLAN_REJECTED.type(), REJECTED));
        assertEquals(List.of("release " + PLAN + " e-1"), calls);
    }

    @Test
    void typesWithoutARouteAndUnknownTypesChangeNothing() {
        routes.accept(event("e-2", EventType.PLAN_APPROVED.type(), "{}"));
        routes.accept(event("e-3", "dk.kk.boligsocial.plan.invented.v9", "{}"));
        assertEquals(List.of(), calls);
        assertTrue(routes.handles(EventType.PLAN_REJECTED));
        assertFalse(routes.handles(EventType.PLAN_WITHDRAWN));
    }

    @Test
    void aRecordThatIsNoEventsPayloadOrASecondRouteIsRefused() {
        record NotAnEvent(String x) {
        }
        assertThrows(IllegalArgumentException.class, () -> EventRoutes.builder().on(NotAnEvent.class, (p, e) -> { }));
        assertThrows(IllegalArgumentException.class, () -> EventRoutes.builder()
                .on(PlanWithdrawnV1.class, (p, e) -> { })
                .on(PlanWithdrawnV1.class, (p, e) -> { }));
    }

    private static IncomingEvent event(String id, String type, String data) {
        return new IncomingEvent(id, type, "/plans-service", PLAN.toString(), null, null, data);
    }
}
