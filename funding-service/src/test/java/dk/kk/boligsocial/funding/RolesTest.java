package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may do what; a housing organisation sees only its own plans' funding, others' answer 404. */
@QuarkusTest
class RolesTest {

    private static final String POOL_2011_14 = "2011a14b-0000-4000-8000-000000000001";

    @Test
    void theRoleMatrix() {
        String round = Fixtures.newRound("10000000.00");
        Fixtures.CommittedPlan plan = Fixtures.committedPlan(round);
        UUID own = plan.organisationId();
        Map<String, String> tokens = Map.of(
                "kommune", Tokens.kommune(), "lbf", Tokens.lbf(), "evaluator", Tokens.evaluator(),
                "reader", Tokens.reader(), "revisor", Tokens.revisor(), "boligorganisation", Tokens.boligorganisation(own),
                "unknown-role", Tokens.token("x", java.util.Set.of("citizen"), null));
        // role -> expected status for: list pools, get pool, create pool, plan funding, disburse, report, audit trail
        Map<String, List<Integer>> expected = Map.of(
                "kommune", List.of(200, 200, 201, 200, 201, 200, 200),
                "lbf", List.of(200, 200, 403, 200, 403, 200, 403),
                "evaluator", List.of(200, 200, 403, 200, 403, 200, 403),
                "reader", List.of(200, 200, 403, 200, 403, 200, 403),
                "revisor", List.of(200, 200, 403, 200, 403, 200, 200),
                "boligorganisation", List.of(403, 403, 403, 200, 403, 403, 403),
                "unknown-role", List.of(403, 403, 403, 403, 403, 403, 403));
        List<String> wrong = new ArrayList<>();
        expected.forEach((role, codes) -> {
            String token = tokens.get(role);
            List<Response> answers = List.of(
                    as(token).get("/v1/pools"),
                    as(token).get("/v1/pools/" + POOL_2011_14),
                    as(token).body(Map.of("roundId", "r-" + UUID.randomUUID().toString().substring(0, 8), "name", "P",
                            "capacity", Fixtures.money("1000.00"))).post("/v1/pools"),
                    as(token).get("/v1/plans/" + plan.id() + "/funding"),
                    as(token).body(Map.of("source", "LBF", "year", 2012, "amount", Fixtures.money("1.00"),
                            "reference", "r")).post("/v1/plans/" + plan.id() + "/disbursements"),
                    as(token).get("/v1/reports/rounds/" + round),
                    as(token).get("/v1/audit"));
            for (int i = 0; i < codes.size(); i++) {
                if (answers.get(i).statusCode() != codes.get(i)) {
                    wrong.add(role + " #" + i + ": " + answers.get(i).statusCode() + " instead of " + codes.get(i));
                }
            }
        });
        assertEquals(List.of(), wrong);
        given().get("/v1/pools").then().statusCode(401).contentType("application/problem+json");
        as(Tokens.lbf()).body(Map.of("roundId", "r-x", "name", "P", "capacity", Fixtures.money("1.00")))
                .post("/v1/pools").then().statusCode(403).contentType("application/problem+json").body("status", is(403));
    }

    @Test
    void anotherOrganisationsPlanIsNotFoundForAHousingOrganisation() {
        Fixtures.CommittedPlan plan = Fixtures.committedPlan(Fixtures.newRound("10000000.00"));
        String disbursement = as(Tokens.kommune())
                .body(Map.of("source", "LBF", "year", 2012, "amount", Fixtures.money("1.00"), "reference", "r"))
                .post("/v1/plans/" + plan.id() + "/disbursements").then().statusCode(201).extract().header("Location");
        String stranger = Tokens.boligorganisation(UUID.randomUUID());

        as(stranger).get("/v1/plans/" + plan.id() + "/funding").then().statusCode(404)
                .contentType("application/problem+json");
        as(stranger).get(disbursement).then().statusCode(404);
        String unknownTitle = as(stranger).get("/v1/plans/" + UUID.randomUUID() + "/funding").then().extract().path("title");
        String foreignTitle = as(stranger).get("/v1/plans/" + plan.id() + "/funding").then().extract().path("title");
        assertEquals(unknownTitle, foreignTitle, "another organisation's plan looks exactly like no plan");
        as(Tokens.boligorganisation(plan.organisationId())).get(disbursement).then().statusCode(200)
                .body("planId", is(plan.id().toString()));
    }
}
