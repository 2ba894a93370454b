package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a 400 problem+json naming the field, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static UUID organisation;
    private static UUID area;

    /** One organisation with an area for all the broken plans (created on first use: the app runs by then). */
    private static void organisationWithArea() {
        if (organisation == null) {
            organisation = Api.createOrganisation();
            area = Api.createArea(organisation);
        }
    }

    static Stream<Arguments> brokenPlans() {
        return Stream.of(
                raw("broken JSON", "{\"title\": \"Helhedsplan\", ", null),
                raw("a JSON array instead of an object", "[1, 2]", null),
                edited("wrong type: number for a date", b -> b.put("periodStart", 12), "periodStart"),
                edited("wrong type: string for a list", b -> b.put("themes", "SUNDHED"), "themes"),
                edited("wrong type: text for a year", b -> budget(b).set(0, line("LBF", "abc", "100.00")), "budget[0].year"),
                edited("not a UUID", b -> b.put("housingOrganisationId", "org-1"), "housingOrganisationId"),
                edited("unknown budget source", b -> budget(b).set(0, line("BANK", 2012, "100.00")), "budget[0].source"),
                edited("unknown property", b -> b.put("priority", "high"), "priority"),
                edited("negative amount", b -> budget(b).set(0, line("LBF", 2012, "-5.00")), "budget[0].amount.amount"),
                edited("zero amount", b -> budget(b).set(0, line("LBF", 2012, "0")), "budget[0].amount.amount"),
                edited("three decimals", b -> budget(b).set(0, line("LBF", 2012, "100.005")), "budget[0].amount.amount"),
                edited("foreign currency", b -> budget(b).set(0, Map.of("source", "LBF", "year", 2012,
                        "amount", Map.of("amount", new java.math.BigDecimal("100.00"), "currency", "EUR"))), "budget[0].amount.currency"),
                edited("year outside the period", b -> budget(b).set(0, line("LBF", 2016, "100.00")), "budget[0].year"),
                edited("same source and year twice", b -> budget(b).set(1, line("LBF", 2012, "100.00")), "budget[1]"),
                edited("no budget", b -> b.put("budget", List.of()), "budget"),
                edited("unknown theme", b -> b.put("themes", List.of("BOERN_UNGE_FAMILIER", "KLIMA")), "themes[1]"),
                edited("activity under a theme the plan lacks", b -> b.put("activities",
                        List.of(Map.of("theme", "SUNDHED", "title", "Motion", "description", "x"))), "activities[0].theme"),
                edited("period over four years", b -> b.put("periodEnd", "2016-01-01"), "periodEnd"),
                edited("end before start", b -> b.put("periodEnd", "2011-12-31"), "periodEnd"),
                edited("unknown round", b -> b.put("roundId", "2099-02"), "roundId"),
                edited("blank title", b -> b.put("title", "  "), "title"),
                edited("no target groups", b -> b.put("targetGroups", List.of()), "targetGroups"),
                edited("unknown housing area", b -> b.put("housingAreaIds", List.of(UUID.randomUUID().toString())),
                        "housingAreaIds[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPlans")
    void aBrokenPlanIsA400NamingTheFieldAndNothingIsStored(String name, Object body, String field) throws Exception {
        organisationWithArea();
        String json = body instanceof String s ? s : JSON.writeValueAsString(withIds((PlanEdit) body));
        long plans = Sql.count("select count(*) from plans.plan");
        long audits = Sql.count("select count(*) from plans.audit_record");
        var response = as(Tokens.kommune()).body(json).post("/v1/plans").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("title", not(containsString("Exception")))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("dk.kk")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(plans, Sql.count("select count(*) from plans.plan"), "no plan stored");
        assertEquals(audits, Sql.count("select count(*) from plans.audit_record"), "no audit record");
    }

    @Test
    void brokenDecisionsAre400AndChangeNothing() {
        Api.TestPlan plan = Api.planIn("APPROVED");
        Api.decide(plan.id(), "grant", Map.of("reference", "LBF 1",
                        "grantedAmount", Map.of("amount", new java.math.BigDecimal("10.123"), "currency", "DKK")), Tokens.lbf())
                .then().statusCode(400).body("errors.field", hasItem("grantedAmount.amount"));
        Api.decide(plan.id(), "grant", Map.of("reference", "LBF 1"), Tokens.lbf())
                .then().statusCode(400).body("errors.field", hasItem("grantedAmount"));
        Api.decide(plan.id(), "grant", null, Tokens.lbf()).then().statusCode(400);
        Api.TestPlan submitted = Api.planIn("SUBMITTED");
        Api.decide(submitted.id(), "prequalification", Map.of("outcome", "MAYBE", "reference", "LBF 1"), Tokens.lbf())
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        Api.TestPlan prequalified = Api.planIn("PREQUALIFIED");
        Api.decide(prequalified.id(), "approval", Map.of("committee", "TMU", "reference", "x"), Tokens.kommune())
                .then().statusCode(400).body("errors.field", hasItem("meetingDate"));
        as(Tokens.kommune()).get("/v1/plans/" + plan.id()).then().body("status", is("APPROVED"));
        as(Tokens.kommune()).get("/v1/plans/" + submitted.id()).then().body("status", is("SUBMITTED"));
        as(Tokens.kommune()).get("/v1/plans/" + prequalified.id()).then().body("status", is("PREQUALIFIED"));
    }

    @Test
    void badHousingInputIs400() {
        organisationWithArea();
        as(Tokens.kommune()).body(Map.of("name", "X", "cvr", "12345678")).post("/v1/housing-organisations")
                .then().statusCode(400).body("errors.field", hasItem("cvr"));
        as(Tokens.kommune()).body(Map.of("name", "X", "cvr", "1234567")).post("/v1/housing-organisations")
                .then().statusCode(400).body("errors.field", hasItem("cvr"));
        as(Tokens.kommune()).body(Map.of("name", "Park", "housingOrganisationId", organisation.toString(),
                        "district", "Valby", "dwellings", -1, "residents", 3)).post("/v1/housing-areas")
                .then().statusCode(400).body("errors.field", hasItem("dwellings"));
    }

    @Test
    void unknownThingsAre404AndOtherHttpMistakesAreProblemsToo() {
        as(Tokens.kommune()).get("/v1/plans/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.kommune()).get("/v1/rounds/1999-01").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.kommune()).get("/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.kommune()).get("/v1/plans/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.kommune())).contentType("text/plain").body("hej")
                .post("/v1/plans").then().statusCode(415).contentType("application/problem+json");
        as(Tokens.kommune()).queryParam("limit", 201).get("/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        as(Tokens.kommune()).queryParam("cursor", "!!nonsense").get("/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as(Tokens.kommune()).queryParam("status", "FLYING").get("/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(Tokens.kommune()).queryParam("housingOrganisationId", "x").get("/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("housingOrganisationId"));
    }

    /** A change to a valid plan body. */
    interface PlanEdit extends Consumer<Map<String, Object>> {
    }

    private static Map<String, Object> withIds(PlanEdit edit) {
        Map<String, Object> body = new HashMap<>(Api.planBody(organisation, area));
        body.put("budget", new ArrayList<>((List<?>) body.get("budget")));
        edit.accept(body);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> budget(Map<String, Object> body) {
        return (List<Object>) body.get("budget");
    }

    private static Map<String, Object> line(String source, Object year, String amount) {
        return Map.of("source", source, "year", year,
                "amount", Map.of("amount", new java.math.BigDecimal(amount), "currency", "DKK"));
    }

    private static Arguments raw(String name, String json, String field) {
        return Arguments.of(name, json, field);
    }

    private static Arguments edited(String name, PlanEdit edit, String field) {
        return Arguments.of(name, edit, field);
    }
}
