package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A round's capacities never put a pool below what it holds, year by year. */
class PoolFrameTest {

    @Test
    void aYearAskedBelowItsHoldingsKeepsItsCapacityTheOthersAreAsAsked() {
        PoolFrame frame = PoolFrame.reconcile(List.of(year(2012, "3000000"), year(2013, "3000000")),
                Map.of(2012, new BigDecimal("2000000"), 2013, new BigDecimal("2000000")),
                List.of(year(2012, "1000000"), year(2013, "4000000"), year(2014, "5000000")));
        assertEquals(List.of(2012, 2013, 2014), frame.years().stream().map(PoolYear::year).toList());
        assertEquals(0, new BigDecimal("3000000").compareTo(frame.years().get(0).capacity()));
        assertEquals(0, new BigDecimal("12000000").compareTo(frame.capacity()));
        assertEquals(List.of(2012), frame.refused().stream().map(PoolFrame.Refusal::year).toList());
        assertFalse(frame.unchanged());
    }

    @Test
    void aYearThatHoldsMoneyIsNotDroppedAnEmptyOneIs() {
        PoolFrame frame = PoolFrame.reconcile(List.of(year(2012, "3000000"), year(2013, "3000000")),
                Map.of(2012, new BigDecimal("1.00"), 2013, BigDecimal.ZERO), List.of(year(2014, "5000000")));
        assertEquals(List.of(2012, 2014), frame.years().stream().map(PoolYear::year).toList());
        assertEquals(1, frame.refused().size());
    }

    @Test
    void aPoolWithoutYearCapacitiesStaysAsItIsWhenTheRoundWouldPutAYearBelowItsHoldings() {
        PoolFrame frame = PoolFrame.reconcile(List.of(), Map.of(2012, new BigDecimal("2000000")),
                List.of(year(2012, "1000000")));
        assertTrue(frame.unchanged());
        assertEquals(List.of(), frame.years());
        PoolFrame fits = PoolFrame.reconcile(List.of(), Map.of(2012, new BigDecimal("2000000")),
                List.of(year(2012, "2000000")));
        assertFalse(fits.unchanged());
        assertEquals(List.of(), fits.refused());
    }

    private static PoolYear year(int year, String capacity) {
        return new PoolYear(year, new BigDecimal(capacity));
    }
}
