package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.Tokens;
import dk.kk.boligsocial.testkit.KafkaTopic;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The municipality opens and revises rounds; each change is announced with the whole round. */
@QuarkusTest
class RoundsTest {

    private static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    /** Rounds of this run: a first year no other test of the run uses (ids are yyyy-yy). */
    private static final AtomicInteger YEAR = new AtomicInteger(2030 + ThreadLocalRandom.current().nextInt(0, 20));

    @Test
    void theMunicipalityOpensARoundAndItIsAnnouncedWithItsThemesAndFrame() throws Exception {
        Map<String, Object> body = roundBody();
        String id = (String) body.get("id");
        int first = (int) body.get("firstYear");

        as(Tokens.kommune()).body(body).post("/v1/rounds").then().statusCode(201)
                .header("Location", containsString("/v1/rounds/" + id))
                .header("ETag", "\"0\"")
                .body("id", is(id))
                .body("version", is(0))
                .body("themes.code", equalTo(List.of("TRYGHED_OG_TRIVSEL", "UDDANNELSE_OG_BESKAEFTIGELSE")))
                .body("pool.capacity.amount", is(16000000.00f))
                .body("coFinancing.housingOrganisationMatchRatio", is(1.0f));
        as(Tokens.boligorganisation(UUID.randomUUID())).get("/v1/rounds/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("firstYear", is(first))
                .body("pool.years.year", equalTo(List.of(first, first + 1)))
                .body("reporting.dueMonth", is(3));

        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(id, 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("dk.kk.boligsocial.round.opened.v1", KafkaTopic.header(record, "ce_type"));
        assertEquals(id, KafkaTopic.header(record, "ce_subject"));
        assertEquals("/plans-service", KafkaTopic.header(record, "ce_source"));
        EventContract.assertValid("dk.kk.boligsocial.round.opened.v1", record.value());
        JsonNode opened = JSON.readTree(record.value());
        assertEquals(id, opened.get("roundId").asText());
        assertEquals(0, opened.get("version").asInt());
        assertEquals("test-kommune", opened.get("actor").asText());
        JsonNode round = opened.get("round");
        assertEquals(2, round.get("themes").size());
        assertEquals("Tryghed og trivsel", round.at("/themes/0/nameDa").asText());
        assertEquals(0, new BigDecimal("8000000.00").compareTo(round.at("/pool/years/1/capacity/amount").decimalValue()));
        assertTrue(round.at("/coFinancing/minimumLocalShare").isNull());
        assertEquals(1, round.at("/reporting/yearsAfter").asInt());
    }

    @Test
    void theSeededRoundHasTheFrameOfTheOtherServicesSeedsAndWasAnnounced() throws Exception {
        as(Tokens.reader()).get("/v1/rounds/2011-14").then().statusCode(200)
                .body("firstYear", is(2011)).body("lastYear", is(2014))
                .body("pool.name", is("Medfinansieringspulje 2012–2014"))
                .body("pool.capacity.amount", is(30000000.00f))
                .body("pool.years.year", equalTo(List.of(2012, 2013, 2014)))
                .body("coFinancing.housingOrganisationMatchRatio", is(1.0f))
                .body("coFinancing.minimumLocalShare", is((Object) null))
                .body("reporting.dueMonth", is(3)).body("reporting.dueDay", is(1)).body("reporting.yearsAfter", is(1));

        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey("2011-14", 1, Duration.ofSeconds(30));
        assertTrue(records.stream().anyMatch(r -> "dk.kk.boligsocial.round.opened.v1".equals(KafkaTopic.header(r, "ce_type"))),
                "the migration's round.opened.v1 of 2011-14 was published");
        ConsumerRecord<String, String> opened = records.get(0);
        EventContract.assertValid("dk.kk.boligsocial.round.opened.v1", opened.value());
        JsonNode round = JSON.readTree(opened.value()).get("round");
        assertEquals(5, round.get("themes").size());
        assertEquals(3, round.at("/pool/years").size());
        assertEquals(0, new BigDecimal("10000000.00").compareTo(round.at("/pool/years/0/capacity/amount").decimalValue()));
        assertEquals(0, BigDecimal.ONE.compareTo(round.at("/coFinancing/housingOrganisationMatchRatio").decimalValue()));
    }

    @Test
    void badRoundsAreRefusedNamingEveryFieldAndNothingIsCreated() {
        Map<String, Object> body = roundBody();
        String id = (String) body.get("id");
        int first = (int) body.get("firstYear");
        body.put("id", id.replace('-', '/'));
        body.put("currency", "EUR");
        body.put("pool", Map.of("name", "Pulje", "years", List.of(
                Map.of("year", first + 7, "capacity", Map.of("amount", new BigDecimal("1000.00"), "currency", "DKK")),
                Map.of("year", first, "capacity", Map.of("amount", new BigDecimal("1000.001"), "currency", "DKK")))));
        body.put("reporting", Map.of("dueMonth", 3, "dueDay", 31, "yearsAfter", 1));
        body.put("coFinancing", Map.of("housingOrganisationMatchRatio", new BigDecimal("-1")));
        List<Map<String, Object>> themes = new ArrayList<>(themes());
        themes.add(theme("TRYGHED_OG_TRIVSEL", 3, "Igen"));
        body.put("themes", themes);

        as(Tokens.kommune()).body(body).post("/v1/rounds").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("id", "currency", "pool.years[0].year", "pool.years[1].capacity.amount",
                        "reporting.dueDay", "coFinancing.housingOrganisationMatchRatio", "themes[2].code"))
                .body("detail", containsString("fields are invalid"));
        as(Tokens.reader()).get("/v1/rounds/" + id).then().statusCode(404);

        Map<String, Object> unknown = roundBody();
        unknown.put("colour", "blue");
        as(Tokens.kommune()).body(unknown).post("/v1/rounds").then().statusCode(400).contentType(PROBLEM);
        as(Tokens.reader()).get("/v1/rounds/" + unknown.get("id")).then().statusCode(404);

        Map<String, Object> mismatched = roundBody();
        mismatched.put("lastYear", (int) mismatched.get("firstYear") + 2);
        as(Tokens.kommune()).body(mismatched).post("/v1/rounds").then().statusCode(400)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void onlyTheMunicipalityOpensAndRevisesRounds() {
        Map<String, Object> body = roundBody();
        for (String token : List.of(Tokens.lbf(), Tokens.reader(), Tokens.evaluator(),
                Tokens.boligorganisation(UUID.randomUUID()))) {
            as(token).body(body).post("/v1/rounds").then().statusCode(403).contentType(PROBLEM);
            as(token).header("If-Match", "\"0\"").body(body).put("/v1/rounds/2011-14").then().statusCode(403)
                    .contentType(PROBLEM);
        }
        as(Tokens.reader()).get("/v1/rounds/" + body.get("id")).then().statusCode(404);
    }

    @Test
    void aRoundIsOpenedOnce() {
        Map<String, Object> body = roundBody();
        as(Tokens.kommune()).body(body).post("/v1/rounds").then().statusCode(201);
        as(Tokens.kommune()).body(body).post("/v1/rounds").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("exists already"));
    }

    @Test
    void aRevisionNeedsTheCurrentETagAndIsAnnouncedOnceWhenSomethingChanged() throws Exception {
        Map<String, Object> body = roundBody();
        String id = (String) body.get("id");
        int first = (int) body.get("firstYear");
        as(Tokens.kommune()).body(body).post("/v1/rounds").then().statusCode(201);

        body.put("pool", pool(first, "9000000.00"));
        as(Tokens.kommune()).body(body).put("/v1/rounds/" + id).then().statusCode(428).contentType(PROBLEM);
        as(Tokens.kommune()).header("If-Match", "\"7\"").body(body).put("/v1/rounds/" + id).then().statusCode(412)
                .contentType(PROBLEM);
        as(Tokens.kommune()).header("If-Match", "\"0\"").body(body).put("/v1/rounds/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("pool.capacity.amount", is(17000000.00f));
        as(Tokens.kommune()).header("If-Match", "\"0\"").body(body).put("/v1/rounds/" + id).then().statusCode(412);
        // the same round again: nothing changes, nothing is announced
        as(Tokens.kommune()).header("If-Match", "\"1\"").body(body).put("/v1/rounds/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        body.put("id", "2011-14");
        as(Tokens.kommune()).header("If-Match", "\"1\"").body(body).put("/v1/rounds/" + id).then().statusCode(400)
                .body("errors.field", hasItem("id"));
        as(Tokens.kommune()).header("If-Match", "\"0\"").body(roundBody()).put("/v1/rounds/1999-00").then().statusCode(404);

        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(id, 2, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.round.opened.v1", "dk.kk.boligsocial.round.revised.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());

        // audited like every write: who, what before and after, and the event it announced
        JsonPath trail = as(Tokens.revisor()).queryParam("resourceType", "round").queryParam("resourceId", id)
                .get("/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("round.created", "round.revised"), trail.getList("items.action"));
        assertEquals("test-kommune", trail.getString("items[1].actor"));
        assertEquals(KafkaTopic.header(records.get(1), "ce_id"), trail.getString("items[1].publishedEventId"));
        assertEquals(8000000.00f, trail.getFloat("items[1].before.frame.pool.years[0].capacity"));
        assertEquals(9000000.00f, trail.getFloat("items[1].after.frame.pool.years[0].capacity"));
        EventContract.assertValid("dk.kk.boligsocial.round.revised.v1", records.get(1).value());
        JsonNode revised = JSON.readTree(records.get(1).value());
        assertEquals(1, revised.get("version").asInt());
        assertEquals(0, new BigDecimal("9000000.00").compareTo(
                revised.at("/round/pool/years/0/capacity/amount").decimalValue()));
    }

    @Test
    void aThemeAPlanPickedCannotBeDroppedNorTheRoundMadeStricter() {
        Map<String, Object> body = roundBody();
        String id = (String) body.get("id");
        int first = (int) body.get("firstYear");
        as(Tokens.kommune()).body(body).post("/v1/rounds").then().statusCode(201);

        UUID organisation = Api.createOrganisation();
        UUID area = Api.createArea(organisation);
        Map<String, Object> plan = new HashMap<>(Api.planBody(organisation, area));
        plan.put("roundId", id);
        plan.put("themes", List.of("UDDANNELSE_OG_BESKAEFTIGELSE"));
        plan.put("activities", List.of());
        plan.put("periodStart", first + "-01-01");
        plan.put("periodEnd", (first + 3) + "-12-31");
        List<Map<String, Object>> budget = new ArrayList<>();
        for (int year = first; year <= first + 3; year++) {
            budget.add(Api.line("LBF", year, "2500000.00"));
            budget.add(Api.line("MUNICIPALITY", year, "500000.00"));
            budget.add(Api.line("HOUSING_ORGANISATION", year, "500000.00"));
        }
        plan.put("budget", budget);
        as(Tokens.kommune()).body(plan).post("/v1/plans").then().statusCode(201);

        Map<String, Object> dropped = new HashMap<>(body);
        dropped.put("themes", List.of(themes().get(0)));
        as(Tokens.kommune()).header("If-Match", "\"0\"").body(dropped).put("/v1/rounds/" + id).then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("UDDANNELSE_OG_BESKAEFTIGELSE"))
                .body("themes", equalTo(List.of("UDDANNELSE_OG_BESKAEFTIGELSE")));
        Map<String, Object> stricter = new HashMap<>(body);
        stricter.put("maxPlanYears", 3);
        as(Tokens.kommune()).header("If-Match", "\"0\"").body(stricter).put("/v1/rounds/" + id).then().statusCode(409)
                .body("fields", equalTo(List.of("maxPlanYears")));
        as(Tokens.reader()).get("/v1/rounds/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("themes.size()", is(2)).body("maxPlanYears", is(4));

        // an unused theme may go, a picked one may be renamed, a new one may come
        List<Map<String, Object>> renamed = List.of(theme("UDDANNELSE_OG_BESKAEFTIGELSE", 1, "Uddannelse og job"),
                theme("FOREBYGGELSE_OG_FORAELDREANSVAR", 2, "Forebyggelse og forældreansvar"));
        Map<String, Object> revised = new HashMap<>(body);
        revised.put("themes", renamed);
        as(Tokens.kommune()).header("If-Match", "\"0\"").body(revised).put("/v1/rounds/" + id).then().statusCode(200)
                .body("themes.code", equalTo(List.of("UDDANNELSE_OG_BESKAEFTIGELSE", "FOREBYGGELSE_OG_FORAELDREANSVAR")))
                .body("themes[0].nameDa", is("Uddannelse og job"));
    }

    /** A valid round of this run: four years from a year no other round of the run has. */
    static Map<String, Object> roundBody() {
        int first = YEAR.getAndAdd(4);
        int last = first + 3;
        Map<String, Object> body = new HashMap<>();
        body.put("id", first + "-" + String.format("%02d", last % 100));
        body.put("name", "Boligsociale indsatser " + first + "-" + last);
        body.put("description", "En testrunde.");
        body.put("maxPlanYears", 4);
        body.put("currency", "DKK");
        body.put("opensOn", first + "-01-01");
        body.put("firstYear", first);
        body.put("lastYear", last);
        body.put("themes", themes());
        body.put("pool", pool(first, "8000000.00"));
        body.put("coFinancing", new HashMap<>(Map.of("housingOrganisationMatchRatio", new BigDecimal("1.0"))));
        body.put("reporting", Map.of("dueMonth", 3, "dueDay", 1, "yearsAfter", 1));
        return body;
    }

    private static Map<String, Object> pool(int first, String firstYearCapacity) {
        return Map.of("name", "Medfinansieringspulje " + first, "years", List.of(
                Map.of("year", first, "capacity", Map.of("amount", new BigDecimal(firstYearCapacity), "currency", "DKK")),
                Map.of("year", first + 1, "capacity", Map.of("amount", new BigDecimal("8000000.00"), "currency", "DKK"))));
    }

    private static List<Map<String, Object>> themes() {
        return List.of(theme("TRYGHED_OG_TRIVSEL", 1, "Tryghed og trivsel"),
                theme("UDDANNELSE_OG_BESKAEFTIGELSE", 2, "Uddannelse og beskæftigelse"));
    }

    private static Map<String, Object> theme(String code, int position, String nameDa) {
        return Map.of("code", code, "position", position, "nameDa", nameDa, "nameEn", code.toLowerCase(),
                "description", "Om " + nameDa.toLowerCase() + ".");
    }
}
