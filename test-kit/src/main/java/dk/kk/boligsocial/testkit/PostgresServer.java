package dk.kk.boligsocial.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the test PostgreSQL server is and how to log in, from the {@code BOLIGSOCIAL_TEST_PG_*} environment. */
final class PostgresServer {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

    private PostgresServer() {
    }

    static String adminUrl() {
        return env("BOLIGSOCIAL_TEST_PG_URL").orElse(DEFAULT_URL);
    }

    static String user() {
        return env("BOLIGSOCIAL_TEST_PG_USER").orElse("postgres");
    }

    static String password() {
        return env("BOLIGSOCIAL_TEST_PG_PASSWORD").orElse("");
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** The same server URL (host, port, query parameters) pointing at another database. */
    static String withDatabase(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
