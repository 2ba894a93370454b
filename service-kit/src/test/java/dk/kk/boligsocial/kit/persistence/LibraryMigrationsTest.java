package dk.kk.boligsocial.kit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.testkit.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A library releases a migration after the service went live: the service must still start. A service here is a
 * schema with two migrations of its own ({@code db/library-test/service}); the library has one script, then two.
 */
class LibraryMigrationsTest {

    private static final String SCHEMA = "svc";
    private static final String SERVICE = "classpath:db/library-test/service";
    private static final String LIBRARY = "db/library-test/lib";

    private ScratchDatabase database;
    private PGSimpleDataSource dataSource;

    @BeforeEach
    void database() {
        database = ScratchDatabase.create();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void aLibraryMigrationAddedAfterGoLiveIsAppliedAndTheServiceStillValidates() throws SQLException {
        startService(library("V0.9.1__first.sql"));
        // the library made the schema non-empty first, so the service's history starts with a baseline at 0
        assertEquals(List.of("0", "1", "2"), versions("flyway_schema_history"), "the service's history is its own");
        assertEquals(List.of("0.9.1"), versions("flyway_history_demo"));

        startService(library("V0.9.1__first.sql", "V0.9.2__second.sql"));

        assertTrue(tableExists("library_second"), "the new library script ran");
        assertEquals(List.of("0.9.1", "0.9.2"), versions("flyway_history_demo"));
        assertEquals(List.of("0", "1", "2"), versions("flyway_schema_history"));
    }

    @Test
    void inOneSharedHistoryTheSameReleaseStopsTheService() {
        // what the services did before: library locations beside the service's in one history
        sharedHistory("classpath:" + LIBRARY + "/v1").migrate();
        FlywayException refused = assertThrows(FlywayException.class, () -> sharedHistory("classpath:db/library-test/shared-v2").migrate());
        assertTrue(refused.getMessage().contains("0.9.2"), refused.getMessage());
    }

    @Test
    void aDatabaseWithLibraryScriptsInTheServiceHistoryIsAdopted() throws SQLException {
        sharedHistory("classpath:" + LIBRARY + "/v1").migrate();
        assertEquals(List.of("0.9.1", "1", "2"), versions("flyway_schema_history"));

        startService(library("V0.9.1__first.sql", "V0.9.2__second.sql"));

        assertEquals(List.of("1", "2"), versions("flyway_schema_history"), "library rows moved out");
        assertEquals(List.of("0.9.1", "0.9.2"), versions("flyway_history_demo"), "baselined at 0.9.1, then 0.9.2");
        assertTrue(tableExists("library_second"));
    }

    @Test
    void aLibraryWhoseHistoryHoldsEveryScriptAsItIsHasNothingToMigrate() throws SQLException {
        startService(library("V0.9.1__first.sql"));

        LibraryMigrations.History history = history();
        assertTrue(history.holdsAsTheyAre(library("V0.9.1__first.sql")), "up to date: Flyway is not run for it");
        assertFalse(history.holdsAsTheyAre(library("V0.9.1__first.sql", "V0.9.2__second.sql")), "a new script");
        assertFalse(history.holdsAsTheyAre(edited("V0.9.1__first.sql")), "a script edited since it was applied");

        execute("update " + SCHEMA + ".flyway_history_demo set success = false where version = '0.9.1'");
        assertFalse(history().holdsAsTheyAre(library("V0.9.1__first.sql")), "a failed script");
    }

    @Test
    void aLibraryScriptEditedAfterItWasAppliedStillStopsTheService() {
        startService(library("V0.9.1__first.sql"));

        FlywayException refused = assertThrows(FlywayException.class, () -> startService(edited("V0.9.1__first.sql")));
        assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
    }

    private void startService(Library library) {
        FluentConfiguration service = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations(SERVICE);
        new LibraryMigrations(List.of(library)).customize(service);
        service.load().migrate();
    }

    private Flyway sharedHistory(String libraryLocation) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations(SERVICE, libraryLocation).load();
    }

    private static Library library(String... scripts) {
        ClassLoader classLoader = LibraryMigrationsTest.class.getClassLoader();
        return new Library("demo", List.of(scripts).stream()
                .map(script -> LibraryMigration.of(classLoader, LIBRARY, script)).toList());
    }

    private static Library edited(String... scripts) {
        ClassLoader classLoader = LibraryMigrationsTest.class.getClassLoader();
        return new Library("demo", List.of(scripts).stream()
                .map(script -> LibraryMigration.of(classLoader, "db/library-test/lib-edited", script)).toList());
    }

    private LibraryMigrations.History history() throws SQLException {
        try (Connection connection = database.connect()) {
            return LibraryMigrations.history(connection, SCHEMA, "flyway_history_demo");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> versions(String historyTable) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version from " + SCHEMA + "." + historyTable
                     + " where version is not null order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select to_regclass('" + SCHEMA + "." + table + "') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
