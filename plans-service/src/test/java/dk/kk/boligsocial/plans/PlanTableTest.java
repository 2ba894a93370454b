package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plans as a spreadsheet for the committee: GET /v1/plans with {@code Accept: text/csv}. */
@QuarkusTest
class PlanTableTest {

    @Test
    void withAcceptTextCsvEveryPlanTheFiltersSelectIsARowWithItsBudgetSummedPerSource() {
        UUID organisation = Api.createOrganisation();
        UUID area = Api.createArea(organisation);
        String first = created(Api.planBody(organisation, area));
        Map<String, Object> formula = new HashMap<>(Api.planBody(organisation, area));
        formula.put("title", "=HYPERLINK(\"http://example.invalid\", \"Klik\")");
        String second = created(formula);

        // limit and cursor do not apply: a spreadsheet is every plan the filters select
        Response csv = as(Tokens.reader()).accept("text/csv").queryParam("housingOrganisationId", organisation)
                .queryParam("limit", 1).get("/v1/plans");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"plans.csv\"");
        byte[] body = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "byte-order mark");
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(3, lines.size(), "header and two plans: " + lines);
        assertEquals("id,title,roundId,housingOrganisationId,status,housingAreaIds,themes,periodStart,periodEnd,"
                + "requestedLbf,requestedMunicipality,requestedHousingOrganisation,requestedOther,requestedTotal,currency,"
                + "coFinancing,createdAt,updatedAt", lines.get(0));
        assertEquals(List.of(first, "Helhedsplan for Testparken 2012-2015", "2011-14", organisation.toString(), "DRAFT",
                area.toString(), "BOERN_UNGE_FAMILIER BESKAEFTIGELSE_OG_UDDANNELSE", "2012-01-01", "2015-12-31",
                "10000000.00", "2000000.00", "2000000.00", "0.00", "14000000.00", "DKK", "PENDING"),
                List.of(lines.get(1).split(",")).subList(0, 16));
        // a title a spreadsheet would run as a formula arrives as text
        assertEquals(second + ",\"'=HYPERLINK(\"\"http://example.invalid\"\", \"\"Klik\"\")\",2011-14",
                lines.get(2).substring(0, lines.get(2).indexOf(",2011-14") + ",2011-14".length()));
    }

    @Test
    void jsonStaysTheDefaultAndAHousingOrganisationGetsOnlyItsOwnRows() {
        UUID organisation = Api.createOrganisation();
        UUID area = Api.createArea(organisation);
        created(Api.planBody(organisation, area));

        as(Tokens.reader()).accept("*/*").queryParam("housingOrganisationId", organisation).get("/v1/plans")
                .then().statusCode(200).contentType(startsWith("application/json"));
        // what the generated Java client sends
        as(Tokens.reader()).accept("application/json, text/csv, application/problem+json")
                .queryParam("housingOrganisationId", organisation).get("/v1/plans")
                .then().statusCode(200).contentType(startsWith("application/json"));
        as(Tokens.reader()).accept("application/json;q=0.5, text/csv").queryParam("housingOrganisationId", organisation)
                .get("/v1/plans").then().statusCode(200).contentType(startsWith("text/csv"));

        String other = new String(as(Tokens.boligorganisation(Api.createOrganisation())).accept("text/csv")
                .queryParam("housingOrganisationId", organisation).get("/v1/plans").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(1, other.split("\r\n").length, "another organisation's plans are not its rows: " + other);
    }

    private static String created(Map<String, Object> body) {
        return as(Tokens.kommune()).body(body).post("/v1/plans").then().statusCode(201).extract().path("id");
    }
}
