package dk.kk.boligsocial.kit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Sql;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The service runs as a login that owns nothing: it reads and writes its schema's tables, may only add to the audit
 * trail, and can grant itself nothing more. (The kit's probe application stands in for a service.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RuntimeLoginTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theAuditTrailTakesNewRecordsButRefusesToChangeOrDeleteThem() throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection service = Sql.connectAsService(); Statement statement = service.createStatement()) {
            assertEquals(1, statement.executeUpdate("insert into audit_record (id, actor, action, resource_type, resource_id,"
                    + " resource_version) values ('" + id + "', 'test', 'probe.inserted', 'probe', 'p', 1)"));
            assertRefused(statement, "update audit_record set actor = 'someone else' where id = '" + id + "'");
            assertRefused(statement, "delete from audit_record where id = '" + id + "'");
            assertRefused(statement, "truncate audit_record");
            // nor can it give itself the right, or take the table away
            try {
                statement.execute("grant update, delete on audit_record to current_user");
            } catch (SQLException refused) {
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
            }
            assertRefused(statement, "update audit_record set actor = 'someone else' where id = '" + id + "'");
            assertRefused(statement, "alter table audit_record add column note text");
            assertRefused(statement, "drop table audit_record");
        }
        assertEquals(1, Sql.count("select count(*) from audit_record where id = ?::uuid and actor = 'test'", id));
    }

    @Test
    void theOtherTablesOfItsSchemaAreReadAndWrittenButTheMigrationHistoriesAreNot() throws SQLException {
        try (Connection service = Sql.connectAsService(); Statement statement = service.createStatement()) {
            statement.executeQuery("select count(*) from idempotency_key").close();
            statement.executeUpdate("delete from idempotency_key where caller = 'nobody'");
            assertRefused(statement, "select * from flyway_schema_history");
            assertRefused(statement, "delete from flyway_history_kit");
            assertRefused(statement, "create table smuggled (id int)");
            assertRefused(statement, "create table public.smuggled (id int)");
        }
    }

    @Test
    void theRuntimeLoginIsNoSuperuserAndOwnsNothingSoTheGuardLetsItStart() throws SQLException {
        String runtime = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        assertEquals(0, Sql.count("select count(*) from pg_roles where rolname = ? and rolsuper", runtime));
        assertEquals(0, Sql.count("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ?", runtime));
        assertEquals(0, Sql.count("select count(*) from pg_namespace n join pg_roles r on r.oid = n.nspowner where r.rolname = ?", runtime));
        try (Connection service = Sql.connectAsService()) {
            assertNull(PrivilegedLoginGuard.problemOf(service));
        }
    }

    @Test
    void theGuardNamesASuperuserAndTheSchemasOwner() throws SQLException {
        try (Connection admin = Sql.connect()) {
            assertTrue(PrivilegedLoginGuard.problemOf(admin).endsWith("is a superuser"), PrivilegedLoginGuard.problemOf(admin));
        }
        String url = PostgresTestResource.jdbcUrl();
        var config = ConfigProvider.getConfig();
        try (Connection owner = DriverManager.getConnection(url, config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class))) {
            owner.setSchema("kit_test");
            String problem = PrivilegedLoginGuard.problemOf(owner);
            assertTrue(problem != null && problem.contains("owns its schema kit_test"), problem);
        }
    }

    private static void assertRefused(Statement statement, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
    }
}
