package dk.kk.boligsocial.messaging.cloudevents;

import dk.kk.boligsocial.events.CloudEventHeaders;
import dk.kk.boligsocial.messaging.relay.OutboxRow;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Turns outbox rows into CloudEvents 1.0 Kafka records in binary content mode. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /**
     * The record for {@code row}: key = aggregate id, value = the JSON payload, and the event's
     * attributes as {@code ce_*} headers ({@code ce_id} = row id, {@code ce_subject} = aggregate id,
     * {@code ce_time} = when the row was written, RFC 3339 in UTC).
     */
    public static ProducerRecord<byte[], byte[]> of(OutboxRow row, String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPECVERSION);
        header(headers, CloudEventHeaders.CE_ID, row.id().toString());
        header(headers, CloudEventHeaders.CE_TYPE, row.type());
        header(headers, CloudEventHeaders.CE_SOURCE, source);
        header(headers, CloudEventHeaders.CE_TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.createdAt().withOffsetSameInstant(ZoneOffset.UTC)));
        header(headers, CloudEventHeaders.CE_SUBJECT, row.aggregateId());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        if (row.traceparent() != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, row.traceparent());
        }
        return new ProducerRecord<>(row.topic(), null, utf8(row.aggregateId()), utf8(row.payload()), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, utf8(value));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
