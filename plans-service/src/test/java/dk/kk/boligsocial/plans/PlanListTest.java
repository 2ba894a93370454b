package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan list's filters narrow it as a caseworker expects, and combine. */
@QuarkusTest
class PlanListTest {

    @Test
    void statusThemeRoundAndOrganisationFiltersNarrowTheList() {
        Api.TestPlan draft = Api.draft();
        Api.TestPlan submitted = Api.planIn("SUBMITTED");
        Map<String, Object> health = new HashMap<>(Api.planBody(draft.organisationId(), draft.areaId()));
        health.put("themes", List.of("SUNDHED"));
        health.put("activities", List.of(Map.of("theme", "SUNDHED", "title", "Motion for alle", "description", "")));
        String healthPlan = as(Tokens.kommune()).body(health).post("/v1/plans").then().statusCode(201)
                .extract().path("id");

        as(Tokens.reader()).queryParam("status", "SUBMITTED").queryParam("limit", 200).get("/v1/plans").then()
                .statusCode(200)
                .body("items.status", everyItem(is("SUBMITTED")))
                .body("items.id", hasItem(submitted.id().toString()))
                .body("items.id", not(hasItem(draft.id().toString())));
        as(Tokens.reader()).queryParam("theme", "SUNDHED").queryParam("housingOrganisationId", draft.organisationId())
                .get("/v1/plans").then().statusCode(200)
                .body("items.id", contains(healthPlan));
        as(Tokens.reader()).queryParam("housingOrganisationId", draft.organisationId())
                .queryParam("roundId", "2011-14").get("/v1/plans").then().statusCode(200)
                .body("items.id", containsInAnyOrder(draft.id().toString(), healthPlan));
        as(Tokens.reader()).queryParam("housingOrganisationId", draft.organisationId())
                .queryParam("roundId", "2015-18").get("/v1/plans").then().statusCode(200)
                .body("items.size()", is(0));
        as(Tokens.reader()).queryParam("housingOrganisationId", draft.organisationId()).queryParam("status", "DRAFT")
                .queryParam("theme", "BOERN_UNGE_FAMILIER").get("/v1/plans").then().statusCode(200)
                .body("items.id", contains(draft.id().toString()));
    }
}
