package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.plans.Api.TestPlan;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every decision x every role: the allowed ones succeed, the others are 403 (and no token is 401),
 * and a housing organisation acting on another organisation's plan gets 404.
 */
@QuarkusTest
class DecisionRolesTest {

    private static final String OWN_ORGANISATION = "boligorganisation (own)";
    private static final String OTHER_ORGANISATION = "boligorganisation (other)";

    /** Which role may take which decision (DESIGN.md §4b). */
    private static final Map<Step, List<String>> ALLOWED = Map.of(
            Step.SUBMISSION, List.of("kommune", OWN_ORGANISATION),
            Step.PREQUALIFICATION, List.of("lbf"),
            Step.REJECTION, List.of("lbf"),
            Step.APPROVAL, List.of("kommune"),
            Step.GRANT, List.of("lbf"),
            Step.ACTIVATION, List.of("kommune"),
            Step.COMPLETION, List.of("kommune"),
            Step.WITHDRAWAL, List.of("kommune", OWN_ORGANISATION));

    private static final List<String> ROLES = List.of("kommune", "lbf", OWN_ORGANISATION, OTHER_ORGANISATION,
            "evaluator", "reader");

    private static final Map<Step, String> PRE_STATUS = Map.of(
            Step.SUBMISSION, "DRAFT",
            Step.PREQUALIFICATION, "SUBMITTED",
            Step.REJECTION, "SUBMITTED",
            Step.APPROVAL, "PREQUALIFIED",
            Step.GRANT, "APPROVED",
            Step.ACTIVATION, "GRANTED",
            Step.COMPLETION, "ACTIVE",
            Step.WITHDRAWAL, "SUBMITTED");

    @Test
    void everyDecisionTimesEveryRole() {
        UUID otherOrganisation = Api.createOrganisation();
        for (Step step : Step.values()) {
            TestPlan plan = Api.planIn(PRE_STATUS.get(step));
            Function<String, String> token = role -> switch (role) {
                case "kommune" -> Tokens.kommune();
                case "lbf" -> Tokens.lbf();
                case OWN_ORGANISATION -> Tokens.boligorganisation(plan.organisationId());
                case OTHER_ORGANISATION -> Tokens.boligorganisation(otherOrganisation);
                case "evaluator" -> Tokens.evaluator();
                case "reader" -> Tokens.reader();
                default -> throw new IllegalArgumentException(role);
            };
            String etag = Api.etag(plan.id());

            given().contentType(ContentType.JSON).header("If-Match", etag).body(step.body)
                    .post("/v1/plans/" + plan.id() + "/" + step.path)
                    .then().statusCode(401).contentType("application/problem+json");

            for (String role : ROLES) {
                if (ALLOWED.get(step).contains(role)) {
                    continue; // tried below on fresh plans: it changes the plan
                }
                int expected = OTHER_ORGANISATION.equals(role) && ALLOWED.get(step).contains(OWN_ORGANISATION)
                        ? 404 : 403;
                as(token.apply(role)).header("If-Match", etag).body(step.body)
                        .post("/v1/plans/" + plan.id() + "/" + step.path)
                        .then().statusCode(expected).contentType("application/problem+json");
            }
            for (String role : ALLOWED.get(step)) {
                TestPlan fresh = Api.planIn(PRE_STATUS.get(step));
                String freshToken = OWN_ORGANISATION.equals(role)
                        ? Tokens.boligorganisation(fresh.organisationId()) : token.apply(role);
                Api.decide(fresh.id(), step.path, step.body, freshToken)
                        .then().statusCode(200).body("status", is(step.resultingStatus));
            }
            as(Tokens.kommune()).get("/v1/plans/" + plan.id()).then()
                    .body("status", is(PRE_STATUS.get(step)))
                    .header("ETag", is(etag))
                    .statusCode(200);
        }
    }
}
