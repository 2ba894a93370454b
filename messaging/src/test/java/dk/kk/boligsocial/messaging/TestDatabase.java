package dk.kk.boligsocial.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Queries for assertions; inside a transaction they see its uncommitted rows. */
@ApplicationScoped
public class TestDatabase {

    private final AgroalDataSource dataSource;

    public TestDatabase(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox sequence number of an event; call it in the publishing transaction. */
    public long seqOf(UUID eventId) {
        return count("select seq from outbox_event where id = ?", eventId);
    }

    public long unsentOf(String aggregateIdPrefix) {
        return count("select count(*) from outbox_event where aggregate_id like ?", aggregateIdPrefix + "%");
    }
}
