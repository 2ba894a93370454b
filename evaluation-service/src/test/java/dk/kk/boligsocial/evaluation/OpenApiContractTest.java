package dk.kk.boligsocial.evaluation;

import dk.kk.boligsocial.testkit.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI document is what the code serves; other teams build on the committed one. */
@QuarkusTest
class OpenApiContractTest {

    /** Every operation of the service; a new one must be added here on purpose. */
    private static final int OPERATIONS = 31;

    @Test
    void theServedDocumentMatchesTheCommittedOne() {
        OpenApiContract.assertMatchesCommitted(Path.of("src/main/openapi/openapi.json"));
    }

    @Test
    void everyOperationIsDocumentedForTheTeamsThatBuildOnIt() {
        OpenApiContract.assertEveryOperationDocumented(OPERATIONS);
    }

    @Test
    void theApiGuideDescribesEveryOperation() {
        OpenApiContract.assertEveryOperationIn(Path.of("../docs/api-guide.md"));
    }
}
