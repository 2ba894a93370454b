package dk.kk.boligsocial.messaging;

import dk.kk.boligsocial.events.CloudEventHeaders;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingEventTest {

    record Payload(String planId, int n) {
    }

    @Test
    void readsTheBinaryModeEnvelope() {
        RecordHeaders headers = headers("id-1", "dk.kk.boligsocial.plan.granted.v1");
        headers.add(CloudEventHeaders.CE_SOURCE, bytes("/plans-service"));
        headers.add(CloudEventHeaders.CE_SUBJECT, bytes("plan-7"));
        headers.add(CloudEventHeaders.CE_TIME, bytes("2026-03-01T12:00:00.5Z"));
        headers.add(CloudEventHeaders.TRACEPARENT, bytes("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        ConsumerRecord<String, String> record = new ConsumerRecord<>("boligsocial.plans", 0, 0L, "plan-7",
                "{\"planId\":\"plan-7\",\"n\":3}");
        headers.forEach(header -> record.headers().add(header));

        IncomingEvent event = IncomingEvent.from(record);

        assertEquals("id-1", event.id());
        assertEquals("dk.kk.boligsocial.plan.granted.v1", event.type());
        assertEquals("/plans-service", event.source());
        assertEquals("plan-7", event.subject());
        assertEquals(OffsetDateTime.parse("2026-03-01T12:00:00.5Z"), event.time());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", event.traceparent());
        assertEquals(new Payload("plan-7", 3), event.dataAs(Payload.class));
    }

    @Test
    void optionalAttributesMayBeMissing() {
        IncomingEvent event = IncomingEvent.from(headers("id-2", "t.v1"), "{}");
        assertNull(event.source());
        assertNull(event.subject());
        assertNull(event.time());
        assertNull(event.traceparent());
    }

    @Test
    void whatCanNeverBeProcessedFailsPermanently() {
        assertPermanent(() -> IncomingEvent.from(headers(null, "t.v1"), "{}"), "ce_id");
        assertPermanent(() -> IncomingEvent.from(headers("id-3", null), "{}"), "ce_type");
        assertPermanent(() -> IncomingEvent.from(headers("id-4", "t.v1"), "not json"), "not JSON");
        assertPermanent(() -> IncomingEvent.from(headers("id-5", "t.v1"), "{\"a\":1} trailing"), "not JSON");
        assertPermanent(() -> IncomingEvent.from(headers("id-6", "t.v1"), null), "no data");
        RecordHeaders badTime = headers("id-7", "t.v1");
        badTime.add(CloudEventHeaders.CE_TIME, bytes("yesterday"));
        assertPermanent(() -> IncomingEvent.from(badTime, "{}"), "ce_time");
        IncomingEvent wrongShape = IncomingEvent.from(headers("id-8", "t.v1"), "{\"planId\":\"p\",\"n\":\"many\"}");
        assertPermanent(() -> wrongShape.dataAs(Payload.class), "does not map to Payload");
    }

    private static void assertPermanent(Runnable parse, String expectedInMessage) {
        PermanentEventFailure failure = assertThrows(PermanentEventFailure.class, parse::run);
        assertTrue(failure.getMessage().contains(expectedInMessage), failure.getMessage());
    }

    private static RecordHeaders headers(String id, String type) {
        RecordHeaders headers = new RecordHeaders();
        if (id != null) {
            headers.add(CloudEventHeaders.CE_ID, bytes(id));
        }
        if (type != null) {
            headers.add(CloudEventHeaders.CE_TYPE, bytes(type));
        }
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
