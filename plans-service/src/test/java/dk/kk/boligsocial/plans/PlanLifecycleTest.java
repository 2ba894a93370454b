package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanLifecycleTest {

    @Test
    void aPlanGoesFromDraftToCompletedAndEveryDecisionIsInItsHistory() {
        UUID organisation = Api.createOrganisation();
        UUID area = Api.createArea(organisation);

        Response created = as(Tokens.kommune()).body(Api.planBody(organisation, area)).post("/v1/plans");
        created.then().statusCode(201)
                .header("Location", endsWith("/v1/plans/" + created.path("id")))
                .header("ETag", equalTo("\"0\""))
                .body("status", is("DRAFT"))
                .body("totalBudget.amount", is(14000000.00f))
                .body("totalBudget.currency", is("DKK"))
                .body("allowedDecisions", contains("submission", "withdrawal"));
        UUID plan = UUID.fromString(created.path("id"));

        String[] expected = {"SUBMITTED", "PREQUALIFIED", "APPROVED", "GRANTED", "ACTIVE", "COMPLETED"};
        Step[] steps = {Step.SUBMISSION, Step.PREQUALIFICATION, Step.APPROVAL, Step.GRANT, Step.ACTIVATION,
                Step.COMPLETION};
        for (int i = 0; i < steps.length; i++) {
            Api.decide(plan, steps[i].path, steps[i].body, steps[i].token()).then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"" + (i + 1) + "\""))
                    .body("status", is(expected[i]))
                    .body("version", is(i + 1));
        }

        as(Tokens.reader()).get("/v1/plans/" + plan).then().statusCode(200)
                .body("status", is("COMPLETED"))
                .body("grantedAmount.amount", is(10000000.00f))
                .body("allowedDecisions", empty());

        as(Tokens.reader()).get("/v1/plans/" + plan + "/history").then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.decision", contains("creation", "submission", "prequalification", "approval", "grant",
                        "activation", "completion"))
                .body("items.toStatus", contains("DRAFT", "SUBMITTED", "PREQUALIFIED", "APPROVED", "GRANTED",
                        "ACTIVE", "COMPLETED"))
                .body("items[1].recommendation", is("Kommunen anbefaler planen."))
                .body("items[2].reference", is("LBF 2011-0457"))
                .body("items[2].actor", is("test-lbf"))
                .body("items[3].committee", is("Teknik- og Miljøudvalget"))
                .body("items[3].meetingDate", is("2011-10-24"))
                .body("items[4].grantedAmount.amount", is(10000000.00f))
                .body("items[6].decidedAt", notNullValue())
                .body("next", is((Object) null));
    }

    @Test
    void activationAndCompletionNeedNoBody() {
        Api.TestPlan plan = Api.planIn("GRANTED");
        io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(Tokens.kommune()))
                .header("If-Match", Api.etag(plan.id()))
                .post("/v1/plans/" + plan.id() + "/activation")
                .then().statusCode(200).body("status", is("ACTIVE"));
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body("{\"referenceNo\": \"x\"}")
                .post("/v1/plans/" + plan.id() + "/completion")
                .then().statusCode(400).contentType("application/problem+json");
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body("{\"reference\": \"Slutrapport\"}")
                .post("/v1/plans/" + plan.id() + "/completion")
                .then().statusCode(200).body("status", is("COMPLETED"));
        as(Tokens.kommune()).get("/v1/plans/" + plan.id() + "/history").then()
                .body("items[6].reference", is("Slutrapport"));
    }

    @Test
    void aRejectedPlanIsFinalAndTheRejectionKeepsItsReason() {
        Api.TestPlan plan = Api.planIn("REJECTED");
        as(Tokens.kommune()).get("/v1/plans/" + plan.id() + "/history").then().statusCode(200)
                .body("items[2].decision", is("prequalification"))
                .body("items[2].toStatus", is("REJECTED"))
                .body("items[2].reason", is("Opfylder ikke kriterierne."));
        as(Tokens.kommune()).get("/v1/plans/" + plan.id()).then().body("allowedDecisions", empty());
    }

    @Test
    void aRejectionWithoutReasonIsRefused() {
        Api.TestPlan plan = Api.planIn("SUBMITTED");
        Api.decide(plan.id(), "prequalification", java.util.Map.of("outcome", "REJECTED", "reference", "LBF 1"),
                        Tokens.lbf())
                .then().statusCode(400)
                .body("errors[0].field", is("reason"));
        as(Tokens.kommune()).get("/v1/plans/" + plan.id()).then().body("status", is("SUBMITTED"));
    }

    @Test
    void aDraftAndAPrequalifiedPlanCanBeRevisedButASubmittedOneCannot() {
        Api.TestPlan plan = Api.draft();
        java.util.Map<String, Object> body = new java.util.HashMap<>(Api.planBody(plan.organisationId(), plan.areaId()));
        body.put("title", "Revideret helhedsplan");
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body(body).put("/v1/plans/" + plan.id())
                .then().statusCode(200).body("title", is("Revideret helhedsplan")).header("ETag", equalTo("\"1\""));

        Api.take(plan.id(), Step.SUBMISSION);
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body(body).put("/v1/plans/" + plan.id())
                .then().statusCode(409).body("currentStatus", is("SUBMITTED"));

        Api.take(plan.id(), Step.PREQUALIFICATION);
        body.put("title", "Helhedsplan udarbejdet i dialog");
        as(Tokens.kommune()).header("If-Match", Api.etag(plan.id())).body(body).put("/v1/plans/" + plan.id())
                .then().statusCode(200).body("title", is("Helhedsplan udarbejdet i dialog"))
                .body("status", is("PREQUALIFIED"));
    }

    @Test
    void anUpdateWithoutIfMatchIs428AndWithAStaleOneIs412() {
        Api.TestPlan plan = Api.draft();
        as(Tokens.kommune()).body(Step.SUBMISSION.body).post("/v1/plans/" + plan.id() + "/submission")
                .then().statusCode(428).contentType("application/problem+json");
        as(Tokens.kommune()).header("If-Match", "\"7\"").body(Step.SUBMISSION.body)
                .post("/v1/plans/" + plan.id() + "/submission")
                .then().statusCode(412).contentType("application/problem+json");
        as(Tokens.kommune()).body(Api.planBody(plan.organisationId(), plan.areaId())).put("/v1/plans/" + plan.id())
                .then().statusCode(428);
        as(Tokens.kommune()).get("/v1/plans/" + plan.id()).then().body("status", is("DRAFT")).body("version", is(0));
    }
}
