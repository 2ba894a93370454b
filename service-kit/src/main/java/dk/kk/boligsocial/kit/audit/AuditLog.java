package dk.kk.boligsocial.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the audit trail of the service's schema, oldest first, keyset-paginated on (recorded_at, id), filtered by
 * resource, actor, time range and correlation id. One statement per page; plain JDBC, as {@link AuditTrail} writes.
 */
@ApplicationScoped
public class AuditLog {

    /**
     * The filters of a query; {@code null} leaves a filter out.
     *
     * @param from first instant included
     * @param to   first instant excluded
     */
    public record Filter(String resourceType, String resourceId, String actor, Instant from, Instant to,
                         String correlationId) {
    }

    // amounts stay as written (no binary floating point between the column and the answer)
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final AgroalDataSource dataSource;

    public AuditLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<AuditEntry> find(Filter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, actor, organisation_id, action, resource_type, resource_id, resource_version, correlation_id,
                       cause_event_id, published_event_id, recorded_at, before::text, after::text
                  FROM audit_record WHERE TRUE""");
        List<Object> params = new ArrayList<>();
        where(sql, params, "resource_type = ?", filter.resourceType());
        where(sql, params, "resource_id = ?", filter.resourceId());
        where(sql, params, "actor = ?", filter.actor());
        where(sql, params, "recorded_at >= ?", filter.from() == null ? null : timestamp(filter.from()));
        where(sql, params, "recorded_at < ?", filter.to() == null ? null : timestamp(filter.to()));
        where(sql, params, "correlation_id = ?", filter.correlationId());
        page.after().ifPresent(cursor -> {
            sql.append(" AND (recorded_at, id) > (?, ?)");
            params.add(timestamp(cursor.createdAt()));
            params.add(cursor.id());
        });
        sql.append(" ORDER BY recorded_at, id LIMIT ?");
        params.add(page.limit() + 1);
        List<AuditEntry> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new AuditEntry(r.getObject(1, UUID.class), r.getString(2), r.getObject(3, UUID.class),
                            r.getString(4), r.getString(5), r.getString(6), r.getLong(7), r.getString(8),
                            r.getString(9), r.getObject(10, UUID.class), r.getObject(11, OffsetDateTime.class).toInstant(),
                            json(r.getString(12)), json(r.getString(13))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
        }
        return Page.fromLookahead(rows, page, e -> new Cursor(e.recordedAt(), e.id()), e -> e);
    }

    private static void where(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit document is not JSON", e);
        }
    }
}
