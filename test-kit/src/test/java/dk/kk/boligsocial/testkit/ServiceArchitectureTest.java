package dk.kk.boligsocial.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.kk.boligsocial.testkit.architecture.AllOnVirtualThreads;
import dk.kk.boligsocial.testkit.architecture.OnVirtualThreads;
import dk.kk.boligsocial.testkit.architecture.ReadOnWorkerPool;
import dk.kk.boligsocial.testkit.architecture.WriteOnVirtualThread;
import org.junit.jupiter.api.Test;

/** The virtual-thread rule of {@link ServiceArchitecture}: reads on virtual threads, writes on the worker pool. */
class ServiceArchitectureTest {

    @Test
    void aReadOnAVirtualThreadAndAWriteOnTheWorkerPoolPass() {
        JavaClasses classes = new ClassFileImporter().importClasses(OnVirtualThreads.class);
        assertDoesNotThrow(() -> ServiceArchitecture.readsRunOnVirtualThreads().check(classes));
    }

    @Test
    void aReadOnTheWorkerPoolIsNamed() {
        assertNamed(ReadOnWorkerPool.class, "ReadOnWorkerPool.read()");
    }

    @Test
    void aWriteOnAVirtualThreadIsNamed() {
        assertNamed(WriteOnVirtualThread.class, "WriteOnVirtualThread.write()");
    }

    @Test
    void aResourceAllOnVirtualThreadsIsNamed() {
        assertNamed(AllOnVirtualThreads.class, AllOnVirtualThreads.class.getName() + ">");
    }

    private static void assertNamed(Class<?> wrong, String expected) {
        JavaClasses classes = new ClassFileImporter().importClasses(OnVirtualThreads.class, wrong);
        AssertionError error = assertThrows(AssertionError.class,
                () -> ServiceArchitecture.readsRunOnVirtualThreads().check(classes));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertTrue(!error.getMessage().contains(OnVirtualThreads.class.getName() + "."), error.getMessage());
    }
}
