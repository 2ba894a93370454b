package dk.kk.boligsocial.messaging.relay;

import dk.kk.boligsocial.messaging.cloudevents.CloudEventRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One relay round over the outbox table: in one database transaction it locks a batch of unsent
 * rows, sends them to Kafka, waits (bounded) for the broker's acknowledgements, deletes the
 * acknowledged rows, records the failures and commits. A row is deleted only after the broker
 * acknowledged it, so a crash or an outage at any point leaves the row for a later round (which
 * may resend it: consumers deduplicate on {@code ce_id}).
 *
 * <h2>Order per aggregate, with any number of relays on one table</h2>
 * A batch takes only <em>head</em> rows: rows with no earlier unsent row of the same aggregate
 * ({@code not exists ... earlier.seq < e.seq}), locked with {@code FOR UPDATE SKIP LOCKED}. So a
 * batch holds at most one row per aggregate, and that row is the aggregate's oldest.
 * <ul>
 *   <li>Two relays cannot send rows of the same aggregate at once: both would have to lock the
 *   aggregate's head row, and the row lock admits one. The other relay skips the locked head, and
 *   it does not take the next row either, because in its snapshot the head still exists.</li>
 *   <li>A row is sent only after every earlier row of its aggregate was acknowledged and deleted
 *   (otherwise it would not be the head), so no relay can overtake an unacknowledged send.</li>
 *   <li>An aggregate's rows become visible in {@code seq} order, because
 *   {@link dk.kk.boligsocial.messaging.outbox.Outbox#publish} serialises the publishing
 *   transactions of one aggregate with an advisory lock held until commit. Without that, a
 *   later-numbered row committed first could become a head before an earlier one.</li>
 * </ul>
 * This was chosen over locking a run of rows per aggregate (or relay-side advisory locks) because
 * the whole argument rests on one row lock and is easy to check; its cost is one broker round
 * trip per event of a single aggregate, which is cheap since one plan sees a handful of events,
 * while many aggregates still go out together in one batch.
 *
 * <p>Concurrent calls, from this process or others, are safe: each uses its own connection and
 * transaction, and the producer (thread-safe) may be shared.
 */
public final class OutboxBatchRelay {

    static final String LOCK_HEADS = """
            select e.id, e.seq, e.aggregate_type, e.aggregate_id, e.type, e.topic, e.payload,
                   e.traceparent, e.created_at, e.attempts
              from outbox_event e
             where not exists (select 1 from outbox_event earlier
                                where earlier.aggregate_id = e.aggregate_id and earlier.seq < e.seq)
             order by e.seq
             limit ?
               for update of e skip locked""";
    private static final String DELETE_SENT = "delete from outbox_event where id = any (?)";
    private static final String MARK_FAILED =
            "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?";
    private static final int MAX_ERROR_LENGTH = 2000;

    /** The producer completes every send within its delivery timeout; this margin covers clock and scheduling. */
    private static final Duration ACK_GRACE = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final String source;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxBatchRelay(DataSource dataSource, String source, int batchSize, Duration sendTimeout) {
        this.dataSource = dataSource;
        this.source = source;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /** Runs one batch; database errors propagate after the transaction was rolled back. */
    public BatchResult relayBatch(Producer<byte[], byte[]> producer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BatchResult result = relayBatch(connection, producer);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private BatchResult relayBatch(Connection connection, Producer<byte[], byte[]> producer) throws SQLException {
        List<OutboxRow> heads = lockHeads(connection);
        if (heads.isEmpty()) {
            return BatchResult.EMPTY;
        }
        long deadline = System.nanoTime() + sendTimeout.plus(ACK_GRACE).toNanos();
        Map<OutboxRow, Future<RecordMetadata>> pending = new LinkedHashMap<>();
        Map<UUID, String> failures = new LinkedHashMap<>();
        int notAttempted = 0;
        for (OutboxRow row : heads) {
            Future<RecordMetadata> future = null;
            Throwable immediateFailure;
            try {
                future = producer.send(CloudEventRecords.of(row, source));
                immediateFailure = immediateFailure(future);
            } catch (RuntimeException e) {
                immediateFailure = e;
            }
            if (immediateFailure == null) {
                pending.put(row, future);
                continue;
            }
            failures.put(row.id(), describe(immediateFailure));
            if (immediateFailure instanceof org.apache.kafka.common.errors.TimeoutException) {
                // No metadata or no buffer space within max.block.ms: the broker is away, and
                // every further send would block as long again while this batch holds its locks.
                notAttempted = heads.size() - pending.size() - failures.size();
                break;
            }
        }
        List<UUID> acknowledged = new ArrayList<>();
        boolean unsettled = false;
        for (Map.Entry<OutboxRow, Future<RecordMetadata>> send : pending.entrySet()) {
            UUID id = send.getKey().id();
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(id);
            } catch (ExecutionException e) {
                failures.put(id, describe(e.getCause()));
            } catch (TimeoutException e) {
                failures.put(id, "no acknowledgement within " + sendTimeout);
                unsettled = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.put(id, "relay interrupted while waiting for the acknowledgement");
                unsettled = true;
            }
        }
        deleteSent(connection, acknowledged);
        markFailed(connection, failures);
        String firstError = failures.values().stream().findFirst().orElse(null);
        return new BatchResult(heads.size(), acknowledged.size(), failures.size(), notAttempted, firstError,
                unsettled);
    }

    private List<OutboxRow> lockHeads(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(LOCK_HEADS)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(
                            rs.getObject("id", UUID.class),
                            rs.getLong("seq"),
                            rs.getString("aggregate_type"),
                            rs.getString("aggregate_id"),
                            rs.getString("type"),
                            rs.getString("topic"),
                            rs.getString("payload"),
                            rs.getString("traceparent"),
                            rs.getObject("created_at", OffsetDateTime.class),
                            rs.getInt("attempts")));
                }
            }
        }
        return rows;
    }

    private void deleteSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array array = connection.createArrayOf("uuid", ids.toArray());
        try (PreparedStatement delete = connection.prepareStatement(DELETE_SENT)) {
            delete.setArray(1, array);
            delete.executeUpdate();
        } finally {
            array.free();
        }
    }

    private void markFailed(Connection connection, Map<UUID, String> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MARK_FAILED)) {
            for (Map.Entry<UUID, String> failure : failures.entrySet()) {
                update.setString(1, failure.getValue());
                update.setObject(2, failure.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Throwable immediateFailure(Future<RecordMetadata> future) {
        if (!future.isDone()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackError) {
            cause.addSuppressed(rollbackError);
        }
    }
}
