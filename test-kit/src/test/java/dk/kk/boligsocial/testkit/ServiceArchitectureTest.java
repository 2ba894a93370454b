package dk.kk.boligsocial.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.kk.boligsocial.testkit.architecture.OnVirtualThreads;
import dk.kk.boligsocial.testkit.architecture.OnWorkerPool;
import org.junit.jupiter.api.Test;

/** The virtual-thread rule of {@link ServiceArchitecture}: it passes a resource that has it and names one that has not. */
class ServiceArchitectureTest {

    @Test
    void aResourceOnVirtualThreadsPasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(OnVirtualThreads.class);
        assertDoesNotThrow(() -> ServiceArchitecture.resourcesRunOnVirtualThreads().check(classes));
    }

    @Test
    void aResourceWithoutVirtualThreadsIsNamed() {
        JavaClasses classes = new ClassFileImporter().importClasses(OnVirtualThreads.class, OnWorkerPool.class);
        AssertionError error = assertThrows(AssertionError.class,
                () -> ServiceArchitecture.resourcesRunOnVirtualThreads().check(classes));
        assertTrue(error.getMessage().contains(OnWorkerPool.class.getName()), error.getMessage());
        assertTrue(!error.getMessage().contains(OnVirtualThreads.class.getName() + " "), error.getMessage());
    }
}
