package dk.kk.boligsocial.kit.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.CorrelationId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * Writes one {@code audit_record} row per mutation, in the caller's transaction: if the mutation rolls back, so
 * does its audit record, and there is never a mutation without one. Calling it outside a transaction is a bug and
 * fails ({@code TxType.MANDATORY}). The table comes from the kit's migration {@code db/kit/V0.2.1__audit_record.sql};
 * its name is unqualified, so the row lands in the service's schema (its connection's {@code currentSchema}).
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes no HTTP caller asked for, e.g. reactions to events. */
    public static final String SYSTEM_ACTOR = "system";

    private static final String INSERT = """
            INSERT INTO audit_record (id, actor, organisation_id, action, resource_type, resource_id, resource_version,
                                      correlation_id, cause_event_id, published_event_id, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""";

    /**
     * What a change changed: the resource's relevant state before and after it, as small JSON documents (records or
     * maps of plain values). Either may be {@code null} (a creation has no before).
     */
    public record Change(Object before, Object after) {
        public static final Change NONE = new Change(null, null);
    }

    // dates as ISO strings, amounts as written: an auditor reads these years later
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final CorrelationId correlationId;

    public AuditTrail(AgroalDataSource dataSource, Caller caller, CorrelationId correlationId) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.correlationId = correlationId;
    }

    /**
     * Records a mutation by the current caller: the actor is the token's subject, the organisation its {@code org_id}
     * and the correlation id the request's. Without an authenticated caller (e.g. in an event consumer), the actor
     * is {@value #SYSTEM_ACTOR} and the correlation id the log MDC's {@code correlationId}, if any.
     *
     * @param action       what happened, e.g. {@code plan.submitted}
     * @param resourceType e.g. {@code plan}
     * @param resourceId   the resource's id
     * @param version      the resource's version after the change
     * @return the id of the audit record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String action, String resourceType, String resourceId, long version) {
        return record(action, resourceType, resourceId, version, null);
    }

    /**
     * As {@link #record(String, String, String, long)} for a mutation that published an event: the record names it
     * ({@code published_event_id}, the event's {@code ce_id}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String action, String resourceType, String resourceId, long version, UUID publishedEventId) {
        return record(action, resourceType, resourceId, version, publishedEventId, Change.NONE);
    }

    /** As {@link #record(String, String, String, long, UUID)}, with what the change changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String action, String resourceType, String resourceId, long version, UUID publishedEventId,
                       Change change) {
        if (isRequestActive() && !caller.isAnonymous()) {
            return insert(caller.subject(), caller.organisationId().orElse(null), action, resourceType, resourceId, version,
                    correlationId.value(), null, publishedEventId, change);
        }
        Object fromLog = MDC.get(CorrelationId.MDC_KEY);
        return insert(SYSTEM_ACTOR, null, action, resourceType, resourceId, version, fromLog == null ? null : fromLog.toString(),
                null, publishedEventId, change);
    }

    /**
     * Records a change made in reaction to an event: the actor is {@value #SYSTEM_ACTOR}, the correlation id and
     * {@code cause_event_id} are the event's {@code ce_id}, and {@code published_event_id} the event the reaction
     * published ({@code null} if none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordReaction(String causeEventId, String action, String resourceType, String resourceId, long version,
                               UUID publishedEventId) {
        return recordReaction(causeEventId, action, resourceType, resourceId, version, publishedEventId, Change.NONE);
    }

    /** As {@link #recordReaction(String, String, String, String, long, UUID)}, with what the reaction changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordReaction(String causeEventId, String action, String resourceType, String resourceId, long version,
                               UUID publishedEventId, Change change) {
        return insert(SYSTEM_ACTOR, null, action, resourceType, resourceId, version, causeEventId, causeEventId,
                publishedEventId, change);
    }

    /** Records a mutation on behalf of an explicit actor, e.g. an event consumer naming the event it reacted to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordAs(String actor, UUID organisationId, String correlationId,
                         String action, String resourceType, String resourceId, long version) {
        return insert(actor, organisationId, action, resourceType, resourceId, version, correlationId, null, null,
                Change.NONE);
    }

    private UUID insert(String actor, UUID organisationId, String action, String resourceType, String resourceId,
                        long version, String correlation, String causeEventId, UUID publishedEventId, Change change) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, actor);
            if (organisationId == null) {
                insert.setNull(3, Types.OTHER);
            } else {
                insert.setObject(3, organisationId);
            }
            insert.setString(4, action);
            insert.setString(5, resourceType);
            insert.setString(6, resourceId);
            insert.setLong(7, version);
            insert.setString(8, correlation);
            insert.setString(9, causeEventId);
            if (publishedEventId == null) {
                insert.setNull(10, Types.OTHER);
            } else {
                insert.setObject(10, publishedEventId);
            }
            insert.setString(11, json(change.before()));
            insert.setString(12, json(change.after()));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit record for " + action + " of " + resourceType + " " + resourceId, e);
        }
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit document must be plain JSON values: " + value.getClass(), e);
        }
    }

    private static boolean isRequestActive() {
        ManagedContext requestContext = Arc.container().requestContext();
        return requestContext.isActive();
    }
}
