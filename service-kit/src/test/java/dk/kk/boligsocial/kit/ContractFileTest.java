package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.testkit.OpenApiContract;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * The test application's OpenAPI document, committed like a service's: proves test-kit's contract check against a
 * running application and shows, in one file, what the kit adds to every document.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ContractFileTest {

    @Test
    void servedDocumentMatchesTheCommittedOne() {
        OpenApiContract.assertMatchesCommitted(Path.of("src/test/openapi/probe-openapi.json"));
    }
}
