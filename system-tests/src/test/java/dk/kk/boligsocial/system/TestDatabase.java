package dk.kk.boligsocial.system;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A fresh PostgreSQL database for one system-test run, {@code bs_system_<8 hex>}, dropped by {@link #close()}.
 * The server comes from {@code BOLIGSOCIAL_TEST_PG_URL}/{@code _USER}/{@code _PASSWORD}, as for every other test.
 */
final class TestDatabase implements AutoCloseable {

    private static final String ADMIN_URL = env("BOLIGSOCIAL_TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("BOLIGSOCIAL_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("BOLIGSOCIAL_TEST_PG_PASSWORD", "");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    static TestDatabase create() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        TestDatabase database = new TestDatabase("bs_system_" + HexFormat.of().formatHex(random));
        execute("CREATE DATABASE " + database.name);
        return database;
    }

    String jdbcUrl() {
        return ADMIN_URL.replaceFirst("(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + name);
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + ADMIN_URL + " (" + e.getMessage()
                    + "); is PostgreSQL running? pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
