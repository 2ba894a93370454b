package dk.kk.boligsocial.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.messaging.relay.RelaySignal;
import dk.kk.boligsocial.messaging.tracing.Traceparents;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes events into the transactional outbox, in the caller's transaction: the event exists if
 * and only if the business change that it announces commits. The relay publishes it afterwards.
 * The payload record decides the event's {@code ce_type} and topic ({@link EventType#ofPayloadType}),
 * so a service never names either:
 *
 * <pre>{@code
 * @Transactional
 * public void grant(UUID planId, ExpectedVersion expected, GrantCommand command) {
 *     Plan plan = plans.lockForUpdate(planId);
 *     expected.require(plan.version());
 *     PlanDecision decision = plan.grant(command, timestamps.now());
 *     outbox.publish(plan.id(), PlanEvents.of(plan, decision));   // e.g. a PlanGrantedV1
 * }
 * }</pre>
 *
 * <p>Each call takes a transaction-scoped PostgreSQL advisory lock on the aggregate id before it
 * inserts. Transactions that publish for the same aggregate are thereby serialised up to their
 * commit, so an aggregate's rows become visible in {@code seq} order; the relay relies on this
 * (see {@link dk.kk.boligsocial.messaging.relay.OutboxBatchRelay}). Services serialise changes of
 * one aggregate anyway (version check or row lock), so the lock costs no concurrency in practice.
 * One transaction publishing for several aggregates in opposite orders can deadlock with another;
 * PostgreSQL detects that and rolls one of them back.
 *
 * <p>The row keeps the W3C {@code traceparent} of the span current when it is written ({@link Traceparents}), and the
 * relay sends it as the record's {@code traceparent} header.
 */
@ApplicationScoped
public class Outbox {

    /** First key of the two-int advisory lock, so the lock space cannot clash with other users. */
    static final int AGGREGATE_LOCK_SPACE = 0x6f757462;

    /**
     * The aggregate's advisory lock and the insert in one statement (one round trip): the row is produced from the
     * lock's result, so its {@code seq} is drawn only once the lock is held.
     */
    private static final String LOCK_AND_INSERT = """
            with locked as (select pg_advisory_xact_lock(?, hashtext(?)))
            insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, traceparent)
            select ?, ?, ?, ?, ?, ?, ? from locked""";
    private static final String WAKE_UP_KEY = Outbox.class.getName() + ".wakeUp";

    private final AgroalDataSource dataSource;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final RelaySignal relaySignal;

    public Outbox(AgroalDataSource dataSource, ObjectMapper objectMapper,
                  TransactionSynchronizationRegistry transactions, RelaySignal relaySignal) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relaySignal = relaySignal;
    }

    /**
     * Adds an event to the outbox of the current transaction.
     *
     * @param aggregateId what the event is about (a plan's id for every event but a round's): Kafka
     *                    key and {@code ce_subject}; events of one aggregate arrive in the order they
     *                    were published
     * @param payload     one of the payload records of {@link EventType}, serialised with the
     *                    application's ObjectMapper
     * @return the event id, which will be the record's {@code ce_id}
     * @throws IllegalArgumentException if the payload is no event's record or cannot be serialised
     * @throws jakarta.transaction.TransactionalException if no transaction is active
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID aggregateId, Record payload) {
        Objects.requireNonNull(aggregateId, "aggregateId");
        return publish(aggregateId.toString(), payload);
    }

    /**
     * Adds an event about an aggregate with a text id (a round's {@code 2015-18}) to the outbox of the current
     * transaction. The id is the Kafka key and {@code ce_subject} as with {@link #publish(UUID, Record)}, and the
     * same advisory lock orders the aggregate's events.
     *
     * @param aggregateId what the event is about, in the form its type is keyed by ({@link EventType#subject()}: a
     *                    plan id for plan, funding and evaluation events, a round id for round events)
     * @throws IllegalArgumentException if the payload is no event's record, cannot be serialised, or the id does not
     *                                  have the form of its type's subject (consumers would dead-letter the event)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String aggregateId, Record payload) {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        EventType type = EventType.ofPayloadType(payload.getClass());
        if (!type.subject().matches(aggregateId)) {
            throw new IllegalArgumentException(type.type() + " is keyed by " + type.subject().description()
                    + ", not by " + aggregateId);
        }
        return write(type.aggregateType(), aggregateId, type.type(), payload);
    }

    /** The row itself; package-private so that the library's own tests can write any type and key. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID write(String aggregateType, String aggregateId, String type, Object payload) {
        String topic = EventType.topicOf(type);
        String json = toJson(type, payload);
        UUID id = UUID.randomUUID();
        // the HTTP request's or the consumed event's span: the event continues the trace of what caused it
        String traceparent = Traceparents.ofCurrentSpan();
        // Agroal hands out the connection enlisted in this JTA transaction (the same one Hibernate uses).
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(LOCK_AND_INSERT)) {
            insert.setInt(1, AGGREGATE_LOCK_SPACE);
            insert.setString(2, aggregateId);
            insert.setObject(3, id);
            insert.setString(4, aggregateType);
            insert.setString(5, aggregateId);
            insert.setString(6, type);
            insert.setString(7, topic);
            insert.setString(8, json);
            insert.setString(9, traceparent);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxWriteException("Could not write " + type + " for " + aggregateType + " " + aggregateId
                    + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return id;
    }

    private String toJson(String type, Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Payload of " + type + " cannot be serialised to JSON", e);
        }
    }

    /** One synchronization per transaction, however many events it publishes. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to flush: the row is already written
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relaySignal.wakeUp();
                }
            }
        });
    }
}
