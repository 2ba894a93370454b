package dk.kk.boligsocial.system;

import static dk.kk.boligsocial.system.FullStoryIT.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.client.funding.api.PoolsApi;
import dk.kk.boligsocial.client.funding.model.PoolResponse;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Rounds are data plans-service owns: a round opened over HTTP reaches funding-service (its pool and co-financing
 * rule) and evaluation-service (its themes) through round.opened.v1 alone, and a revision through round.revised.v1.
 */
class RoundsIT {

    private static final List<String> THEMES = List.of("TRYGHED_OG_TRIVSEL", "KRIMINALPRAEVENTIVE_INDSATSER",
            "UDDANNELSE_OG_BESKAEFTIGELSE", "FOREBYGGELSE_OG_FORAELDREANSVAR");

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void aRoundOpenedInPlansServiceBecomesFundingsPoolAndEvaluationsThemesAndSoDoesItsRevision() {
        int first = 2040 + 4 * ThreadLocalRandom.current().nextInt(0, 12);
        String id = first + "-" + String.format("%02d", (first + 3) % 100);
        Map<String, Object> round = round(id, first, "8000000.00");

        api.plans(api.kommune()).body(round).post("/v1/rounds").then().statusCode(201);

        PoolResponse pool = Api.await("funding-service's pool of round " + id, () -> pool(id));
        assertAmount(new BigDecimal("32000000.00"), pool.getCapacity().getAmount());
        assertEquals(List.of(first, first + 1, first + 2, first + 3),
                pool.getYears().stream().map(y -> y.getYear()).toList());
        assertAmount(BigDecimal.ONE, pool.getRules().getHousingOrganisationMatchRatio());

        List<String> themes = Api.await("evaluation-service's themes of round " + id, () -> {
            List<String> codes = api.evaluation(api.reader()).queryParam("roundId", id).get("/v1/reports/themes")
                    .then().statusCode(200).extract().jsonPath().getList("themes.theme", String.class);
            return codes.isEmpty() ? null : codes;
        });
        assertEquals(THEMES, themes);

        String etag = api.plans(api.reader()).get("/v1/rounds/" + id).then().statusCode(200).extract().header("ETag");
        api.plans(api.kommune()).header("If-Match", etag).body(round(id, first, "9000000.00"))
                .put("/v1/rounds/" + id).then().statusCode(200);
        PoolResponse revised = Api.await("the revised pool of round " + id, () -> {
            PoolResponse now = pool(id);
            return now != null && now.getCapacity().getAmount().compareTo(new BigDecimal("33000000.00")) == 0 ? now : null;
        });
        assertAmount(new BigDecimal("9000000.00"), revised.getYears().get(0).getCapacity().getAmount());

        List<Topic.Event> events = Topic.read(system.bootstrapServers(), "boligsocial.plans",
                e -> id.equals(e.key()), 2, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.round.opened.v1", "dk.kk.boligsocial.round.revised.v1"),
                events.stream().map(Topic.Event::type).toList());
    }

    @Test
    void theSeededRoundIsAnnouncedToo() {
        List<Topic.Event> events = Topic.read(system.bootstrapServers(), "boligsocial.plans",
                e -> "2011-14".equals(e.key()), 1, Duration.ofSeconds(30));
        assertTrue(events.stream().anyMatch(e -> "dk.kk.boligsocial.round.opened.v1".equals(e.type())),
                "plans-service's migration announced round 2011-14");
        JsonPath seeded = api.plans(api.reader()).get("/v1/rounds/2011-14").then().statusCode(200).extract().jsonPath();
        assertEquals(3, seeded.getList("pool.years").size());
        assertAmount(new BigDecimal("30000000.00"), api.pool().getCapacity().getAmount());
    }

    private PoolResponse pool(String roundId) {
        PoolsApi pools = new PoolsApi(api.fundingClient(api.reader()));
        return Api.call("funding-service", () -> pools.listPools(null, null, roundId)).getItems().stream()
                .filter(p -> roundId.equals(p.getRoundId())).findFirst().orElse(null);
    }

    private static Map<String, Object> round(String id, int first, String firstYearCapacity) {
        List<Map<String, Object>> themes = new ArrayList<>();
        for (int i = 0; i < THEMES.size(); i++) {
            themes.add(Map.of("code", THEMES.get(i), "position", i + 1, "nameDa", "Tema " + (i + 1),
                    "nameEn", "Theme " + (i + 1), "description", "Et indsatsområde."));
        }
        List<Map<String, Object>> years = new ArrayList<>();
        for (int year = first; year < first + 4; year++) {
            String capacity = year == first ? firstYearCapacity : "8000000.00";
            years.add(Map.of("year", year, "capacity", Map.of("amount", new BigDecimal(capacity), "currency", "DKK")));
        }
        Map<String, Object> round = new HashMap<>();
        round.put("id", id);
        round.put("name", "Boligsociale indsatser " + id);
        round.put("description", "En runde i systemtesten.");
        round.put("maxPlanYears", 4);
        round.put("currency", "DKK");
        round.put("opensOn", first + "-01-01");
        round.put("firstYear", first);
        round.put("lastYear", first + 3);
        round.put("themes", themes);
        round.put("pool", Map.of("name", "Medfinansieringspulje " + id, "years", years));
        round.put("coFinancing", Map.of("housingOrganisationMatchRatio", new BigDecimal("1.0")));
        round.put("reporting", Map.of("dueMonth", 3, "dueDay", 1, "yearsAfter", 1));
        return round;
    }
}
