package dk.kk.boligsocial.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database for one system-test run, {@code bs_system_<8 hex>}, dropped by {@link #close()}, with
 * the services' logins and schemas made by the same script as ./run and docker-compose.yml use
 * ({@code db/service-logins.sql}, through psql), under names of their own ({@code bs_system_<8 hex>_plans_app}, ...)
 * and random passwords, dropped with the database. The server comes from
 * {@code BOLIGSOCIAL_TEST_PG_URL}/{@code _USER}/{@code _PASSWORD}, as for every other test.
 */
final class TestDatabase implements AutoCloseable {

    static final String ADMIN_URL = env("BOLIGSOCIAL_TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("BOLIGSOCIAL_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("BOLIGSOCIAL_TEST_PG_PASSWORD", "");
    static final List<String> SERVICES = List.of("plans", "funding", "evaluation");
    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^/:?]*)(?::(\\d+))?.*");
    /** The logins of each database this JVM made, by its URL: a service process is started with its module's. */
    private static final Map<String, Map<String, Logins>> LOGINS = new ConcurrentHashMap<>();

    /** A service's two logins: the one it runs as and the schema's owner, which migrates. */
    record Logins(String runtime, String runtimePassword, String owner, String ownerPassword) {
    }

    private final String name;
    private final Map<String, Logins> logins;

    private TestDatabase(String name, Map<String, Logins> logins) {
        this.name = name;
        this.logins = logins;
    }

    static TestDatabase create() {
        String name = "bs_system_" + hex(4);
        Map<String, Logins> logins = new LinkedHashMap<>();
        for (String service : SERVICES) {
            logins.put(service, new Logins(name + "_" + service + "_app", hex(12), name + "_" + service + "_owner", hex(12)));
        }
        TestDatabase database = new TestDatabase(name, logins);
        execute("CREATE DATABASE " + name);
        try {
            database.createLogins();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOGINS.put(database.jdbcUrl(), logins);
        return database;
    }

    String jdbcUrl() {
        return ADMIN_URL.replaceFirst("(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + name);
    }

    /** The logins of a service ({@code plans}, {@code funding}, {@code evaluation}). */
    Logins logins(String service) {
        return logins.get(service);
    }

    /** The logins of the service module ({@code plans-service}) in the database at this URL. */
    static Logins loginsFor(String jdbcUrl, String module) {
        Map<String, Logins> database = LOGINS.get(jdbcUrl);
        if (database == null) {
            throw new IllegalStateException("no database of this run at " + jdbcUrl);
        }
        return database.get(module.replace("-service", ""));
    }

    /** A connection as the admin login. */
    Connection connectAsAdmin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    Connection connectAs(String login, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), login, password);
    }

    @Override
    public void close() {
        LOGINS.remove(jdbcUrl());
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        for (Logins service : logins.values()) {
            execute("DROP ROLE IF EXISTS " + service.runtime());
            execute("DROP ROLE IF EXISTS " + service.owner());
        }
    }

    private void createLogins() {
        Matcher server = SERVER.matcher(ADMIN_URL);
        if (!server.matches()) {
            throw new IllegalStateException("not a jdbc:postgresql://host[:port]/database URL: " + ADMIN_URL);
        }
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", server.group(1).isEmpty() ? "localhost" : server.group(1),
                "-p", server.group(2) == null ? "5432" : server.group(2),
                "-U", USER, "-d", name, "-v", "login_prefix=" + name + "_"));
        logins.forEach((service, login) -> {
            command.addAll(List.of("-v", service + "_app_password=" + login.runtimePassword()));
            command.addAll(List.of("-v", service + "_owner_password=" + login.ownerPassword()));
        });
        command.addAll(List.of("-f", ServiceProcess.ROOT.resolve("db/service-logins.sql").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PASSWORD);
        try {
            Process psql = builder.start();
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!psql.waitFor(60, TimeUnit.SECONDS) || psql.exitValue() != 0) {
                throw new IllegalStateException("db/service-logins.sql failed in " + name + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run psql (the PostgreSQL client; Debian: apt-get install"
                    + " postgresql-client), which creates the services' logins as ./run does: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
