package dk.kk.boligsocial.kit.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Refuses to start a service whose runtime database login is a superuser or owns the service's schema or one of
 * its tables: such a login can rewrite the audit trail and (as a superuser) read every other service's data, so
 * least privilege would be a convention again. {@code boligsocial.database.allow-privileged-login=true} turns the
 * refusal into a warning.
 */
@ApplicationScoped
public class PrivilegedLoginGuard {

    private static final Logger LOG = Logger.getLogger(PrivilegedLoginGuard.class);
    private static final String PRIVILEGES = """
            select r.rolname, r.rolsuper, current_schema(),
                   exists (select 1 from pg_namespace n where n.nspname = current_schema() and n.nspowner = r.oid)
                   or exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = current_schema() and c.relowner = r.oid)
              from pg_roles r where r.rolname = current_user""";

    private final AgroalDataSource dataSource;
    private final DatabaseLoginConfig config;

    public PrivilegedLoginGuard(AgroalDataSource dataSource, DatabaseLoginConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void check(@Observes StartupEvent started) {
        String problem;
        try (Connection connection = dataSource.getConnection()) {
            problem = problemOf(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the rights of the service's database login", e);
        }
        if (problem == null) {
            return;
        }
        if (config.allowPrivilegedLogin()) {
            LOG.warn(problem + " (allowed by boligsocial.database.allow-privileged-login)");
            return;
        }
        throw new IllegalStateException(problem + ". Run the service as a login of its own without ownership (see"
                + " db/service-logins.sql), or set boligsocial.database.allow-privileged-login=true.");
    }

    /** What is wrong with the connection's login, or null. */
    static String problemOf(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(PRIVILEGES);
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            String login = row.getString(1);
            if (row.getBoolean(2)) {
                return "The service's database login " + login + " is a superuser";
            }
            if (row.getBoolean(4)) {
                return "The service's database login " + login + " owns its schema " + row.getString(3) + " or tables in it";
            }
            return null;
        }
    }
}
