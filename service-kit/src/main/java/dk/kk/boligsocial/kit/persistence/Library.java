package dk.kk.boligsocial.kit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * A shared library with tables of its own in every service's schema (service-kit: audit, idempotency keys;
 * messaging: outbox, processed events). Each such jar declares itself in {@value #INDEX}:
 * <pre>
 * library=messaging
 * location=db/messaging
 * scripts=V0.1.1__outbox.sql,V0.1.2__processed_event.sql
 * </pre>
 * The scripts are listed rather than scanned because a classpath directory cannot be listed reliably in a packaged
 * Quarkus application; each library has a test that its list matches its directory.
 */
record Library(String name, List<LibraryMigration> migrations) {

    static final String INDEX = "META-INF/boligsocial/library-migrations.properties";

    /** Its Flyway history table: one per library, so a library's new script never meets a service's history. */
    String historyTable() {
        return "flyway_history_" + name;
    }

    static List<Library> onClasspath(ClassLoader classLoader) {
        try {
            List<Library> libraries = new ArrayList<>();
            for (URL index : Collections.list(classLoader.getResources(INDEX))) {
                libraries.add(read(classLoader, index));
            }
            return libraries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + INDEX, e);
        }
    }

    private static Library read(ClassLoader classLoader, URL index) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = index.openStream()) {
            properties.load(in);
        }
        String name = required(properties, "library", index);
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalStateException("Library name '" + name + "' in " + index + " is not a lower-case identifier");
        }
        String location = required(properties, "location", index);
        List<LibraryMigration> migrations = Arrays.stream(required(properties, "scripts", index).split(","))
                .map(String::trim)
                .filter(script -> !script.isEmpty())
                .map(script -> LibraryMigration.of(classLoader, location, script))
                .toList();
        return new Library(name, migrations);
    }

    private static String required(Properties properties, String key, URL index) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(index + " lacks '" + key + "'");
        }
        return value.trim();
    }
}
