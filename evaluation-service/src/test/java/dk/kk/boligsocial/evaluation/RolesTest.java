package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every operation x every role: who may change what (kommune, evaluator, the plan's own boligorganisation), lbf
 * and reader read only, no token 401, and another housing organisation's plan is 404 everywhere.
 */
@QuarkusTest
class RolesTest {

    private static final String OWN = "boligorganisation (own)";
    private static final String OTHER = "boligorganisation (other)";
    private static final List<String> ROLES = List.of("kommune", "evaluator", OWN, OTHER, "lbf", "reader");

    /** An operation on a fresh plan; answers the response. */
    private record Operation(String name, List<String> allowed, BiFunction<Api.TestPlan, String, Response> call) {
    }

    @Test
    void everyOperationTimesEveryRole() {
        List<Operation> operations = List.of(
                new Operation("GET framework", readers(), (p, t) -> as(t).get("/v1/plans/" + p.id() + "/framework")),
                new Operation("GET plan indicator", readers(), (p, t) -> as(t).get(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS))),
                new Operation("GET measurements", readers(), (p, t) -> as(t).get(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/measurements")),
                new Operation("GET evaluations", readers(), (p, t) -> as(t).get("/v1/plans/" + p.id() + "/evaluations")),
                new Operation("PUT baseline", List.of("kommune", "evaluator"), (p, t) -> as(t)
                        .header("If-Match", Api.etag(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS)))
                        .body(Map.of("value", new BigDecimal("40"), "date", "2011-12-31"))
                        .put(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/baseline")),
                new Operation("PUT target", List.of("kommune", "evaluator"), (p, t) -> as(t)
                        .header("If-Match", Api.etag(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS)))
                        .body(Map.of("value", new BigDecimal("60")))
                        .put(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/targets/2013")),
                new Operation("POST measurement", List.of("evaluator", OWN),
                        (p, t) -> Api.report(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41", t)),
                new Operation("POST review", List.of("kommune"), (p, t) -> {
                    String id = Api.reported(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41");
                    String path = Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/measurements/" + id;
                    return as(t).header("If-Match", Api.etag(path)).body(Map.of("outcome", "APPROVED")).post(path + "/review");
                }),
                new Operation("POST lock", List.of("kommune"), (p, t) -> as(t).post("/v1/plans/" + p.id() + "/periods/2012/lock")),
                new Operation("POST evaluation", List.of("kommune", "evaluator"), (p, t) -> as(t)
                        .body(Map.of("kind", "BASELINE", "assessments", Api.assessments(Api.THEMES, 3)))
                        .post("/v1/plans/" + p.id() + "/evaluations")));

        UUID otherOrganisation = UUID.randomUUID();
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            for (String role : ROLES) {
                Api.TestPlan plan = Api.grantedPlan();
                String token = switch (role) {
                    case "kommune" -> Tokens.kommune();
                    case "evaluator" -> Tokens.evaluator();
                    case OWN -> Tokens.boligorganisation(plan.organisationId());
                    case OTHER -> Tokens.boligorganisation(otherOrganisation);
                    case "lbf" -> Tokens.lbf();
                    case "reader" -> Tokens.reader();
                    default -> throw new IllegalArgumentException(role);
                };
                int expected;
                if (operation.allowed().contains(role)) {
                    expected = operation.name().startsWith("GET") ? 200 : operation.name().startsWith("PUT")
                            || operation.name().equals("POST review") || operation.name().equals("POST lock") ? 200 : 201;
                } else if (OTHER.equals(role) && operation.allowed().contains(OWN)) {
                    expected = 404;
                } else {
                    expected = 403;
                }
                int status = operation.call().apply(plan, token).statusCode();
                if (status != expected) {
                    wrong.add(operation.name() + " as " + role + ": " + status + " instead of " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void withoutATokenEverythingIs401() {
        Api.TestPlan plan = Api.grantedPlan();
        given().get("/v1/plans/" + plan.id() + "/framework").then().statusCode(401).contentType("application/problem+json");
        given().get("/v1/indicators").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("year", 2012, "value", 1))
                .post(Api.indicatorPath(plan.id(), Api.YOUTH_IN_CLUBS) + "/measurements").then().statusCode(401);
        given().get("/v1/reports/themes?roundId=2011-14").then().statusCode(401);
    }

    @Test
    void anotherOrganisationsPlanIs404EverywhereAndAbsentFromItsReport() {
        Api.TestPlan mine = Api.grantedPlan();
        Api.TestPlan theirs = Api.grantedPlan();
        String me = Tokens.boligorganisation(mine.organisationId());
        String measurement = Api.reported(theirs.id(), Api.YOUTH_IN_CLUBS, 2012, "41");
        as(Tokens.kommune()).body(Map.of("kind", "BASELINE", "assessments", Api.assessments(Api.THEMES, 3)))
                .post("/v1/plans/" + theirs.id() + "/evaluations").then().statusCode(201);
        String evaluation = as(Tokens.reader()).get("/v1/plans/" + theirs.id() + "/evaluations").then()
                .extract().path("items[0].id");
        String theirIndicator = Api.indicatorPath(theirs.id(), Api.YOUTH_IN_CLUBS);

        for (String path : List.of("/v1/plans/" + theirs.id() + "/framework", theirIndicator,
                theirIndicator + "/measurements", theirIndicator + "/measurements/" + measurement,
                "/v1/plans/" + theirs.id() + "/evaluations", "/v1/plans/" + theirs.id() + "/evaluations/" + evaluation)) {
            as(me).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        Api.report(theirs.id(), Api.YOUTH_IN_CLUBS, 2012, "41", me).then().statusCode(404);
        as(me).get("/v1/plans/" + mine.id() + "/framework").then().statusCode(200);
        Api.report(mine.id(), Api.YOUTH_IN_CLUBS, 2012, "41", me).then().statusCode(201);
        as(me).queryParam("roundId", "2011-14").get("/v1/reports/themes").then().statusCode(200)
                .body("themes[0].plans", org.hamcrest.Matchers.is(1));
    }

    private static List<String> readers() {
        return ROLES.stream().filter(role -> !OTHER.equals(role)).toList();
    }
}
