package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kroner per outcome: the money funding-service announces on boligsocial.funding beside the results kept here. The
 * plans belong to a housing organisation of the test's own, whose token scopes the report to them (so other tests'
 * plans of round 2011-14 do not count).
 */
@QuarkusTest
class PortfolioTest {

    private static final KafkaTopic FUNDING = KafkaTopic.named("boligsocial.funding");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "/funding-service";

    @Test
    void moneyAndResultsSideBySideByPlanThemeAndRoundAndRebuiltFromTheTopic() throws Exception {
        UUID organisation = UUID.randomUUID();
        // plan A: two themes, money announced; plan B: one theme, its grant not announced by funding (yet)
        Api.TestPlan a = Api.grantedPlan(organisation, Api.THEMES);
        Api.TestPlan b = Api.grantedPlan(organisation, List.of("BOERN_UNGE_FAMILIER"));
        approved(a.id(), Api.YOUTH_LEISURE_JOBS, "10.00", "30.00");      // COUNT, higher is better: +20
        approved(a.id(), Api.YOUTH_IN_CLUBS, "40.00", "50.00");          // PERCENT: +10 points
        approved(a.id(), Api.VANDALISM_COSTS, "500000.00", "450000.00"); // DKK, lower is better: +50,000 kr.
        approved(b.id(), Api.YOUTH_LEISURE_JOBS, "10.00", "15.00");

        // committed 10 mio. (LBF 2 × 3, municipality and housing organisation 2 × 1), amended down 0.5 mio., paid
        // 4 mio. (and 0.5 mio. paid by mistake and corrected)
        publish(EventType.FUNDING_COMMITTED, a, Map.of("causationEventId", UUID.randomUUID().toString(),
                "basis", "RESERVATION", "commitments", List.of(line("LBF", 2012, "3000000.00"),
                        line("LBF", 2013, "3000000.00"), line("MUNICIPALITY", 2012, "1000000.00"),
                        line("MUNICIPALITY", 2013, "1000000.00"), line("HOUSING_ORGANISATION", 2012, "1000000.00"),
                        line("HOUSING_ORGANISATION", 2013, "1000000.00")),
                "municipalCommitted", money("2000000.00"), "reservationReleased", money("2000000.00"),
                "committedAt", "2011-12-15T10:00:00Z"));
        publish(EventType.FUNDING_GRANT_AMENDED, a, Map.of("amendmentId", UUID.randomUUID().toString(),
                "reference", "TMU 2013-06-03", "previous", List.of(line("MUNICIPALITY", 2012, "1000000.00"),
                        line("MUNICIPALITY", 2013, "1000000.00")),
                "amended", List.of(line("MUNICIPALITY", 2012, "1000000.00"), line("MUNICIPALITY", 2013, "500000.00")),
                "totalAmended", money("1500000.00"), "ruleChecks", List.of(), "amendedBy", "test-kommune",
                "decidedOn", "2013-06-03", "amendedAt", "2013-06-03T10:00:00Z"));
        String payment = publish(EventType.FUNDING_DISBURSED, a, disbursed("MUNICIPALITY", "1000000.00"));
        publish(EventType.FUNDING_DISBURSED, a, disbursed("LBF", "3000000.00"));
        UUID wrong = UUID.randomUUID();
        Map<String, Object> wrongPayment = new java.util.HashMap<>(disbursed("LBF", "500000.00"));
        wrongPayment.put("disbursementId", wrong.toString());
        publish(EventType.FUNDING_DISBURSED, a, wrongPayment);
        publish(EventType.FUNDING_DISBURSEMENT_CORRECTED, a, Map.ofEntries(Map.entry("disbursementId", wrong.toString()),
                Map.entry("reversalEntryId", UUID.randomUUID().toString()), Map.entry("source", "LBF"),
                Map.entry("year", 2012), Map.entry("amount", money("500000.00")), Map.entry("reason", "Forkert beløb"),
                Map.entry("remainingCommitment", money("0.00")), Map.entry("correctedBy", "test-kommune"),
                Map.entry("correctedAt", "2012-04-01T10:00:00Z")));
        // a redelivery of a payment counts once
        FUNDING.publish(a.id().toString(), payment, EventType.FUNDING_DISBURSED.type(), SOURCE,
                JSON.writeValueAsString(payload(a, disbursed("MUNICIPALITY", "1000000.00"))));

        Await.until(Duration.ofSeconds(30), () -> new BigDecimal("4000000.00").compareTo(new BigDecimal(
                portfolio(organisation).extract().path("plans.find { it.planId == '" + a.id() + "' }.paid.amount")
                        .toString())) == 0);
        ValidatableResponse report = portfolio(organisation);
        String planA = "plans.find { it.planId == '" + a.id() + "' }";
        report.body(planA + ".moneyKnown", is(true))
                .body(planA + ".committed.amount", comparesEqualTo(new BigDecimal("9500000.00")))
                .body(planA + ".paid.amount", comparesEqualTo(new BigDecimal("4000000.00")))
                // split equally between the plan's two themes
                .body(planA + ".themes.theme", contains("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"))
                .body(planA + ".themes[0].committed.amount", comparesEqualTo(new BigDecimal("4750000.00")))
                .body(planA + ".themes[1].paid.amount", comparesEqualTo(new BigDecimal("2000000.00")));
        String jobs = planA + ".themes[0].indicators.find { it.indicatorCode == 'YOUTH_LEISURE_JOBS' }";
        // 2,000,000 kr. paid to the theme ÷ 20 more young people in leisure jobs
        report.body(jobs + ".improvement", comparesEqualTo(new BigDecimal("20.00")))
                .body(jobs + ".paidPerUnit.amount", comparesEqualTo(new BigDecimal("100000.00")))
                .body(jobs + ".committedPerUnit.amount", comparesEqualTo(new BigDecimal("237500.00")))
                .body(jobs + ".missing", empty());
        String clubs = planA + ".themes[0].indicators.find { it.indicatorCode == 'YOUTH_IN_CLUBS' }";
        report.body(clubs + ".paidPerUnit.amount", comparesEqualTo(new BigDecimal("200000.00")));
        String vandalism = planA + ".themes[1].indicators.find { it.indicatorCode == 'VANDALISM_COSTS' }";
        // lower is better: 50,000 kr. less vandalism a year, 40 kr. paid per krone of it
        report.body(vandalism + ".change", comparesEqualTo(new BigDecimal("-50000.00")))
                .body(vandalism + ".improvement", comparesEqualTo(new BigDecimal("50000.00")))
                .body(vandalism + ".paidPerUnit.amount", comparesEqualTo(new BigDecimal("40.00")));
        String parents = planA + ".themes[0].indicators.find { it.indicatorCode == 'PARENTS_IN_ACTIVITIES' }";
        report.body(parents + ".paidPerUnit", nullValue())
                .body(parents + ".missing", contains("NO_BASELINE", "NO_APPROVED_VALUE"));
        // plan B: results, but no money announced: it says so and gives no kroner per unit
        String planB = "plans.find { it.planId == '" + b.id() + "' }";
        report.body(planB + ".moneyKnown", is(false))
                .body(planB + ".themes[0].indicators.find { it.indicatorCode == 'YOUTH_LEISURE_JOBS' }.missing",
                        contains("NO_MONEY_ANNOUNCED"));
        // across the organisation's plans: counts add up over the plans with all parts; percentages do not add
        report.body("themes.find { it.theme == 'BOERN_UNGE_FAMILIER' }.plans", is(2))
                .body("themes.find { it.theme == 'BOERN_UNGE_FAMILIER' }.paid.amount",
                        comparesEqualTo(new BigDecimal("2000000.00")))
                .body("indicators.find { it.indicatorCode == 'YOUTH_LEISURE_JOBS' }.plans", is(2))
                .body("indicators.find { it.indicatorCode == 'YOUTH_LEISURE_JOBS' }.plansWithData", is(1))
                .body("indicators.find { it.indicatorCode == 'YOUTH_LEISURE_JOBS' }.paidPerUnit.amount",
                        comparesEqualTo(new BigDecimal("100000.00")))
                .body("indicators.find { it.indicatorCode == 'YOUTH_IN_CLUBS' }.improvement", nullValue())
                .body("indicators.find { it.indicatorCode == 'YOUTH_IN_CLUBS' }.paidPerUnit", nullValue());

        // another organisation sees none of it; an unknown round is 404
        as(Tokens.boligorganisation(UUID.randomUUID())).get("/v1/portfolio/rounds/2011-14").then().statusCode(200)
                .body("plans", empty());
        as(Tokens.reader()).get("/v1/portfolio/rounds/1999-02").then().statusCode(404)
                .contentType("application/problem+json");

        // rebuilt from boligsocial.funding, offset 0: the same figures
        ObjectNode before = withoutClock(report.extract().asString());
        as(Tokens.reader()).post("/v1/portfolio/rebuild").then().statusCode(403);
        // the money side is thrown away (here: damaged by hand) and read again from the events alone
        assertEquals(1, Sql.update("update plan_money set paid = 0, committed = 0 where plan_id = ?", a.id()));
        // and its transactions (for the IATI export): 6 commitment lines, an amendment line, 3 payments, a correction
        String lines = "select count(*) from plan_money_transaction where plan_id = ?";
        Await.until(Duration.ofSeconds(30), () -> Sql.count(lines, a.id()) == 11);
        assertEquals(11, Sql.update("delete from plan_money_transaction where plan_id = ?", a.id()));
        as(Tokens.kommune()).post("/v1/portfolio/rebuild").then().statusCode(200)
                .body("read", greaterThanOrEqualTo(6)).body("refused", is(0));
        assertEquals(before, withoutClock(portfolio(organisation).extract().asString()));
        assertEquals(11, Sql.count(lines, a.id()));
        // the lines add up to the sums: committed 9.5 mio., paid 4 mio.
        assertEquals(1, Sql.count("select count(*) from (select plan_id from plan_money_transaction where plan_id = ?"
                + " group by plan_id having sum(amount) filter (where kind = 'COMMITMENT') = 9500000.00"
                + " and sum(amount) filter (where kind = 'DISBURSEMENT') = 4000000.00) t", a.id()));
    }

