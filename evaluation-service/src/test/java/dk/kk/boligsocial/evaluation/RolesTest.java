package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
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

    /** An operation answering {@code success} to the allowed roles; planScoped ones get a fresh plan per call. */
    private record Operation(String name, List<String> allowed, int success, boolean planScoped,
            BiFunction<Api.TestPlan, String, Response> call) {
    }

    @Test
    void everyOperationTimesEveryRole() {
        List<Operation> operations = List.of(
                onPlan("GET framework", readers(), 200, (p, t) -> as(t).get("/v1/plans/" + p.id() + "/framework")),
                onPlan("GET IATI activity", readers(), 200, (p, t) -> as(t).accept("application/xml")
                        .get("/v1/plans/" + p.id() + "/iati")),
                onPlan("GET plan indicator", readers(), 200, (p, t) -> as(t).get(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS))),
                onPlan("PUT baseline", List.of("kommune", "evaluator"), 200, (p, t) -> as(t)
                        .header("If-Match", Api.etag(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS)))
                        .body(Map.of("value", new BigDecimal("40"), "date", "2011-12-31"))
                        .put(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/baseline")),
                onPlan("PUT target", List.of("kommune", "evaluator"), 200, (p, t) -> as(t)
                        .header("If-Match", Api.etag(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS)))
                        .body(Map.of("value", new BigDecimal("60")))
                        .put(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/targets/2013")),
                onPlan("POST plan indicator", List.of("kommune", "evaluator"), 201, (p, t) -> as(t)
                        .body(Map.of("own", Map.of("code", "ROLE_OWN_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                                "roundId", "2011-14", "theme", "BOERN_UNGE_FAMILIER", "nameDa", "Egen", "nameEn", "Own",
                                "unit", "COUNT", "direction", "HIGHER_IS_BETTER", "description", "Planens egen.")))
                        .post("/v1/plans/" + p.id() + "/indicators")),
                onPlan("POST indicator removal", List.of("kommune", "evaluator"), 200, (p, t) -> as(t)
                        .header("If-Match", Api.etag(Api.indicatorPath(p.id(), Api.PARENTS_IN_ACTIVITIES)))
                        .body(Map.of("reason", "Måles ikke")).post(Api.indicatorPath(p.id(), Api.PARENTS_IN_ACTIVITIES) + "/removal")),
                onPlan("PUT due date", List.of("kommune"), 200, (p, t) -> as(t).body(Map.of("dueOn", "2013-04-15"))
                        .put("/v1/plans/" + p.id() + "/periods/2012/due-date")),
                onPlan("POST lock", List.of("kommune"), 200, (p, t) -> as(t).post("/v1/plans/" + p.id() + "/periods/2012/lock")),
                onPlan("POST unlock", List.of("kommune"), 200, (p, t) -> {
                    as(Tokens.kommune()).post("/v1/plans/" + p.id() + "/periods/2012/lock").then().statusCode(200);
                    return as(t).post("/v1/plans/" + p.id() + "/periods/2012/unlock");
                }),
                onPlan("POST measurement", List.of("kommune", "evaluator", OWN), 201,
                        (p, t) -> Api.report(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41", t)),
                onPlan("PUT measurement", List.of("kommune", "evaluator", OWN), 200, (p, t) -> {
                    String path = Api.measurementPath(p.id(), Api.YOUTH_IN_CLUBS,
                            Api.drafted(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41", Tokens.evaluator()));
                    return as(t).header("If-Match", Api.etag(path)).body(Map.of("value", new BigDecimal("42"))).put(path);
                }),
                onPlan("POST measurement submission", List.of("kommune", "evaluator", OWN), 200, (p, t) -> {
                    String path = Api.measurementPath(p.id(), Api.YOUTH_IN_CLUBS,
                            Api.drafted(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41", Tokens.evaluator()));
                    return as(t).header("If-Match", Api.etag(path)).post(path + "/submission");
                }),
                onPlan("POST comment", List.of("kommune", "evaluator", OWN), 201, (p, t) -> as(t)
                        .body(Map.of("text", "Et spørgsmål")).post(Api.measurementPath(p.id(), Api.YOUTH_IN_CLUBS,
                                Api.reported(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41")) + "/comments")),
                onPlan("GET comments", readers(), 200, (p, t) -> as(t).get(Api.measurementPath(p.id(), Api.YOUTH_IN_CLUBS,
                        Api.reported(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41")) + "/comments")),
                onPlan("PUT reporter", List.of("kommune"), 200, (p, t) -> as(t)
                        .header("If-Match", Api.etag(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS)))
                        .body(Map.of("reporter", "evaluator-cbu"))
                        .put(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/reporter")),
                onPlan("GET measurements", readers(), 200, (p, t) -> as(t).get(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/measurements")),
                onPlan("GET measurement", readers(), 200, (p, t) -> as(t).get(Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS)
                        + "/measurements/" + Api.reported(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41"))),
                onPlan("POST review", List.of("kommune"), 200, (p, t) -> {
                    String id = Api.reported(p.id(), Api.YOUTH_IN_CLUBS, 2012, "41");
                    String path = Api.indicatorPath(p.id(), Api.YOUTH_IN_CLUBS) + "/measurements/" + id;
                    return as(t).header("If-Match", Api.etag(path)).body(Map.of("outcome", "APPROVED")).post(path + "/review");
                }),
                onPlan("POST evaluation", List.of("kommune", "evaluator"), 201, (p, t) -> as(t)
                        .body(Map.of("kind", "BASELINE", "assessments", Api.assessments(Api.THEMES, 3)))
                        .post("/v1/plans/" + p.id() + "/evaluations")),
                onPlan("GET evaluations", readers(), 200, (p, t) -> as(t).get("/v1/plans/" + p.id() + "/evaluations")),
                onPlan("GET evaluation", readers(), 200, (p, t) -> as(t).get(finalEvaluation(p))),
                onPlan("POST submission", List.of("kommune", "evaluator"), 200, (p, t) -> {
                    String path = finalEvaluation(p);
                    return as(t).header("If-Match", Api.etag(path)).body(Map.of("assessments", Api.assessments(Api.THEMES, 4)))
                            .post(path + "/submission");
                }),
                shared("GET indicators", ROLES, 200, t -> as(t).get("/v1/indicators")),
                shared("GET indicator", ROLES, 200, t -> as(t).get("/v1/indicators/" + Api.VANDALISM_COSTS)),
                shared("POST indicator", List.of("kommune"), 201, t -> as(t).body(Map.of("code",
                        "ROLE_MATRIX_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                        // under INTEGRATION, which no other test counts indicators of
                        "roundId", "2011-14", "theme", "INTEGRATION", "nameDa", "Deltagere i lektiecafé",
                        "nameEn", "Homework café participants", "unit", "COUNT", "direction", "HIGHER_IS_BETTER",
                        "description", "Antal deltagere.")).post("/v1/indicators")),
                shared("GET theme report", ROLES, 200, t -> as(t).queryParam("roundId", "2011-14").get("/v1/reports/themes")),
                shared("GET audit", List.of("kommune"), 200, t -> as(t).get("/v1/audit")),
                // every role has queues; a housing organisation's hold its own plans only (ReportingScheduleTest)
                shared("GET work", ROLES, 200, t -> as(t).queryParam("limit", 1).get("/v1/work")),
                // a housing organisation's portfolio holds its own plans only (PortfolioTest)
                shared("GET portfolio", ROLES, 200, t -> as(t).get("/v1/portfolio/rounds/2011-14")),
                shared("POST portfolio rebuild", List.of("kommune"), 200, t -> as(t).post("/v1/portfolio/rebuild")));
        assertEquals(31, operations.size(), "every operation of the service (OpenApiContractTest.OPERATIONS)");
        assertEquals(List.of(), wrongAnswers(operations));
    }

    private List<String> wrongAnswers(List<Operation> operations) {
        UUID otherOrganisation = UUID.randomUUID();
        Api.TestPlan sharedPlan = Api.grantedPlan();
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            for (String role : ROLES) {
                Api.TestPlan plan = operation.planScoped() ? Api.grantedPlan() : sharedPlan;
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
                    expected = operation.success();
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
        return wrong;
    }

    private static Operation onPlan(String name, List<String> allowed, int success,
            BiFunction<Api.TestPlan, String, Response> call) {
        return new Operation(name, allowed, success, true, call);
    }

    private static Operation shared(String name, List<String> allowed, int success, Function<String, Response> call) {
        return new Operation(name, allowed, success, false, (plan, token) -> call.apply(token));
    }

    /** Completes the plan and answers the path of its FINAL evaluation, once plan.completed.v1 has opened it. */
    private static String finalEvaluation(Api.TestPlan plan) {
        String evaluations = "/v1/plans/" + plan.id() + "/evaluations";
        Api.publishCompleted(plan);
        Await.until(Duration.ofSeconds(30), () -> as(Tokens.reader()).queryParam("kind", "FINAL").get(evaluations)
                .then().extract().jsonPath().getList("items").size() == 1);
        return evaluations + "/" + as(Tokens.reader()).queryParam("kind", "FINAL").get(evaluations).then()
                .extract().path("items[0].id");
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
        // the IATI file answers XML only (asking it for JSON is 406), and another's as the framework: 404
        as(me).accept("application/xml").get("/v1/plans/" + theirs.id() + "/iati").then().statusCode(404)
                .contentType("application/problem+json");
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
