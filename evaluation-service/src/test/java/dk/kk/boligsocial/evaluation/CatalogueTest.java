package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeded catalogue of round 2011-14 measures what the committee paper says each theme is about, in the unit and
 * direction an evaluator would read it: e.g. a fall in vandalism costs or in passive support is the improvement.
 * Integrators and the frontend build on these codes, so a change to the seed must be made here on purpose too.
 */
@QuarkusTest
class CatalogueTest {

    /** code, theme, unit, direction, as the seed's theme sections describe them. */
    private static final List<List<String>> SEEDED = List.of(
            List.of("YOUTH_IN_CLUBS", "BOERN_UNGE_FAMILIER", "PERCENT", "HIGHER_IS_BETTER"),
            List.of("YOUTH_LEISURE_JOBS", "BOERN_UNGE_FAMILIER", "COUNT", "HIGHER_IS_BETTER"),
            List.of("PARENTS_IN_ACTIVITIES", "BOERN_UNGE_FAMILIER", "COUNT", "HIGHER_IS_BETTER"),
            List.of("RESIDENTS_FEELING_SAFE", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "PERCENT", "HIGHER_IS_BETTER"),
            List.of("VANDALISM_COSTS", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "DKK", "LOWER_IS_BETTER"),
            List.of("ENVIRONMENT_AMBASSADORS", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "COUNT", "HIGHER_IS_BETTER"),
            // issue 14: the seed's crime and unrest, and the estates' maintenance costs
            List.of("REPORTED_CRIME", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "COUNT", "LOWER_IS_BETTER"),
            List.of("UNREST_INCIDENTS", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "COUNT", "LOWER_IS_BETTER"),
            List.of("MAINTENANCE_COSTS", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "DKK", "LOWER_IS_BETTER"),
            List.of("PASSIVE_SUPPORT_16_64", "BESKAEFTIGELSE_OG_UDDANNELSE", "PERCENT", "LOWER_IS_BETTER"),
            List.of("VOLUNTEERS", "BESKAEFTIGELSE_OG_UDDANNELSE", "COUNT", "HIGHER_IS_BETTER"),
            List.of("RESIDENTS_IN_UPSKILLING", "BESKAEFTIGELSE_OG_UDDANNELSE", "COUNT", "HIGHER_IS_BETTER"),
            List.of("NEW_ENTREPRENEURS", "BESKAEFTIGELSE_OG_UDDANNELSE", "COUNT", "HIGHER_IS_BETTER"),
            List.of("SELF_RATED_HEALTH", "SUNDHED", "SCORE", "HIGHER_IS_BETTER"),
            List.of("HEALTH_ACTIVITY_PARTICIPANTS", "SUNDHED", "COUNT", "HIGHER_IS_BETTER"),
            List.of("NON_WESTERN_PARTICIPATION", "INTEGRATION", "PERCENT", "HIGHER_IS_BETTER"),
            List.of("HARD_TO_REACH_BRIDGED", "INTEGRATION", "COUNT", "HIGHER_IS_BETTER"));

    @Test
    void everyThemeOf2011_14HasIndicatorsInTheRightUnitAndDirection() {
        List<Map<String, Object>> items = as(Tokens.reader()).queryParam("roundId", "2011-14").queryParam("limit", 200)
                .get("/v1/indicators").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Map<String, Object>> byCode = items.stream()
                .collect(Collectors.toMap(i -> (String) i.get("code"), Function.identity()));
        for (List<String> expected : SEEDED) {
            Map<String, Object> indicator = byCode.get(expected.get(0));
            assertTrue(indicator != null, expected.get(0) + " is in the catalogue");
            assertEquals(expected, List.of(indicator.get("code"), indicator.get("theme"), indicator.get("unit"),
                    indicator.get("direction")));
            for (String text : List.of("nameDa", "nameEn", "description")) {
                assertFalse(((String) indicator.get(text)).isBlank(), expected.get(0) + " has a " + text);
            }
        }
        Map<String, Object> health = byCode.get("SELF_RATED_HEALTH");
        assertEquals(List.of(1.0f, 5.0f), List.of(health.get("scoreMin"), health.get("scoreMax")));
        assertEquals(null, byCode.get("VANDALISM_COSTS").get("scoreMin"), "only scores have a range");
    }
}
