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
 * <p>The service gets the two logins it has in production, made for this run and dropped with the database: a
 * migration login {@code bs_test_<8 hex>_owner} (Flyway's; it may create schemas in this database, so it owns the
 * service's schema) and a runtime login {@code bs_test_<8 hex>_app} (the datasource's), which owns nothing and has
 * only the rights service-kit's grants give it. Neither is a superuser, so every test of the service also proves
 * that the runtime login's rights are enough. Libraries without service-kit's grants use {@link AdminLogin}.
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
    /** The runtime login of the run in progress and its password, for {@link Sql#connectAsService()}. */
    static final String RUNTIME_LOGIN_PROPERTY = "boligsocial.test.runtime-login";
    static final String RUNTIME_PASSWORD_PROPERTY = "boligsocial.test.runtime-password";

    private static final String START_HINT =
            "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    private String database;

    /** Whether the service gets a migration and a runtime login of their own (else the admin login, for both). */
    boolean serviceLogins() {
        return true;
    }

    @Override
    public Map<String, String> start() {
        database = "bs_test_" + HexFormat.of().formatHex(randomBytes(4));
        execute("CREATE DATABASE " + database);
        String url = PostgresServer.withDatabase(PostgresServer.adminUrl(), database);
        System.setProperty(JDBC_URL_PROPERTY, url);
        if (!serviceLogins()) {
            System.setProperty(RUNTIME_LOGIN_PROPERTY, PostgresServer.user());
            System.setProperty(RUNTIME_PASSWORD_PROPERTY, PostgresServer.password());
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", PostgresServer.user(),
                    "quarkus.datasource.password", PostgresServer.password());
        }
        String owner = database + "_owner";
        String runtime = database + "_app";
        String ownerPassword = HexFormat.of().formatHex(randomBytes(12));
        String runtimePassword = HexFormat.of().formatHex(randomBytes(12));
        execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + ownerPassword + "'");
        execute("CREATE ROLE " + runtime + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + runtimePassword + "'");
        // Flyway creates the service's schema, which its login then owns, exactly as db/service-logins.sql arranges it
        execute("GRANT CREATE ON DATABASE " + database + " TO " + owner);
        System.setProperty(RUNTIME_LOGIN_PROPERTY, runtime);
        System.setProperty(RUNTIME_PASSWORD_PROPERTY, runtimePassword);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", runtime,
                "quarkus.datasource.password", runtimePassword,
                "quarkus.flyway.username", owner,
                "quarkus.flyway.password", ownerPassword);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            if (serviceLogins()) {
                execute("DROP ROLE IF EXISTS " + database + "_app");
                execute("DROP ROLE IF EXISTS " + database + "_owner");
            }
            System.clearProperty(JDBC_URL_PROPERTY);
            System.clearProperty(RUNTIME_LOGIN_PROPERTY);
            System.clearProperty(RUNTIME_PASSWORD_PROPERTY);
            database = null;
        }
    }

    /**
     * A fresh database with the admin login ({@code BOLIGSOCIAL_TEST_PG_USER}) as the service's only login: for the
     * messaging library's own tests, whose application has no service-kit to grant a runtime login its rights.
     */
    public static class AdminLogin extends PostgresTestResource {
        @Override
        boolean serviceLogins() {
            return false;
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

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
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
