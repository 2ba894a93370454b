package dk.kk.boligsocial.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Drops the services' schemas (plans, funding, evaluation) in the database {@code ./run} uses, for
 * {@code ./run --reset}: the services migrate them afresh at their next start. Reads the same
 * {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code _USERNAME} and {@code _PASSWORD} as the services.
 */
public final class ResetMain {

    static final List<String> SCHEMAS = List.of("plans", "funding", "evaluation");

    private ResetMain() {
    }

    public static void main(String[] args) {
        String url = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/postgres");
        try (Connection connection = DriverManager.getConnection(url, env("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                env("QUARKUS_DATASOURCE_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            System.out.println("dropped the schemas " + String.join(", ", SCHEMAS) + " in " + url);
        } catch (SQLException e) {
            System.err.println("cannot drop the schemas in " + url + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
