package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.messaging.MessagingConfig;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.tracing.Traceparents;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Applies each event at most once per consumer: the effect runs in a new transaction that first
 * records {@code (consumer, ce_id)} in {@code processed_event}; a second delivery finds the row and
 * is skipped. Effect and record commit or roll back together, and the effect may publish events
 * with {@link dk.kk.boligsocial.messaging.outbox.Outbox#publish(java.util.UUID, Record)} in the same transaction.
 * Each attempt runs in a span whose parent is the span the event's {@code traceparent} names, so the events the
 * effect publishes carry the same trace id (their {@code traceparent} names this span).
 *
 * <h2>Consuming a channel</h2>
 * One handler class per consumed topic, with its reactions as {@link EventRoutes}:
 * <pre>{@code
 * @Incoming("plans-in")
 * @Blocking("plan-events")    // io.smallrye.reactive.messaging.annotations.Blocking: a worker of its own
 * public CompletionStage<Void> onPlanEvent(Message<String> message) {
 *     return consumer.accept("funding-service", message, routes);   // routes: EventRoutes
 * }
 * }</pre>
 * with the channel configured as
 * <pre>
 * mp.messaging.incoming.plans-in.connector=smallrye-kafka
 * mp.messaging.incoming.plans-in.topic=boligsocial.plans
 * mp.messaging.incoming.plans-in.group.id=funding-service
 * mp.messaging.incoming.plans-in.auto.offset.reset=earliest
 * # failure-strategy stays "fail" (the default): accept() dead-letters by itself, see below
 * # one thread, so a partition's order holds; never queued behind HTTP requests on the shared worker pool
 * smallrye.messaging.worker.plan-events.max-concurrency=1
 * </pre>
 *
 * <h2>Outcomes of {@link #accept}</h2>
 * Before anything else, {@link EventBoundary} decides whether the event is let in at all (its source owns the topic,
 * its id and type fit, its payload matches its schema); an event it refuses is a permanent failure.
 * <ul>
 *   <li>Effect applied, or a duplicate skipped: the message is acked.</li>
 *   <li>Permanent failure ({@link FailureRule}): the message is written to {@code <topic>.dlq}
 *   with a {@code dead-letter-reason} header ({@link DeadLetters}) and then acked, so the
 *   consumer goes on with the next message.</li>
 *   <li>Transient failure (database down, broker down while dead-lettering, anything else): the
 *   message is retried in place with exponential back-off ({@code boligsocial.messaging.consumer.*},
 *   by default 10 attempts over about 25 s), keeping the partition's order. If it still fails it
 *   is nacked: with the default failure strategy {@code fail} the channel stops and reports
 *   itself unhealthy, and since the offset was not committed, the message is redelivered after
 *   a restart. Nothing transient is ever dead-lettered or skipped.</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD_PROCESSED = """
            insert into processed_event (consumer, event_id, type) values (?, ?, ?)
            on conflict (consumer, event_id) do nothing""";

    /** OpenTelemetry's messaging attributes (semantic conventions), and the CloudEvents type. */
    private static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> MESSAGING_OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> MESSAGING_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<Boolean> DUPLICATE = AttributeKey.booleanKey("boligsocial.event.duplicate");

    private final AgroalDataSource dataSource;
    private final DeadLetters deadLetters;
    private final EventBoundary boundary;
    private final MessagingConfig.Consumer retry;
    private final Tracer tracer;

    public IdempotentConsumer(AgroalDataSource dataSource, DeadLetters deadLetters, EventBoundary boundary,
                              MessagingConfig config, OpenTelemetry openTelemetry) {
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.boundary = boundary;
        this.retry = config.consumer();
        this.tracer = openTelemetry.getTracer("dk.kk.boligsocial.messaging");
    }

    /**
     * Runs {@code effect} once for this consumer and event, in a new transaction.
     *
     * @param consumer a stable name of the consuming service or handler, e.g. {@code funding-service}
     * @return {@code true} if the effect ran and committed, {@code false} for a duplicate
     * @throws RuntimeException whatever the effect or the commit threw; nothing was recorded then
     */
    public boolean handleOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(effect, "effect");
        Span span = processingSpan(consumer, event);
        try (Scope ignored = span.makeCurrent()) {
            boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                if (!recordProcessed(consumer, event)) {
                    return false;
                }
                effect.accept(event);
                return true;
            });
            if (!applied) {
                span.setAttribute(DUPLICATE, true);
            }
            return applied;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The span of one attempt at the event's effect, a child of the span its {@code traceparent} names (a new trace
     * without one): events the effect publishes carry this span, so the trace goes on in the services downstream.
     */
    private Span processingSpan(String consumer, IncomingEvent event) {
        return tracer.spanBuilder("process " + event.type())
                .setParent(Traceparents.parentOf(event.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(MESSAGING_OPERATION, "process")
                .setAttribute(MESSAGING_GROUP, consumer)
                .setAttribute(MESSAGE_ID, event.id())
                .setAttribute(EVENT_TYPE, event.type())
                .startSpan();
    }

    /**
     * Parses the message, applies {@code effect} once ({@link #handleOnce}) and acks or nacks the
     * message as described in the class documentation. Call it from a {@code @Blocking} method:
     * it retries transient failures on the calling thread.
     */
    public CompletionStage<Void> accept(String consumer, Message<String> message, Consumer<IncomingEvent> effect) {
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try {
                IncomingEvent event = IncomingEvent.from(message);
                boundary.admit(topicOf(message), event);
                if (!handleOnce(consumer, event, effect)) {
                    LOG.debugf("%s skipped duplicate event %s", consumer, event.id());
                }
                return message.ack();
            } catch (RuntimeException e) {
                failure = e;
            }
            if (FailureRule.isPermanent(failure)) {
                if (message.getMetadata(IncomingKafkaRecordMetadata.class).isEmpty()) {
                    LOG.errorf(failure, "%s cannot process a message and cannot dead-letter it (not from Kafka)",
                            consumer);
                    return message.nack(failure);
                }
                try {
                    deadLetters.send(consumer, message, failure);
                    return message.ack();
                } catch (DeadLetterUnavailable e) {
                    e.addSuppressed(failure);
                    failure = e;
                }
            }
            if (attempt >= retry.maxAttempts()) {
                LOG.errorf(failure, "%s gives up on a message after %d attempts; nacking it", consumer, attempt);
                return message.nack(failure);
            }
            LOG.warnf("%s failed on attempt %d, retrying in %d ms: %s", consumer, attempt, backoff.toMillis(),
                    failure.toString());
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return message.nack(failure);
            }
            backoff = backoff.multipliedBy(2).compareTo(retry.maxBackoff()) <= 0
                    ? backoff.multipliedBy(2) : retry.maxBackoff();
        }
    }

    private static String topicOf(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic).orElse(null);
    }

    private boolean recordProcessed(String consumer, IncomingEvent event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD_PROCESSED)) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new ProcessedEventWriteException("Could not record event " + event.id() + " for " + consumer, e);
        }
    }
}
