package dk.kk.boligsocial.system;

import static dk.kk.boligsocial.system.FullStoryIT.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 across the packaged services: plans-service hears funding-service's answer and gates approval on it, and a
 * revision in the dialogue moves the pool's reservation.
 */
class CoFinancingAndRevisionIT {

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void aPlanWhoseCoFinancingFundingRefusedIsApprovedOnlyWithARecordedOverride() {
        // 2012 has 10 mio. kr. of the pool; one krone more never fits
        UUID planId = api.createPlan("Helhedsplan som puljen ikke kan bære", new BigDecimal("10000001.00"));
        api.submit(planId);
        api.prequalify(planId);
        JsonPath plan = awaitCoFinancing(planId, "REFUSED");
        List<String> codes = plan.getList("coFinancing.reasons.code");
        assertEquals(true, codes.contains("YEAR_EXHAUSTED") || codes.contains("POOL_EXHAUSTED"), codes.toString());

        Map<String, Object> approval = new LinkedHashMap<>(Map.of("committee", "Teknik- og Miljøudvalget",
                "meetingDate", "2011-10-24", "reference", "2011-22288", "decidedOn", "2011-10-24"));
        String etag = api.plans(api.kommune()).get("/v1/plans/" + planId).then().extract().header("ETag");
        api.plans(api.kommune()).header("If-Match", etag).body(approval).post("/v1/plans/" + planId + "/approval")
                .then().statusCode(409).contentType("application/problem+json");

        approval.put("coFinancingOverride", Map.of("reason", "Udvalget godkender; finansieringen afklares."));
        api.decide(planId, "approval", approval, api.kommune());
        JsonPath history = api.plans(api.reader()).get("/v1/plans/" + planId + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Udvalget godkender; finansieringen afklares.",
                history.getString("items.find { it.decision == 'approval' }.coFinancingOverride.reason"));
        assertEquals("2011-10-24", history.getString("items.find { it.decision == 'approval' }.decidedOn"));
    }

    @Test
    void aRevisionDuringTheDialogueMovesTheReservation() {
        UUID planId = api.createPlan("Helhedsplan der revideres i dialogen", new BigDecimal("100000.00"));
        api.submit(planId);
        api.prequalify(planId);
        api.awaitFunding(planId, FundingState.RESERVED);
        awaitCoFinancing(planId, "RESERVED");

        Response current = api.plans(api.kommune()).get("/v1/plans/" + planId);
        Map<String, Object> body = revisedBody(current.jsonPath(), new BigDecimal("150000.00"));
        api.plans(api.kommune()).header("If-Match", current.header("ETag")).body(body).put("/v1/plans/" + planId)
                .then().statusCode(200).body("contentVersion", org.hamcrest.Matchers.is(2));

        PlanFundingResponse funding = Api.await("the reservation of " + planId + " to follow the revision", () -> {
            PlanFundingResponse answer = api.planFunding(planId).orElseThrow();
            return answer.getTotals().getReserved().getAmount().compareTo(new BigDecimal("150000.00")) == 0
                    ? answer : null;
        });
        assertAmount(new BigDecimal("150000.00"), funding.getTotals().getReserved().getAmount());
        awaitCoFinancing(planId, "RESERVED");
        api.plans(api.reader()).queryParam("from", 1).get("/v1/plans/" + planId + "/versions/2/changes").then()
                .statusCode(200)
                .body("changes.field", org.hamcrest.Matchers.hasItem("budget.MUNICIPALITY.2012"));
        api.approve(planId);
    }

    private JsonPath awaitCoFinancing(UUID planId, String state) {
        return Api.await("co-financing of " + planId + " to be " + state, () -> {
            JsonPath plan = api.plans(api.reader()).get("/v1/plans/" + planId).then().statusCode(200).extract()
                    .jsonPath();
            return state.equals(plan.getString("coFinancing.state")) ? plan : null;
        });
    }

    /** The plan as PUT takes it, with the municipality's and the housing organisation's 2012 lines set to {@code each}. */
    private static Map<String, Object> revisedBody(JsonPath plan, BigDecimal each) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("title", "roundId", "housingOrganisationId", "housingAreaIds", "themes",
                "targetGroups", "periodStart", "periodEnd", "activities")) {
            body.put(field, plan.get(field));
        }
        List<Map<String, Object>> budget = new ArrayList<>();
        for (Map<String, Object> line : plan.<Map<String, Object>>getList("budget")) {
            String source = (String) line.get("source");
            Object amount = source.equals("MUNICIPALITY") || source.equals("HOUSING_ORGANISATION")
                    ? Map.of("amount", each, "currency", "DKK") : line.get("amount");
            budget.add(Map.of("source", source, "year", line.get("year"), "amount", amount));
        }
        body.put("budget", budget);
        return body;
    }
}
