package dk.kk.boligsocial.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.testkit.Tokens;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The round report and its per-plan allocation as spreadsheets (Accept: text/csv); JSON stays the default. */
@QuarkusTest
class RoundReportCsvTest {

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token));
    }

    /** The rows of a CSV answer, without the byte-order mark and the header. */
    private static List<String> rows(byte[] body, String header) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + header + "\r\n"), text);
        return Arrays.asList(text.substring(1 + header.length() + 2).split("\r\n"));
    }

    @Test
    void theRoundReportIsARowPerSourceAndYear() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        Fixtures.committedPlan(round);

        byte[] csv = as(Tokens.lbf()).accept("text/csv").get("/v1/reports/rounds/" + round).then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();

        List<String> rows = rows(csv, "roundId,asOf,source,year,reserved,committed,disbursed,returned,planned,"
                + "approved,paid,dueButUnpaid,poolCapacity,poolAvailable");
        assertEquals(6, rows.size(), rows.toString());
        assertTrue(rows.contains(round + ",,MUNICIPALITY,2012,0.00,1000000.00,0.00,0.00,,,,,5000000.00,4000000.00"),
                rows.toString());
        assertTrue(rows.contains(round + ",,LBF,2013,0.00,3000000.00,0.00,0.00,,,,,,"), rows.toString());
        byte[] asOf = as(Tokens.kommune()).accept("text/csv").get("/v1/reports/rounds/" + round + "?asOf=2010-12-31")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(new String(asOf, StandardCharsets.UTF_8).endsWith("poolCapacity,poolAvailable\r\n"),
                "nothing was effective by the end of 2010");
        as(Tokens.kommune()).accept("application/json, text/csv").get("/v1/reports/rounds/" + round).then()
                .statusCode(200).contentType("application/json").body("roundId", is(round));
        as(Tokens.kommune()).accept("text/csv").get("/v1/reports/rounds/no-such-round").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void thePerPlanAllocationIsEveryPlanInOneTable() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        UUID first = Fixtures.committedPlan(round).id();
        UUID second = Fixtures.committedPlan(round).id();

        byte[] csv = as(Tokens.reader()).accept("text/csv").get("/v1/reports/rounds/" + round + "/plans?limit=1")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asByteArray();

        List<String> rows = rows(csv, "roundId,planId,title,housingOrganisationId,state,municipalReserved,"
                + "municipalCommitted,committed,disbursed,remaining,returnedToPool,planned,approved,dueButUnpaid");
        assertEquals(2, rows.size(), "every plan, whatever the limit: " + rows);
        assertTrue(rows.get(0).startsWith(round + "," + first + ",Helhedsplan " + first + ","), rows.get(0));
        assertTrue(rows.get(0).endsWith(",COMMITTED,0.00,2000000.00,10000000.00,0.00,10000000.00,0.00,0.00,0.00,0.00"),
                rows.get(0));
        assertTrue(rows.get(1).startsWith(round + "," + second + ","), rows.get(1));
        as(Tokens.kommune()).get("/v1/reports/rounds/" + round + "/plans?limit=1").then().statusCode(200)
                .contentType("application/json").body("items.size()", is(1));
    }
}
