package dk.kk.boligsocial.kit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * After every migration, sets exactly what the service's runtime login may do in its schema, as the schema's owner
 * (the migration login): read and write every table and view of the schema, except that the append-only tables
 * ({@code audit_record}) take only SELECT and INSERT, and the migration histories nothing at all. Everything else
 * is revoked first, in the same transaction, so a right granted by hand does not survive the next start.
 *
 * <p>The runtime login owns nothing, so it cannot grant itself more, alter a table, or drop a trigger; it has no
 * right at all in another service's schema.
 */
final class RuntimeLoginGrants implements Callback {

    private static final Logger LOG = Logger.getLogger(RuntimeLoginGrants.class);
    private static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";
    private static final String APPEND_ONLY = "SELECT, INSERT";

    private final String schema;
    private final String runtimeLogin;
    private final Set<String> appendOnlyTables;
    private final Set<String> historyTables;

    RuntimeLoginGrants(String schema, String runtimeLogin, Set<String> appendOnlyTables, Set<String> historyTables) {
        this.schema = schema;
        this.runtimeLogin = runtimeLogin;
        this.appendOnlyTables = Set.copyOf(appendOnlyTables);
        this.historyTables = Set.copyOf(historyTables);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        apply(context.getConfiguration().getDataSource());
    }

    @Override
    public String getCallbackName() {
        return "boligsocial-runtime-login-grants";
    }

    /** The grants, in one transaction of their own on a connection of the migration login. */
    void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime login " + runtimeLogin + " its rights in schema "
                    + schema + ": " + e.getMessage(), e);
        }
    }

    private void apply(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            // two instances starting together would otherwise update the same ACLs at once ("tuple concurrently updated")
            lock.setString(1, "boligsocial-grants:" + schema);
            lock.execute();
        }
        Map<String, Character> relations = relations(connection);
        Set<String> missing = new TreeSet<>(appendOnlyTables);
        missing.removeAll(relations.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Append-only tables " + missing + " are not in schema " + schema);
        }
        String login = identifier(runtimeLogin);
        String qualifiedSchema = identifier(schema);
        List<String> statements = new ArrayList<>();
        statements.add("GRANT USAGE ON SCHEMA " + qualifiedSchema + " TO " + login);
        statements.add("REVOKE ALL ON ALL TABLES IN SCHEMA " + qualifiedSchema + " FROM " + login);
        statements.add("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + qualifiedSchema + " FROM " + login);
        for (Map.Entry<String, Character> relation : relations.entrySet()) {
            String table = relation.getKey();
            if (historyTables.contains(table)) {
                continue;
            }
            String rights = isView(relation.getValue()) ? "SELECT"
                    : appendOnlyTables.contains(table) ? APPEND_ONLY : READ_WRITE;
            statements.add("GRANT " + rights + " ON " + qualifiedSchema + "." + identifier(table) + " TO " + login);
        }
        statements.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + qualifiedSchema + " TO " + login);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        LOG.debugf("Runtime login %s: %d relation(s) of schema %s granted, append-only %s", runtimeLogin,
                relations.size() - historyTables.size(), schema, appendOnlyTables);
    }

    /** Tables and views of the schema (name to pg_class.relkind); refuses one the migration login does not own. */
    private Map<String, Character> relations(Connection connection) throws SQLException {
        Map<String, Character> relations = new LinkedHashMap<>();
        List<String> foreign = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.relname, c.relkind, pg_get_userbyid(c.relowner) = current_user
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm')
                 order by c.relname""")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    relations.put(rows.getString(1), rows.getString(2).charAt(0));
                    if (!rows.getBoolean(3)) {
                        foreign.add(rows.getString(1));
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("Tables " + foreign + " of schema " + schema + " are not owned by the"
                    + " migration login, so it cannot set the runtime login's rights on them; make it their owner"
                    + " (db/service-logins.sql does this for a schema migrated before the logins were split)");
        }
        return relations;
    }

    private static boolean isView(char relkind) {
        return relkind == 'v' || relkind == 'm';
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
