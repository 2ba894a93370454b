package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The three services share one database, as in production, but each runs as a login of its own that can reach only
 * its own schema, owns nothing, and may only add to its audit trail (db/service-logins.sql and service-kit's grants).
 */
class LeastPrivilegeIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** A table of each schema that the other services' logins must not read. */
    private static final Map<String, String> A_TABLE = Map.of("plans", "plans.plan", "funding", "funding.ledger_entry",
            "evaluation", "evaluation.framework");

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final TestDatabase database = system.database();

    @Test
    void eachServiceIsConnectedAsItsOwnRuntimeLoginAndNoneAsASuperuser() throws SQLException {
        Set<String> expected = new TreeSet<>();
        TestDatabase.SERVICES.forEach(service -> expected.add(database.logins(service).runtime()));
        Set<String> connected = new TreeSet<>();
        try (Connection admin = database.connectAsAdmin();
             PreparedStatement sessions = admin.prepareStatement("""
                     select distinct a.usename, r.rolsuper from pg_stat_activity a join pg_roles r on r.oid = a.usesysid
                      where a.datname = current_database() and a.pid <> pg_backend_pid()""");
             ResultSet rows = sessions.executeQuery()) {
            while (rows.next()) {
                connected.add(rows.getString(1));
                assertFalse(rows.getBoolean(2), rows.getString(1) + " is a superuser");
            }
        }
        assertEquals(expected, connected, "the services' connections to the database");
    }

    @Test
    void aServicesLoginCannotReadAnotherServicesTables() throws SQLException {
        for (String service : TestDatabase.SERVICES) {
            TestDatabase.Logins logins = database.logins(service);
            try (Connection connection = database.connectAs(logins.runtime(), logins.runtimePassword());
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select count(*) from " + A_TABLE.get(service)).close();
                for (String other : TestDatabase.SERVICES) {
                    if (!other.equals(service)) {
                        assertRefused(statement, "select count(*) from " + A_TABLE.get(other));
                        assertRefused(statement, "select count(*) from " + other + ".audit_record");
                    }
                }
            }
        }
    }

    @Test
    void theAuditTrailRefusesUpdateAndDeleteFromTheServicesLogin() throws SQLException {
        for (String service : TestDatabase.SERVICES) {
            TestDatabase.Logins logins = database.logins(service);
            try (Connection connection = database.connectAs(logins.runtime(), logins.runtimePassword());
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("select count(*) from " + service + ".audit_record").close();
                assertRefused(statement, "update " + service + ".audit_record set actor = 'someone else'");
                assertRefused(statement, "delete from " + service + ".audit_record");
                assertRefused(statement, "truncate " + service + ".audit_record");
                assertRefused(statement, "drop table " + service + ".audit_record");
            }
        }
    }

    @Test
    void eachSchemaIsOwnedByItsOwnersLoginWhichIsNoSuperuserEither() throws SQLException {
        try (Connection admin = database.connectAsAdmin(); Statement statement = admin.createStatement()) {
            for (String service : TestDatabase.SERVICES) {
                TestDatabase.Logins logins = database.logins(service);
                try (ResultSet row = statement.executeQuery("select pg_get_userbyid(nspowner) from pg_namespace where nspname = '"
                        + service + "'")) {
                    row.next();
                    assertEquals(logins.owner(), row.getString(1), service + "'s owner");
                }
                try (ResultSet row = statement.executeQuery("select count(*) from pg_roles where rolname in ('" + logins.owner()
                        + "', '" + logins.runtime() + "') and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls)")) {
                    row.next();
                    assertEquals(0, row.getLong(1), service + "'s logins hold no cluster-wide power");
                }
                try (ResultSet row = statement.executeQuery("select count(*) from pg_class where relowner = (select oid from"
                        + " pg_roles where rolname = '" + logins.runtime() + "')")) {
                    row.next();
                    assertEquals(0, row.getLong(1), service + "'s runtime login owns nothing");
                }
            }
        }
    }

    private static void assertRefused(Statement statement, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
    }
}
