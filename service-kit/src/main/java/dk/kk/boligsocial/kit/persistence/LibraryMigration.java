package dk.kk.boligsocial.kit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One SQL script of a library, read by its exact resource name. Libraries hand Flyway their scripts as Java
 * migrations because their locations are not scanned: Quarkus collects the service's own {@code db/migration}
 * at build time, and a library's scripts run through a Flyway of their own (see {@link LibraryMigrations}).
 */
final class LibraryMigration implements JavaMigration {

    private final String resource;
    private final MigrationVersion version;
    private final String description;
    private final String sql;

    private LibraryMigration(String resource, MigrationVersion version, String description, String sql) {
        this.resource = resource;
        this.version = version;
        this.description = description;
        this.sql = sql;
    }

    /** {@code location/V0.1.2__processed_event.sql}: version {@code 0.1.2}, description {@code processed event}. */
    static LibraryMigration of(ClassLoader classLoader, String location, String fileName) {
        if (!fileName.startsWith("V") || !fileName.endsWith(".sql") || !fileName.contains("__")) {
            throw new IllegalStateException("A library migration is named V<version>__<description>.sql, not " + fileName);
        }
        String stem = fileName.substring(1, fileName.length() - ".sql".length());
        int separator = stem.indexOf("__");
        String resource = location + "/" + fileName;
        return new LibraryMigration(resource, MigrationVersion.fromVersion(stem.substring(0, separator)),
                stem.substring(separator + 2).replace('_', ' '), read(classLoader, resource));
    }

    private static String read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Library migration " + resource + " is listed but not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read library migration " + resource, e);
        }
    }

    String resource() {
        return resource;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** Of the script's text, so that an edited script fails validation exactly as an edited SQL migration does. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
