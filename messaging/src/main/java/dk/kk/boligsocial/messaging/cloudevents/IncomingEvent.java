package dk.kk.boligsocial.messaging.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dk.kk.boligsocial.events.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A CloudEvents 1.0 event received in Kafka binary mode: the {@code ce_*} headers and the JSON
 * data. Parsing checks what every consumer relies on ({@code ce_id}, {@code ce_type}, JSON data)
 * and fails with {@link PermanentEventFailure} otherwise, so that the message is dead-lettered.
 *
 * @param id          {@code ce_id}, the deduplication key
 * @param type        {@code ce_type}, e.g. {@code dk.kk.boligsocial.plan.granted.v1}
 * @param source      {@code ce_source}, may be {@code null}
 * @param subject     {@code ce_subject}, the aggregate id; may be {@code null}
 * @param time        {@code ce_time}, may be {@code null}
 * @param traceparent W3C trace context, may be {@code null}
 * @param data        the JSON payload as received
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String traceparent, String data) {

    /** The event of a record read with a plain Kafka consumer (String values). */
    public static IncomingEvent from(ConsumerRecord<?, String> record) {
        return from(record.headers(), record.value());
    }

    /** The event of a message from a SmallRye Kafka channel with String payloads. */
    public static IncomingEvent from(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new PermanentEventFailure("Message did not come from Kafka: no record headers"));
        return from(metadata.getHeaders(), message.getPayload());
    }

    /** The event of Kafka record headers and a record value. */
    public static IncomingEvent from(Headers headers, String value) {
        String id = header(headers, CloudEventHeaders.CE_ID);
        String type = header(headers, CloudEventHeaders.CE_TYPE);
        if (id == null || id.isBlank()) {
            throw new PermanentEventFailure("Not a CloudEvent: header " + CloudEventHeaders.CE_ID + " is missing");
        }
        if (type == null || type.isBlank()) {
            throw new PermanentEventFailure("Not a CloudEvent: header " + CloudEventHeaders.CE_TYPE
                    + " is missing (" + CloudEventHeaders.CE_ID + " " + id + ")");
        }
        requireJson(id, value);
        return new IncomingEvent(id, type, header(headers, CloudEventHeaders.CE_SOURCE),
                header(headers, CloudEventHeaders.CE_SUBJECT), time(id, header(headers, CloudEventHeaders.CE_TIME)),
                header(headers, CloudEventHeaders.TRACEPARENT), value);
    }

    /**
     * The data as {@code targetType}, read with the application's ObjectMapper.
     *
     * @throws PermanentEventFailure if the data does not map to {@code targetType}
     */
    public <T> T dataAs(Class<T> targetType) {
        try {
            return ApplicationObjectMapper.get().readValue(data, targetType);
        } catch (JsonProcessingException e) {
            throw new PermanentEventFailure("Data of event " + id + " (" + type + ") does not map to "
                    + targetType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void requireJson(String id, String value) {
        if (value == null || value.isBlank()) {
            throw new PermanentEventFailure("Event " + id + " has no data");
        }
        try {
            ApplicationObjectMapper.get().reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(value);
        } catch (JsonProcessingException e) {
            throw new PermanentEventFailure("Data of event " + id + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static OffsetDateTime time(String id, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PermanentEventFailure("Event " + id + " has a malformed " + CloudEventHeaders.CE_TIME
                    + ": " + value, e);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
