package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static dk.kk.boligsocial.evaluation.BreakdownTest.approved;
import static dk.kk.boligsocial.evaluation.BreakdownTest.part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The framework and the theme report as spreadsheets ({@code Accept: text/csv}): a header row, one row per indicator
 * and period, one more per dimension value of a breakdown; text a user typed cannot run as a formula; JSON stays the
 * default and wins ties.
 */
@QuarkusTest
class EvaluationCsvTest {

    private static final String BOM = "\uFEFF";

    @Test
    void theFrameworkAsASpreadsheetHasARowPerIndicatorAndPeriodAndPerDimensionValue() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID jobs = Api.YOUTH_LEISURE_JOBS;
        Api.setTarget(plan.id(), jobs, 2013, "40");
        approved(plan, jobs, Map.of("year", 2013, "value", 30, "breakdown", List.of(
                part("GENDER", "FEMALE", 14), part("GENDER", "MALE", 16))));
        UUID narrative = UUID.fromString(as(Tokens.kommune()).body(Map.of("own", Map.of("code",
                        "OWN_STORY_" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000),
                        "roundId", "2011-14", "theme", Api.THEMES.get(0), "nameDa", "Fortælling", "nameEn", "Story",
                        "direction", "HIGHER_IS_BETTER", "description", "Årets fortælling.", "kind", "QUALITATIVE")))
                .post("/v1/plans/" + plan.id() + "/indicators").then().statusCode(201).extract().path("indicatorId"));
        approved(plan, narrative, Map.of("year", 2013, "narrative", "=HYPERLINK(\"http://x\"), sagde beboerne"));

        String path = "/v1/plans/" + plan.id() + "/framework";
        List<String> rows = csv(given().header("Authorization", Tokens.bearer(Tokens.reader())).accept("text/csv").get(path));
        assertEquals("planId,indicatorCode,theme,kind,unit,reporting,year,dimension,dimensionValue,baseline,target,actual,"
                + "numerator,denominator,progress,track,narrative", rows.get(0));
        assertTrue(rows.contains(plan.id() + ",YOUTH_LEISURE_JOBS,BOERN_UNGE_FAMILIER,VALUE,COUNT,PERIODIC,2013,,,,40.00,"
                + "30.00,,,,NO_DATA,"), "the indicator's 2013 row in " + rows);
        assertTrue(rows.contains(plan.id() + ",YOUTH_LEISURE_JOBS,BOERN_UNGE_FAMILIER,VALUE,COUNT,PERIODIC,2013,GENDER,"
                + "FEMALE,,,14.00,,,,NO_DATA,"), "its girls' row in " + rows);
        assertTrue(rows.contains(plan.id() + ",YOUTH_LEISURE_JOBS,BOERN_UNGE_FAMILIER,VALUE,COUNT,PERIODIC,2012,,,,,,,,,,"),
                "a period without figures still has its row");
        assertTrue(rows.stream().anyMatch(row -> row.endsWith(",\"'=HYPERLINK(\"\"http://x\"\"), sagde beboerne\"")),
                "the narrative is text, not a formula: " + rows);

        // JSON stays the default, and wins a tie
        as(Tokens.reader()).get(path).then().statusCode(200).contentType(startsWith("application/json"))
                .body("planId", is(plan.id().toString()));
        given().header("Authorization", Tokens.bearer(Tokens.reader())).accept("application/json, text/csv").get(path)
                .then().statusCode(200).contentType(startsWith("application/json"));
        // another organisation's plan is as missing as in JSON
        given().header("Authorization", Tokens.bearer(Tokens.boligorganisation(UUID.randomUUID()))).accept("text/csv")
                .get(path).then().statusCode(404);
    }

    @Test
    void theThemeReportAsASpreadsheetHasARowPerIndicatorAndPeriodAndPerDimensionValue() {
        UUID organisation = UUID.randomUUID();
        Api.TestPlan plan = Api.grantedPlan(organisation, Api.THEMES);
        approved(plan, Api.YOUTH_LEISURE_JOBS, Map.of("year", 2014, "value", 9, "breakdown", List.of(
                part("AGE_GROUP", "13-17", 9))));

        Response response = given().header("Authorization", Tokens.bearer(Tokens.boligorganisation(organisation)))
                .accept("text/csv").queryParam("roundId", "2011-14").get("/v1/reports/themes");
        List<String> rows = csv(response);
        assertEquals("roundId,theme,indicatorCode,kind,unit,reporting,year,dimension,dimensionValue,plans,rollUp,value,"
                + "numerator,denominator", rows.get(0));
        assertTrue(rows.contains("2011-14,BOERN_UNGE_FAMILIER,YOUTH_LEISURE_JOBS,VALUE,COUNT,PERIODIC,2014,,,1,SUM,9.00,,"),
                "the indicator's 2014 row in " + rows);
        assertTrue(rows.contains("2011-14,BOERN_UNGE_FAMILIER,YOUTH_LEISURE_JOBS,VALUE,COUNT,PERIODIC,2014,AGE_GROUP,13-17,"
                + "1,SUM,9.00,,"), "its 13-17-year-olds' row in " + rows);
        assertEquals(3, rows.size(), "the organisation's one plan has one approved value: " + rows);

        as(Tokens.boligorganisation(organisation)).queryParam("roundId", "2011-14").get("/v1/reports/themes").then()
                .statusCode(200).contentType(startsWith("application/json")).body("roundId", is("2011-14"));
        as(Tokens.reader()).queryParam("roundId", "2011-14").queryParam("include", "everything").get("/v1/reports/themes")
                .then().statusCode(400).body("errors[0].field", is("include"));
    }

    private static List<String> csv(Response response) {
        response.then().statusCode(200).contentType(startsWith("text/csv"));
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith(BOM), "UTF-8 with a byte-order mark");
        return Arrays.asList(body.substring(BOM.length()).split("\r\n"));
    }
}
