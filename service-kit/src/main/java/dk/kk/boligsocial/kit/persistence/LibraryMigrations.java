package dk.kk.boligsocial.kit.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.Callback;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Migrates the libraries' tables ({@link Library}) into the service's schema, each library with a Flyway history
 * table of its own, just before Quarkus migrates the service itself.
 *
 * <p>Why not one history: a library's scripts are numbered {@code V0.x}, below every service script. Sharing the
 * service's history, the first library script released after a service's {@code V2} would be "resolved but not
 * applied" below the current version, and validate-on-migrate refuses to start. With a history per library each
 * version line only ever grows.
 *
 * <p>Databases migrated before this split hold the library scripts in the service's history: they are adopted
 * (the library's history is baselined at the highest of them, then they are removed from the service's history).
 * Because library tables now exist before a fresh service schema is migrated, the service's Flyway baselines at
 * version 0 when it finds no history of its own, which changes nothing else: every service script is above 0.
 *
 * <p>When the service migrates as one login ({@code quarkus.flyway.username}, the schema's owner) and runs as another
 * ({@code quarkus.datasource.username}), the runtime login's rights are set after every migration
 * ({@link RuntimeLoginGrants}).
 */
@Singleton
public class LibraryMigrations implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(LibraryMigrations.class);
    private static final ResourceProvider NO_SQL_FILES = new ResourceProvider() {
        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public java.util.Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return List.of();
        }
    };

    private final List<Library> libraries;
    /** The login the service runs as, when it is not the one that migrates; empty: one login for both. */
    private final Optional<String> runtimeLogin;
    private final Set<String> appendOnlyTables;

    @Inject
    public LibraryMigrations(DatabaseLoginConfig logins,
                             @ConfigProperty(name = "quarkus.datasource.username") Optional<String> runtimeLogin,
                             @ConfigProperty(name = "quarkus.flyway.username") Optional<String> migrationLogin,
                             @ConfigProperty(name = "quarkus.flyway.password") Optional<String> migrationPassword) {
        this(Library.onClasspath(Thread.currentThread().getContextClassLoader()),
                runtimeLogin.filter(login -> migrationLogin.isPresent() && !login.equals(migrationLogin.get())),
                logins.appendOnlyTables());
        if (migrationLogin.isPresent() && migrationPassword.isEmpty()) {
            // Quarkus would silently migrate as the runtime login, which may not create anything
            throw new IllegalStateException("quarkus.flyway.username is " + migrationLogin.get() + " but quarkus.flyway.password"
                    + " is not set: set QUARKUS_FLYWAY_PASSWORD (any value where the server trusts local logins)");
        }
        if (this.runtimeLogin.isEmpty()) {
            LOG.warnf("The service migrates and runs as one database login (%s): it owns its schema and could rewrite"
                    + " its audit trail. Set quarkus.flyway.username/password to the schema's owner and"
                    + " quarkus.datasource.username/password to a login of its own.", runtimeLogin.orElse("unnamed"));
        }
    }

    LibraryMigrations(List<Library> libraries) {
        this(libraries, Optional.empty(), Set.of());
    }

    LibraryMigrations(List<Library> libraries, Optional<String> runtimeLogin, Set<String> appendOnlyTables) {
        this.libraries = List.copyOf(libraries);
        this.runtimeLogin = runtimeLogin;
        this.appendOnlyTables = Set.copyOf(appendOnlyTables);
    }

    @Override
    public void customize(FluentConfiguration service) {
        DataSource dataSource = service.getDataSource();
        String schema = schemaOf(service);
        for (Library library : libraries) {
            migrate(library, dataSource, schema, service.getTable());
        }
        service.baselineOnMigrate(true).baselineVersion(MigrationVersion.fromVersion("0"));
        if (runtimeLogin.isPresent()) {
            Set<String> histories = new LinkedHashSet<>();
            histories.add(service.getTable());
            libraries.forEach(library -> histories.add(library.historyTable()));
            List<Callback> callbacks = new ArrayList<>(List.of(service.getCallbacks()));
            callbacks.add(new RuntimeLoginGrants(schema, runtimeLogin.get(), appendOnlyTables, histories));
            service.callbacks(callbacks.toArray(Callback[]::new));
        }
    }

    void migrate(Library library, DataSource dataSource, String schema, String serviceHistory) {
        Set<String> ownVersions = library.migrations().stream()
                .map(m -> m.getVersion().getVersion()).collect(Collectors.toSet());
        List<String> inServiceHistory;
        History history;
        try (Connection connection = dataSource.getConnection()) {
            inServiceHistory = versionsIn(connection, schema, serviceHistory);
            history = history(connection, schema, library.historyTable());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the migration histories of schema " + schema, e);
        }
        List<String> adopted = inServiceHistory.stream().filter(ownVersions::contains).toList();
        if (adopted.isEmpty() && history.holdsAsTheyAre(library)) {
            // Flyway would validate the same and find nothing to do, after a tenth of a second of its own set-up
            return;
        }
        MigrationVersion baseline = adopted.stream().map(MigrationVersion::fromVersion)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.fromVersion("0"));
        Flyway flyway = Flyway.configure(LibraryMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .table(library.historyTable())
                .resourceProvider(NO_SQL_FILES)
                .javaMigrationClassProvider(List::of)
                .javaMigrations(library.migrations().toArray(LibraryMigration[]::new))
                // a schema holding the service's tables but no history of this library yet: nothing of it applied
                // (baseline 0), or what an older deployment recorded in the service's history (adopted)
                .baselineOnMigrate(true)
                .baselineVersion(baseline)
                .baselineDescription(adopted.isEmpty() ? "library history" : "adopted from " + serviceHistory)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        if (applied > 0) {
            LOG.infof("Library %s: %d migration(s) applied in schema %s", library.name(), applied, schema);
        }
        if (!adopted.isEmpty()) {
            forget(dataSource, schema, serviceHistory, adopted);
            LOG.infof("Library %s: versions %s moved from %s to %s", library.name(), adopted, serviceHistory,
                    library.historyTable());
        }
    }

    private static String schemaOf(FluentConfiguration service) {
        if (service.getDefaultSchema() != null) {
            return service.getDefaultSchema();
        }
        String[] schemas = service.getSchemas();
        if (schemas.length == 0) {
            throw new IllegalStateException("Library migrations need the service's schema: set quarkus.flyway.schemas");
        }
        return schemas[0];
    }

    private static List<String> versionsIn(Connection connection, String schema, String table) throws SQLException {
        if (!tableExists(connection, schema, table)) {
            return List.of();
        }
        String query = "select version from " + qualified(schema, table) + " where version is not null";
        List<String> versions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /**
     * A library's Flyway history as far as a start needs it: every version it records, each with its checksum (null
     * for one that failed), and the version it was baselined at, if any.
     */
    record History(Map<String, Integer> applied, Optional<MigrationVersion> baseline) {

        static final History NONE = new History(Map.of(), Optional.empty());

        /**
         * Whether every script of the library above the baseline is applied with the checksum it has now, and nothing
         * else is: then there is nothing to migrate, and a script edited since, a failed one or a newer one applied
         * by a later release all leave it false, so that Flyway runs and reports them as before.
         */
        boolean holdsAsTheyAre(Library library) {
            Map<String, Integer> expected = new HashMap<>();
            for (LibraryMigration migration : library.migrations()) {
                if (baseline.isEmpty() || migration.getVersion().isNewerThan(baseline.get())) {
                    expected.put(migration.getVersion().getVersion(), migration.getChecksum());
                }
            }
            return !applied.isEmpty() && expected.equals(applied);
        }
    }

    static History history(Connection connection, String schema, String table) throws SQLException {
        if (!tableExists(connection, schema, table)) {
            return History.NONE;
        }
        String query = "select version, type, checksum, success from " + qualified(schema, table)
                + " where version is not null";
        Map<String, Integer> applied = new HashMap<>();
        MigrationVersion baseline = null;
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String version = rows.getString("version");
                int checksum = rows.getInt("checksum");
                boolean known = !rows.wasNull();
                if ("BASELINE".equals(rows.getString("type"))) {
                    baseline = MigrationVersion.fromVersion(version);
                } else {
                    applied.put(version, rows.getBoolean("success") && known ? checksum : null);
                }
            }
        }
        return new History(applied, Optional.ofNullable(baseline));
    }

    private static void forget(DataSource dataSource, String schema, String table, List<String> versions) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from " + qualified(schema, table) + " where version = any (?)")) {
            delete.setArray(1, connection.createArrayOf("varchar", versions.toArray()));
            delete.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move library versions out of " + schema + "." + table, e);
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(null, schema, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static String qualified(String schema, String table) {
        return '"' + schema.replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + '"';
    }
}
