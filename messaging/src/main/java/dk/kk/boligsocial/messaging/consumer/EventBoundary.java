package dk.kk.boligsocial.messaging.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.kk.boligsocial.events.CloudEventHeaders;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.messaging.MessagingConfig;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a consumer lets in from Kafka, checked once for every service before an event reaches a reaction or the
 * database (Kafka is a trust boundary: ACLs decide who may write a topic, this decides what is believed):
 * <ul>
 *   <li>{@code ce_source} is the one service that owns the topic ({@link Topics#sourceOf}, or
 *   {@code boligsocial.messaging.consumer.topic-sources} for other topics); a topic without a known owner admits
 *   nothing;</li>
 *   <li>{@code ce_id} has 1-{@value #MAX_ID_LENGTH} characters and {@code ce_type} at most {@value #MAX_TYPE_LENGTH}
 *   (the columns of {@code processed_event}), neither with control characters;</li>
 *   <li>{@code ce_subject}, where sent, has at most {@value #MAX_SUBJECT_LENGTH} characters (the outbox's
 *   {@code aggregate_id}) and no control characters, and for a type this build knows it has the form of that type's
 *   subject ({@link EventType#subject()}: a plan's UUID, or a round's id such as {@code 2015-18} for round events), so
 *   a handler keyed by the subject never sees a plan id where a round id belongs or the reverse;</li>
 *   <li>a type this build knows belongs to the topic it came on, and its payload matches the type's JSON Schema
 *   (which bounds what the services could not store or would loop over: money below 10^13 with at most two decimals,
 *   plan and reporting periods in 2000-2100, UUIDs, ...);</li>
 *   <li>no text of the payload holds a control character other than tab, line feed and carriage return (PostgreSQL
 *   refuses NUL, which would otherwise fail the insert on every retry).</li>
 * </ul>
 * Anything else is a {@link PermanentEventFailure}: the message is dead-lettered at once and the consumer goes on.
 * Types this build does not know (a producer may add types) are let through without a schema, and are recorded and
 * skipped.
 */
@ApplicationScoped
public class EventBoundary {

    static final int MAX_ID_LENGTH = 255;
    static final int MAX_TYPE_LENGTH = 200;
    static final int MAX_SUBJECT_LENGTH = 200;

    /** Amounts are read as decimals, so that multipleOf and the bounds see exactly what was sent. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Map<String, String> extraSources;
    private final EventSchemas schemas = new EventSchemas();

    @Inject
    public EventBoundary(MessagingConfig config) {
        this(config.consumer().topicSources());
    }

    EventBoundary(Map<String, String> extraSources) {
        this.extraSources = Map.copyOf(extraSources);
    }

    /**
     * Lets the event in, or refuses it.
     *
     * @param topic the topic the record was read from
     * @throws PermanentEventFailure naming the first rule the event breaks
     */
    public void admit(String topic, IncomingEvent event) {
        requireText(CloudEventHeaders.CE_ID, event.id(), MAX_ID_LENGTH);
        requireText(CloudEventHeaders.CE_TYPE, event.type(), MAX_TYPE_LENGTH);
        if (event.subject() != null) {
            requireText(CloudEventHeaders.CE_SUBJECT, event.subject(), MAX_SUBJECT_LENGTH);
        }
        String owner = sourceOf(topic).orElseThrow(() -> new PermanentEventFailure(
                "Event " + shortened(event.id()) + " came on topic " + topic + ", which has no known producer"));
        if (!owner.equals(event.source())) {
            throw new PermanentEventFailure("Event " + shortened(event.id()) + " on " + topic + " has "
                    + CloudEventHeaders.CE_SOURCE + " " + shortened(event.source()) + "; only " + owner + " publishes there");
        }
        JsonNode payload = read(event);
        controlCharacterIn(payload).ifPresent(path -> {
            throw new PermanentEventFailure("Event " + event.id() + " (" + event.type() + ") has a control character in "
                    + path);
        });
        Optional<EventType> known = EventType.ofType(event.type());
        if (known.isEmpty()) {
            return;
        }
        EventType type = known.get();
        if (!type.topic().equals(topic)) {
            throw new PermanentEventFailure("Event " + event.id() + " of type " + event.type() + " came on " + topic
                    + "; that type is published on " + type.topic());
        }
        if (event.subject() != null && !type.subject().matches(event.subject())) {
            throw new PermanentEventFailure("Event " + event.id() + " of type " + event.type() + " has "
                    + CloudEventHeaders.CE_SUBJECT + " " + shortened(event.subject()) + "; that type is about "
                    + type.subject().description());
        }
        List<String> problems = schemas.problems(type, payload);
        if (!problems.isEmpty()) {
            throw new PermanentEventFailure("Event " + event.id() + " (" + event.type() + ") does not match its schema "
                    + type.schemaResource() + ": " + String.join("; ", problems));
        }
    }

    private Optional<String> sourceOf(String topic) {
        return Topics.sourceOf(topic).or(() -> Optional.ofNullable(extraSources.get(topic)));
    }

    private static void requireText(String header, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new PermanentEventFailure("Not a CloudEvent: header " + header + " is missing");
        }
        if (value.length() > maxLength) {
            throw new PermanentEventFailure("Header " + header + " has " + value.length() + " characters, more than "
                    + maxLength + ": " + shortened(value));
        }
        if (value.chars().anyMatch(EventBoundary::isControl)) {
            throw new PermanentEventFailure("Header " + header + " holds a control character: " + shortened(value));
        }
    }

    private static JsonNode read(IncomingEvent event) {
        try {
            return EXACT.readTree(event.data());
        } catch (JsonProcessingException e) {
            throw new PermanentEventFailure("Data of event " + event.id() + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON path of the first text (property name or value) with a control character other than tab, LF, CR. */
    private static Optional<String> controlCharacterIn(JsonNode node) {
        return controlCharacterIn(node, "$");
    }

    private static Optional<String> controlCharacterIn(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue().chars().anyMatch(c -> isControl(c) && c != '\t' && c != '\n' && c != '\r')
                    ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = controlCharacterIn(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (field.getKey().chars().anyMatch(EventBoundary::isControl)) {
                    return Optional.of(path + " (a property name)");
                }
                Optional<String> found = controlCharacterIn(field.getValue(), path + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    /** Enough of a header to recognise it in a log or a dead letter, never all of a huge one. */
    private static String shortened(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() <= 80 ? value : value.substring(0, 80) + "... (" + value.length() + " characters)";
    }
}
