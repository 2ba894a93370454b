package dk.kk.boligsocial.kit.persistence;

import dk.kk.boligsocial.testkit.LibraryMigrationIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LibraryIndexTest {

    @Test
    void theKitListsEveryScriptOfItsMigrationDirectory() {
        LibraryMigrationIndex.assertListsEveryScript(Path.of(""));
    }
}