    private static ValidatableResponse portfolio(UUID organisation) {
        return as(Tokens.boligorganisation(organisation))
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)))
                .get("/v1/portfolio/rounds/2011-14").then().statusCode(200);
    }

    private static ObjectNode withoutClock(String json) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        node.remove("generatedAt");
        return node;
    }

    private static void approved(UUID plan, UUID indicator, String baseline, String value) {
        Api.setBaseline(plan, indicator, baseline);
        String id = Api.reported(plan, indicator, 2013, value);
        Api.review(plan, indicator, id, "APPROVED", null).then().statusCode(200);
    }

    private static Map<String, Object> disbursed(String source, String amount) {
        return Map.of("disbursementId", UUID.randomUUID().toString(), "source", source, "year", 2012,
                "amount", money(amount), "reference", "Udbetaling 2012", "remainingCommitment", money("0.00"),
                "disbursedBy", "test-kommune", "disbursedAt", "2012-03-01T10:00:00Z");
    }

    private static String publish(EventType type, Api.TestPlan plan, Map<String, Object> fields) throws Exception {
        return FUNDING.publish(plan.id().toString(), type.type(), SOURCE, JSON.writeValueAsString(payload(plan, fields)));
    }

    private static Map<String, Object> payload(Api.TestPlan plan, Map<String, Object> fields) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("planId", plan.id().toString());
        payload.put("roundId", "2011-14");
        payload.put("housingOrganisationId", plan.organisationId().toString());
        payload.putAll(fields);
        return payload;
    }

    private static Map<String, Object> line(String source, int year, String amount) {
        return Map.of("source", source, "year", year, "amount", money(amount));
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "DKK");
    }
}
