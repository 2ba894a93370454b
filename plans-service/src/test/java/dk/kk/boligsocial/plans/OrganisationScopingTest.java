package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;


import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.plans.Api.TestPlan;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A housing organisation sees and changes only its own data; everything else is 404 and absent from lists. */
@QuarkusTest
class OrganisationScopingTest {

    @Test
    void anotherOrganisationsPlanIsInvisibleAndUntouchable() {
        TestPlan mine = Api.draft();
        TestPlan theirs = Api.draft();
        String me = Tokens.boligorganisation(mine.organisationId());

        as(me).get("/v1/plans/" + mine.id()).then().statusCode(200);
        as(me).get("/v1/plans/" + theirs.id()).then().statusCode(404).contentType("application/problem+json");
        as(me).get("/v1/plans/" + theirs.id() + "/history").then().statusCode(404);
        as(me).header("If-Match", "\"0\"").body(Api.planBody(theirs.organisationId(), theirs.areaId()))
                .put("/v1/plans/" + theirs.id()).then().statusCode(404);
        as(me).header("If-Match", "\"0\"").body(Step.WITHDRAWAL.body)
                .post("/v1/plans/" + theirs.id() + "/withdrawal").then().statusCode(404);

        as(me).queryParam("limit", 200).get("/v1/plans").then().statusCode(200)
                .body("items.id", hasItem(mine.id().toString()))
                .body("items.id", not(hasItem(theirs.id().toString())))
                .body("items.housingOrganisationId", everyItem(is(mine.organisationId().toString())));
        as(me).queryParam("housingOrganisationId", theirs.organisationId()).get("/v1/plans").then()
                .statusCode(200).body("items.size()", is(0));
        as(Tokens.kommune()).get("/v1/plans/" + theirs.id()).then().body("status", is("DRAFT"));
    }

    @Test
    void anotherOrganisationsOrganisationAndAreasAreInvisible() {
        TestPlan mine = Api.draft();
        TestPlan theirs = Api.draft();
        String me = Tokens.boligorganisation(mine.organisationId());

        as(me).get("/v1/housing-organisations/" + mine.organisationId()).then().statusCode(200);
        as(me).get("/v1/housing-organisations/" + theirs.organisationId()).then().statusCode(404);
        as(me).get("/v1/housing-organisations").then().statusCode(200)
                .body("items.id", everyItem(is(mine.organisationId().toString())));
        as(me).get("/v1/housing-areas/" + theirs.areaId()).then().statusCode(404);
        as(me).queryParam("limit", 200).get("/v1/housing-areas").then().statusCode(200)
                .body("items.housingOrganisationId", everyItem(is(mine.organisationId().toString())));
    }

    @Test
    void anOrganisationCannotCreatePlansOrAreasForAnotherOrganisationNorUseItsAreas() {
        TestPlan mine = Api.draft();
        TestPlan theirs = Api.draft();
        String me = Tokens.boligorganisation(mine.organisationId());

        as(me).body(Api.planBody(theirs.organisationId(), theirs.areaId())).post("/v1/plans").then()
                .statusCode(400).body("errors[0].field", is("housingOrganisationId"));
        // another organisation's area and an area that does not exist get the same answer, word for word
        String theirArea = as(me).body(Api.planBody(mine.organisationId(), theirs.areaId())).post("/v1/plans").then()
                .statusCode(400).body("errors[0].field", is("housingAreaIds[0]")).extract().path("errors[0].message");
        String noArea = as(me).body(Api.planBody(mine.organisationId(), UUID.randomUUID())).post("/v1/plans").then()
                .statusCode(400).body("errors[0].field", is("housingAreaIds[0]")).extract().path("errors[0].message");
        assertEquals(noArea, theirArea);
        as(Tokens.kommune()).body(Api.planBody(mine.organisationId(), theirs.areaId())).post("/v1/plans").then()
                .statusCode(400).body("errors[0].message", is(noArea));
        as(me).body(Map.of("name", "Fremmed park", "housingOrganisationId", theirs.organisationId().toString(),
                        "district", "Valby", "dwellings", 10, "residents", 20))
                .post("/v1/housing-areas").then().statusCode(400)
                .body("errors[0].field", is("housingOrganisationId"));
        as(me).body(Api.planBody(mine.organisationId(), mine.areaId())).post("/v1/plans").then().statusCode(201);
    }

    @Test
    void anOrganisationCanSubmitAndWithdrawItsOwnPlan() {
        TestPlan mine = Api.draft();
        String me = Tokens.boligorganisation(mine.organisationId());
        Api.decide(mine.id(), Step.SUBMISSION.path, Step.SUBMISSION.body, me).then().statusCode(200);
        Map<String, Object> withdrawal = new HashMap<>(Step.WITHDRAWAL.body);
        Api.decide(mine.id(), Step.WITHDRAWAL.path, withdrawal, me).then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        as(Tokens.kommune()).get("/v1/plans/" + mine.id() + "/history").then()
                .body("items[2].organisationId", is(mine.organisationId().toString()));
    }
}
