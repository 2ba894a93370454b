package dk.kk.boligsocial.testkit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A database of its own for a plain JUnit test (no Quarkus), on the test PostgreSQL server, dropped by
 * {@link #close()}. Unlike {@link PostgresTestResource} it touches no system property, so it can run beside the
 * Quarkus tests of the same JVM.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    private ScratchDatabase(String name) {
        this.name = name;
        this.url = PostgresServer.withDatabase(PostgresServer.adminUrl(), name);
    }

    public static ScratchDatabase create() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        ScratchDatabase database = new ScratchDatabase("bs_scratch_" + HexFormat.of().formatHex(random));
        admin("CREATE DATABASE " + database.name);
        return database;
    }

    public String jdbcUrl() {
        return url;
    }

    public Connection connect() throws SQLException {
        return PostgresServer.connect(url);
    }

    public String user() {
        return PostgresServer.user();
    }

    public String password() {
        return PostgresServer.password();
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection connection = PostgresServer.connect(PostgresServer.adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the test PostgreSQL server", e);
        }
    }
}
