package dk.kk.boligsocial.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} run its own, fresh PostgreSQL database {@code bs_test_<8 hex>} and drops it afterwards.
 *
 * <p>The server is taken from {@code BOLIGSOCIAL_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/postgres}),
 * {@code BOLIGSOCIAL_TEST_PG_USER} (default {@code postgres}) and {@code BOLIGSOCIAL_TEST_PG_PASSWORD} (default empty).
 * Only the database part of the URL is replaced; the service picks its schema through
 * {@code quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema}.
 *
 * <p>Use with {@code @QuarkusTestResource(PostgresTestResource.class)} (or {@code @WithTestResource}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Set while a test database exists. A system property rather than a static field because Quarkus may load this
     * class in more than one class loader (the one starting the resource and the one running the test).
     */
    static final String JDBC_URL_PROPERTY = "boligsocial.test.jdbc-url";

    private static final String START_HINT =
            "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    private String database;

    @Override
    public Map<String, String> start() {
        database = "bs_test_" + HexFormat.of().formatHex(randomBytes());
        execute("CREATE DATABASE " + database);
        String url = PostgresServer.withDatabase(PostgresServer.adminUrl(), database);
        System.setProperty(JDBC_URL_PROPERTY, url);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", PostgresServer.user(),
                "quarkus.datasource.password", PostgresServer.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            System.clearProperty(JDBC_URL_PROPERTY);
            database = null;
        }
    }

    /** JDBC URL of the database of the test run in progress. */
    public static String jdbcUrl() {
        String url = System.getProperty(JDBC_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("no test database: annotate the test with @QuarkusTestResource(PostgresTestResource.class)");
        }
        return url;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void execute(String sql) {
        try (Connection connection = PostgresServer.connect(PostgresServer.adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (isConnectionFailure(e)) {
                throw new IllegalStateException("PostgreSQL is not reachable at " + PostgresServer.adminUrl()
                        + " as user " + PostgresServer.user() + " (" + e.getMessage() + "); " + START_HINT
                        + ", or point BOLIGSOCIAL_TEST_PG_URL/_USER/_PASSWORD at another server", e);
            }
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    private static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }
}
