package dk.kk.boligsocial.testkit;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Plain-JDBC assertions against the test database of {@link PostgresTestResource}, outside the service's transactions.
 * Unqualified table names resolve in the service's schema: the connection uses the service's
 * {@code quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema} when it has one.
 */
public final class Sql {

    static final String CURRENT_SCHEMA_KEY = "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema";

    private Sql() {
    }

    /** The first column of the first row of a counting query, e.g. {@code count("select count(*) from audit_record where action = ?", "plan.create")}. */
    public static long count(String sql, Object... params) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row from: " + sql);
            }
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    /** Runs an INSERT/UPDATE/DELETE/DDL statement and returns the update count. */
    public static int update(String sql, Object... params) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    /** A connection of its own to the test database, in the service's schema; the caller closes it. */
    public static Connection connect() throws SQLException {
        return connection();
    }

    /**
     * A connection as the service's runtime login (the datasource's), in the service's schema, to prove what that
     * login may not do; the caller closes it.
     */
    public static Connection connectAsService() throws SQLException {
        Connection connection = java.sql.DriverManager.getConnection(PostgresTestResource.jdbcUrl(),
                System.getProperty(PostgresTestResource.RUNTIME_LOGIN_PROPERTY),
                System.getProperty(PostgresTestResource.RUNTIME_PASSWORD_PROPERTY));
        Optional<String> schema = currentSchema();
        if (schema.isPresent()) {
            connection.setSchema(schema.get());
        }
        return connection;
    }

    private static Connection connection() throws SQLException {
        Connection connection = PostgresServer.connect(PostgresTestResource.jdbcUrl());
        Optional<String> schema = currentSchema();
        if (schema.isPresent()) {
            connection.setSchema(schema.get());
        }
        return connection;
    }

    private static Optional<String> currentSchema() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(CURRENT_SCHEMA_KEY, String.class);
        } catch (IllegalStateException noConfigOutsideQuarkus) {
            return Optional.empty();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
