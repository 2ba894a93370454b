package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoundsAndHousingTest {

    /** The management interface (relative to its root path, /q): health and metrics, never on the API's port. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theRoundOfTheCommitteePaperHasItsFiveThemes() {
        as(Tokens.reader()).get("/v1/rounds/2011-14").then().statusCode(200)
                .body("maxPlanYears", is(4))
                .body("currency", is("DKK"))
                .body("themes.code", contains("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO",
                        "BESKAEFTIGELSE_OG_UDDANNELSE", "SUNDHED", "INTEGRATION"))
                .body("themes.nameDa", contains("Børn, unge og familier", "Det sociale liv og evnen til at bo",
                        "Beskæftigelse og uddannelse", "Sundhed", "Integration"))
                .body("themes[0].nameEn", is("Children, young people and families"))
                .body("themes[1].description", notNullValue());
        as(Tokens.evaluator()).get("/v1/rounds").then().statusCode(200)
                .body("items.id", hasItem("2011-14"));
    }

    @Test
    void organisationsNeedAValidUniqueCvrAndOnlyTheMunicipalityRegistersThem() {
        String cvr = Api.newCvr();
        as(Tokens.lbf()).body(Map.of("name", "LBF's forsøg", "cvr", cvr)).post("/v1/housing-organisations")
                .then().statusCode(403);
        String location = as(Tokens.kommune()).body(Map.of("name", "Boligselskabet Test", "cvr", cvr))
                .post("/v1/housing-organisations")
                .then().statusCode(201).header("ETag", is("\"0\"")).extract().header("Location");
        as(Tokens.kommune()).body(Map.of("name", "Dublet", "cvr", cvr)).post("/v1/housing-organisations")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.reader())).get(location).then().statusCode(200)
                .body("cvr", is(cvr));
    }

    @Test
    void listsArePagedWithAnOpaqueCursorWithoutGapsOrRepeats() {
        UUID organisation = Api.createOrganisation();
        for (int i = 0; i < 5; i++) {
            Api.createArea(organisation);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(Tokens.kommune()).queryParam("housingOrganisationId", organisation).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/housing-areas").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            ids.forEach(id -> assertEquals(true, seen.add(id), "no repeats"));
            cursor = page.path("next");
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void everyMutationLeavesAnAuditRecordWithActorAndCorrelationId() {
        Api.TestPlan plan = Api.draft();
        Api.take(plan.id(), Api.Step.SUBMISSION);
        assertEquals(1, Sql.count("select count(*) from plans.audit_record where resource_id = ? and action = ?"
                + " and actor = 'test-kommune' and resource_version = 0 and correlation_id is not null",
                plan.id().toString(), "plan.created"));
        assertEquals(1, Sql.count("select count(*) from plans.audit_record where resource_id = ? and action = ?"
                + " and resource_version = 1", plan.id().toString(), "plan.submission"));
        assertEquals(1, Sql.count("select count(*) from plans.audit_record where resource_id = ?",
                plan.organisationId().toString()));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyAndEverythingElseNeedsAToken() {
        given().get(readiness).then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get(liveness).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
        for (String management : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().get(management).then().statusCode(404);
        }
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/v1/rounds").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-jwt").get("/v1/rounds").then().statusCode(401);
    }
}
