package dk.kk.boligsocial.plans;

import dk.kk.boligsocial.testkit.Tokens;
import dk.kk.boligsocial.testkit.corpus.BadInputCorpus;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed requests generated from the committed OpenAPI document: no 5xx, problem+json on every 4xx,
 * nothing of the service's internals in any answer, and no row changed by a refused request.
 */
@QuarkusTest
class BadInputCorpusTest {

    /** The ids the OpenAPI examples use for the demo organisation and area; replaced by ones that exist. */
    private static final String EXAMPLE_ORGANISATION = "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10";
    private static final String EXAMPLE_AREA = "0d4b8e52-3f6a-4f1e-a1c3-5b7d9e2f4a61";

    @Test
    void noMalformedRequestBreaksTheServiceOrChangesAnything() {
        BadInputCorpus.of(Path.of("src/main/openapi/openapi.json"))
                .callerToken(Tokens.token("corpus", Set.of(Tokens.KOMMUNE, Tokens.LBF), null))
                .parameterValues(BadInputCorpusTest::valuesFor)
                .watching("plans", Set.of("outbox_event"))
                .runAndAssertClean("plans-service", 1_000);
    }

    /** A fresh plan in the status the operation acts on, so that broken bodies reach the rules behind the lookup. */
    private static Map<String, String> valuesFor(String operation) {
        String status = switch (operation) {
            case "POST /v1/plans/{id}/prequalification" -> "SUBMITTED";
            case "POST /v1/plans/{id}/approval" -> "PREQUALIFIED";
            case "POST /v1/plans/{id}/grant" -> "APPROVED";
            case "POST /v1/plans/{id}/activation" -> "GRANTED";
            case "POST /v1/plans/{id}/completion" -> "ACTIVE";
            default -> "DRAFT";
        };
        Api.TestPlan plan = Api.planIn(status);
        String id = operation.startsWith("GET /v1/housing-areas/") ? plan.areaId().toString()
                : operation.startsWith("GET /v1/housing-organisations/") ? plan.organisationId().toString()
                : operation.startsWith("GET /v1/rounds/") ? "2011-14"
                : plan.id().toString();
        // every plan has version 1
        return Map.of("id", id, "number", "1", EXAMPLE_ORGANISATION, plan.organisationId().toString(),
                EXAMPLE_AREA, plan.areaId().toString());
    }
}
