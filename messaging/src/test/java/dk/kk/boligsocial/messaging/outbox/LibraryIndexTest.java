package dk.kk.boligsocial.messaging.outbox;

import dk.kk.boligsocial.testkit.LibraryMigrationIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LibraryIndexTest {

    @Test
    void messagingListsEveryScriptOfItsMigrationDirectory() {
        LibraryMigrationIndex.assertListsEveryScript(Path.of(""));
    }
}
