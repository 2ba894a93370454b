package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.funding.domain.RefusalReason.RefusalCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolCheckTest {

    private static final Instant CREATED = Instant.parse("2011-04-04T00:00:00Z");

    private static BigDecimal dkk(String amount) {
        return new BigDecimal(amount);
    }

    private static Pool pool(String capacity, Object... yearCapacities) {
        List<PoolYear> years = new ArrayList<>();
        for (int i = 0; i < yearCapacities.length; i += 2) {
            years.add(new PoolYear((Integer) yearCapacities[i], dkk((String) yearCapacities[i + 1])));
        }
        return new Pool("2011-14", "Medfinansieringspulje", dkk(capacity), years, CREATED);
    }

    private static YearHolding holding(int year, String reserved, String committed, String disbursed) {
        return new YearHolding(year, dkk(reserved), dkk(committed), dkk(disbursed));
    }

    private static BudgetLine municipal(int year, String amount) {
        return new BudgetLine(BudgetSource.MUNICIPALITY, year, dkk(amount));
    }

    private static List<RefusalReason> refusals(Pool pool, List<YearHolding> holdings, BudgetLine... requested) {
        return PoolCheck.refusals(pool, holdings, Map.of(), List.of(requested));
    }

    @Test
    void aPoolWithoutYearsCarriesUpToWhatIsAvailableOfItsTotal() {
        Pool pool = pool("10000000.00");
        List<YearHolding> holdings = List.of(holding(2012, "3000000.00", "2000000.00", "0.00"));
        assertTrue(refusals(pool, holdings, municipal(2012, "2500000.00"), municipal(2019, "2500000.00")).isEmpty(),
                "a pool without per-year capacities takes any year, up to its total");

        List<RefusalReason> reasons = refusals(pool, holdings, municipal(2012, "2500000.00"),
                municipal(2013, "2500000.01"));
        assertEquals(List.of(new RefusalReason(RefusalCode.POOL_EXHAUSTED,
                "5000000.01 requested, 5000000.00 available of the pool's 10000000.00")), reasons);
    }

    @Test
    void availableIsCapacityLessReservedAndCommittedNotLessDisbursed() {
        Pool pool = pool("1000000.00", 2012, "1000000.00");
        // disbursed money is part of the committed: it does not count twice
        List<YearHolding> holdings = List.of(holding(2012, "300000.00", "400000.00", "400000.00"));
        assertTrue(refusals(pool, holdings, municipal(2012, "300000.00")).isEmpty());
        List<RefusalReason> reasons = refusals(pool, holdings, municipal(2012, "300000.01"));
        assertEquals(List.of(RefusalCode.YEAR_EXHAUSTED, RefusalCode.POOL_EXHAUSTED),
                reasons.stream().map(RefusalReason::code).toList());
        assertEquals("2012: 300000.01 requested, 300000.00 available of the year's 1000000.00",
                reasons.get(0).message());
    }

    @Test
    void eachYearIsCheckedAgainstItsOwnCapacity() {
        Pool pool = pool("3000000.00", 2012, "1500000.00", 2013, "1500000.00");
        List<YearHolding> holdings = List.of(holding(2012, "1000000.00", "0.00", "0.00"),
                holding(2013, "1000000.00", "0.00", "0.00"));

        List<RefusalReason> reasons = refusals(pool, holdings, municipal(2012, "1000000.00"),
                municipal(2013, "500000.00"));

        assertEquals(List.of(new RefusalReason(RefusalCode.YEAR_EXHAUSTED,
                "2012: 1000000.00 requested, 500000.00 available of the year's 1500000.00"),
                new RefusalReason(RefusalCode.POOL_EXHAUSTED,
                        "1500000.00 requested, 1000000.00 available of the pool's 3000000.00")), reasons);
    }

    @Test
    void aYearFilledToItsCapacityExactlyIsAccepted() {
        Pool pool = pool("3000000.00", 2012, "1500000.00", 2013, "1500000.00");
        List<YearHolding> holdings = List.of(holding(2012, "1000000.00", "0.00", "0.00"));
        assertTrue(refusals(pool, holdings, municipal(2012, "500000.00"), municipal(2013, "1500000.00")).isEmpty());
    }

    @Test
    void aYearThePoolHasNoCapacityForIsRefusedNamingTheYearsItHas() {
        Pool pool = pool("3000000.00", 2012, "1000000.00", 2013, "1000000.00");
        List<RefusalReason> reasons = refusals(pool, List.of(), municipal(2015, "100000.00"));
        assertEquals(List.of(new RefusalReason(RefusalCode.YEAR_NOT_IN_POOL,
                "2015: 100000.00 requested, but the pool has capacity only for [2012, 2013]")), reasons);
    }

    @Test
    void thePlansOwnReservationIsGivenBackBeforeItsCommitmentIsChecked() {
        Pool pool = pool("2000000.00", 2012, "1000000.00", 2013, "1000000.00");
        // the pool is full, half of it with this plan's own reservation
        List<YearHolding> holdings = List.of(holding(2012, "1000000.00", "0.00", "0.00"),
                holding(2013, "1000000.00", "0.00", "0.00"));
        Map<Integer, BigDecimal> own = Map.of(2012, dkk("500000.00"), 2013, dkk("500000.00"));
        List<BudgetLine> commitment = List.of(municipal(2012, "500000.00"), municipal(2013, "500000.00"));

        assertTrue(PoolCheck.refusals(pool, holdings, own, commitment).isEmpty());
        assertEquals(List.of(RefusalCode.YEAR_EXHAUSTED, RefusalCode.POOL_EXHAUSTED),
                PoolCheck.refusals(pool, holdings, own, List.of(municipal(2012, "500000.01"),
                        municipal(2013, "500000.00"))).stream().map(RefusalReason::code).toList());
    }

    @Test
    void nothingRequestedIsNeverRefused() {
        Pool pool = pool("1000000.00", 2012, "1000000.00");
        assertTrue(refusals(pool, List.of(holding(2012, "1000000.00", "0.00", "0.00"))).isEmpty());
    }

    @Test
    void theHousingOrganisationsViewOfAReasonKeepsItsRequestAndDropsThePoolsFigures() {
        assertEquals(new RefusalReason(RefusalCode.POOL_EXHAUSTED, "5000000.01 requested, more than the pool has left"),
                RefusalReason.poolExhausted(dkk("5000000.01"), dkk("5000000.00"), dkk("10000000.00")).withOwnFiguresOnly());
        assertEquals(new RefusalReason(RefusalCode.YEAR_EXHAUSTED,
                        "2012: 300000.01 requested, more than the pool has left for the year"),
                RefusalReason.yearExhausted(2012, dkk("300000.01"), dkk("300000.00"), dkk("1000000.00")).withOwnFiguresOnly());
        RefusalReason ownRule = new RefusalReason(RefusalCode.RULE_FAILED, "housing organisation matches: expected 1.0, actual 0.9");
        assertEquals(ownRule, ownRule.withOwnFiguresOnly());
    }
}
