package dk.kk.boligsocial.testkit;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresTestResourceTest {

    @Test
    void createsAFreshDatabaseAndDropsItOnStop() throws SQLException {
        PostgresTestResource resource = new PostgresTestResource();
        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        try {
            assertTrue(database.matches("bs_test_[0-9a-f]{8}"), database);
            assertEquals(url, PostgresTestResource.jdbcUrl());
            assertEquals(database + "_app", config.get("quarkus.datasource.username"), "the service runs as a login of its own");
            assertEquals(database + "_owner", config.get("quarkus.flyway.username"), "and migrates as another");
            try (Connection connection = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"))) {
                assertEquals(database, connection.getCatalog());
            }
            try (Connection connection = DriverManager.getConnection(url, config.get("quarkus.flyway.username"),
                    config.get("quarkus.flyway.password"))) {
                assertEquals(database, connection.getCatalog());
            }
            assertEquals(0, Sql.count("select count(*) from pg_roles where rolname like ? and (rolsuper or rolcreaterole or rolcreatedb)",
                    database + "%"), "neither login is a superuser or may create roles or databases");
            assertEquals(2, Sql.count("select count(*) from pg_roles where rolname like ?", database + "%"));
            Sql.update("create table probe(id int)");
            Sql.update("insert into probe values (?), (?)", 1, 2);
            assertEquals(1, Sql.count("select count(*) from probe where id > ?", 1));
            assertEquals(1, Sql.count("select count(*) from pg_database where datname = ?", database));
        } finally {
            resource.stop();
        }
        assertThrows(IllegalStateException.class, PostgresTestResource::jdbcUrl);
        assertEquals(0, adminCount("select count(*) from pg_database where datname = '" + database + "'"));
        assertEquals(0, adminCount("select count(*) from pg_roles where rolname like '" + database + "%'"), "the logins are dropped too");
    }

    @Test
    void theAdminLoginVariantGivesTheServiceTheAdminLogin() {
        PostgresTestResource resource = new PostgresTestResource.AdminLogin();
        Map<String, String> config = resource.start();
        try {
            assertEquals(PostgresServer.user(), config.get("quarkus.datasource.username"));
            assertTrue(!config.containsKey("quarkus.flyway.username"), "Flyway uses the datasource's login");
        } finally {
            resource.stop();
        }
    }

    private static long adminCount(String sql) throws SQLException {
        try (Connection admin = PostgresServer.connect(PostgresServer.adminUrl());
             var rows = admin.prepareStatement(sql).executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void replacesOnlyTheDatabaseOfTheServerUrl() {
        assertEquals("jdbc:postgresql://db:5433/bs_test_1?sslmode=require",
                PostgresServer.withDatabase("jdbc:postgresql://db:5433/postgres?sslmode=require", "bs_test_1"));
        assertEquals("jdbc:postgresql://localhost/bs_test_1",
                PostgresServer.withDatabase("jdbc:postgresql://localhost", "bs_test_1"));
    }
}
