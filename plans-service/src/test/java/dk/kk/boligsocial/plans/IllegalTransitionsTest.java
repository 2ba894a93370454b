package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every decision that the lifecycle does not allow in a status answers 409 and changes nothing. */
@QuarkusTest
class IllegalTransitionsTest {

    /** The lifecycle of DESIGN.md §2, written out independently of the production code. */
    private static final Map<String, Set<Step>> ALLOWED = Map.of(
            "DRAFT", EnumSet.of(Step.SUBMISSION, Step.WITHDRAWAL),
            "SUBMITTED", EnumSet.of(Step.PREQUALIFICATION, Step.REJECTION, Step.WITHDRAWAL),
            "PREQUALIFIED", EnumSet.of(Step.APPROVAL, Step.WITHDRAWAL),
            "REJECTED", EnumSet.noneOf(Step.class),
            "APPROVED", EnumSet.of(Step.GRANT, Step.WITHDRAWAL),
            "GRANTED", EnumSet.of(Step.ACTIVATION),
            "ACTIVE", EnumSet.of(Step.COMPLETION),
            "COMPLETED", EnumSet.noneOf(Step.class),
            "WITHDRAWN", EnumSet.noneOf(Step.class));

    private static final Map<String, List<String>> ALLOWED_NAMES = Map.of(
            "DRAFT", List.of("submission", "withdrawal"),
            "SUBMITTED", List.of("prequalification", "withdrawal"),
            "PREQUALIFIED", List.of("approval", "withdrawal"),
            "REJECTED", List.of(),
            "APPROVED", List.of("grant", "withdrawal"),
            "GRANTED", List.of("activation"),
            "ACTIVE", List.of("completion"),
            "COMPLETED", List.of(),
            "WITHDRAWN", List.of());

    @Test
    void everyDecisionNotAllowedInAStatusIsAConflictNamingTheStatusAndTheAllowedDecisions() {
        int checked = 0;
        for (String status : ALLOWED.keySet()) {
            UUID plan = Api.planIn(status).id();
            for (Step step : Step.values()) {
                if (ALLOWED.get(status).contains(step)) {
                    continue;
                }
                String etag = Api.etag(plan);
                as(step.token()).header("If-Match", etag).body(step.body)
                        .post("/v1/plans/" + plan + "/" + step.path)
                        .then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("status", is(409))
                        .body("currentStatus", is(status))
                        .body("allowedDecisions", containsInAnyOrder(ALLOWED_NAMES.get(status).toArray()));
                as(Tokens.kommune()).get("/v1/plans/" + plan).then()
                        .body("status", is(status))
                        .header("ETag", is(etag));
                checked++;
            }
        }
        // 9 statuses x 8 steps, less the 11 allowed ones
        assertEquals(61, checked);
    }
}
