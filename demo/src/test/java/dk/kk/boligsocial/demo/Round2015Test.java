package dk.kk.boligsocial.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.client.plans.model.PoolYear;
import dk.kk.boligsocial.client.plans.model.RoundRequest;
import dk.kk.boligsocial.client.plans.model.ThemeValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2015-18 round the demo opens: LBF's four indsatsområder and a pool inside the round's years. */
class Round2015Test {

    @Test
    void theRoundHasTheFourIndsatsomraaderOfTheRegulationAndAPoolInsideItsYears() {
        RoundRequest round = Round2015.request();
        assertEquals("2015-18", round.getId());
        assertEquals(2015, round.getFirstYear());
        assertEquals(2018, round.getLastYear());
        assertEquals(List.of("Tryghed og trivsel", "Kriminalpræventive indsatser", "Uddannelse og beskæftigelse",
                "Forebyggelse og forældreansvar"), round.getThemes().stream().map(ThemeValue::getNameDa).toList());
        assertEquals(List.of(1, 2, 3, 4), round.getThemes().stream().map(ThemeValue::getPosition).toList());
        assertTrue(round.getThemes().stream().allMatch(t -> t.getCode().matches("[A-Z][A-Z0-9_]*")));
        assertEquals(List.of(2015, 2016, 2017, 2018), round.getPool().getYears().stream().map(PoolYear::getYear).toList());
        assertEquals(0, new BigDecimal("32000000.00").compareTo(round.getPool().getYears().stream()
                .map(y -> y.getCapacity().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
