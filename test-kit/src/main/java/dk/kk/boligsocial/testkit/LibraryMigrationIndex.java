package dk.kk.boligsocial.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A library lists its migration scripts in {@code META-INF/boligsocial/library-migrations.properties} (service-kit's
 * LibraryMigrations runs them; a packaged application cannot list a classpath directory). This keeps the list and
 * the directory equal, so a script added without being listed fails the library's build.
 */
public final class LibraryMigrationIndex {

    static final Path INDEX = Path.of("src/main/resources/META-INF/boligsocial/library-migrations.properties");

    private LibraryMigrationIndex() {
    }

    /** @throws AssertionError naming the difference, when the module's index and its script directory differ */
    public static void assertListsEveryScript(Path moduleDir) {
        Properties index = new Properties();
        try (InputStream in = Files.newInputStream(moduleDir.resolve(INDEX))) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> listed = Arrays.stream(index.getProperty("scripts", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).sorted().toList();
        Path directory = moduleDir.resolve("src/main/resources").resolve(index.getProperty("location", ""));
        List<String> present;
        try (Stream<Path> files = Files.list(directory)) {
            present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
        if (!listed.equals(present)) {
            throw new AssertionError(INDEX + " lists " + listed + " but " + directory + " holds " + present);
        }
    }
}
