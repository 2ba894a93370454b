package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.funding.domain.Remedy.RemedyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smallest change that makes a refused booking pass, each checked against the real rule and pool check: apply
 * the remedy and the same check passes; a cent less and it does not.
 */
class RemediesTest {

    private static final Pool POOL = new Pool("2011-14", "Medfinansieringspulje", new BigDecimal("30000000.00"),
            List.of(new PoolYear(2012, new BigDecimal("10000000.00")), new PoolYear(2013, new BigDecimal("10000000.00")),
                    new PoolYear(2014, new BigDecimal("10000000.00"))), Instant.parse("2011-04-04T00:00:00Z"));

    private static BudgetLine line(BudgetSource source, int year, String amount) {
        return new BudgetLine(source, year, new BigDecimal(amount));
    }

    private static Remedy only(List<Remedy> remedies, RemedyCode code) {
        List<Remedy> found = remedies.stream().filter(r -> r.code() == code).toList();
        assertEquals(1, found.size(), remedies.toString());
        return found.get(0);
    }

    @Test
    void theMatchRuleNeedsTheHousingOrganisationsShortfallAndNoMore() {
        CoFinancingRule rule = new CoFinancingRule("2011-14", new BigDecimal("1.5"), null);
        List<BudgetLine> budget = List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.01"),
                line(BudgetSource.MUNICIPALITY, 2013, "500000.00"), line(BudgetSource.HOUSING_ORGANISATION, 2012, "2000000.00"));

        Remedy raise = only(Remedies.forRules(rule, budget), RemedyCode.RAISE_HOUSING_ORGANISATION);

        // 1,500,000.01 × 1.5 = 2,250,000.015, rounded up to whole øre as the rule does
        assertEquals(new BigDecimal("250000.02"), raise.amount());
        assertTrue(raise.message().contains("2012: 1500000.02, 2013: 750000.00"), raise.message());
        List<BudgetLine> fixed = List.of(budget.get(0), budget.get(1),
                line(BudgetSource.HOUSING_ORGANISATION, 2012, "2250000.02"));
        List<BudgetLine> aCentShort = List.of(budget.get(0), budget.get(1),
                line(BudgetSource.HOUSING_ORGANISATION, 2012, "2250000.01"));
        assertEquals(RuleCheck.RuleOutcome.PASSED, CoFinancingRules.check(rule, fixed).get(0).outcome());
        assertEquals(RuleCheck.RuleOutcome.FAILED, CoFinancingRules.check(rule, aCentShort).get(0).outcome());
        assertEquals(new BigDecimal("166666.68"),
                only(Remedies.forRules(rule, budget), RemedyCode.LOWER_MUNICIPALITY).amount());
    }

    @Test
    void theLocalShareNeedsWhatMakesTheShareWithTheNewMoneyIncluded() {
        CoFinancingRule rule = new CoFinancingRule("2011-14", null, new BigDecimal("0.25"));
        List<BudgetLine> budget = List.of(line(BudgetSource.LBF, 2012, "9000000.00"),
                line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"));

        Remedy raise = only(Remedies.forRules(rule, budget), RemedyCode.RAISE_LOCAL_CO_FINANCING);

        // (1,000,000 + x) >= 0.25 × (10,000,000 + x): x >= 2,000,000
        assertEquals(new BigDecimal("2000000.00"), raise.amount());
        assertEquals(RuleCheck.RuleOutcome.PASSED, CoFinancingRules.check(rule, List.of(budget.get(0), budget.get(1),
                line(BudgetSource.HOUSING_ORGANISATION, 2012, "2000000.00"))).get(0).outcome());
    }

    @Test
    void aFullYearIsLoweredMovedToAYearWithRoomOrItsCapacityRaised() {
        List<YearHolding> holdings = List.of(
                new YearHolding(2012, new BigDecimal("6000000.00"), BigDecimal.ZERO, BigDecimal.ZERO),
                new YearHolding(2013, new BigDecimal("9800000.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        List<BudgetLine> requested = List.of(line(BudgetSource.MUNICIPALITY, 2012, "5000000.00"));

        List<Remedy> remedies = Remedies.forPool(POOL, holdings, Map.of(), requested);

        assertEquals(new BigDecimal("1000000.00"), only(remedies, RemedyCode.LOWER_YEAR).amount());
        assertEquals(new BigDecimal("1000000.00"), only(remedies, RemedyCode.RAISE_CAPACITY).amount());
        Remedy move = only(remedies, RemedyCode.MOVE_TO_YEAR);
        assertEquals(2014, move.year(), "2013 has only 200,000 left");
        assertEquals(new BigDecimal("1000000.00"), move.amount());
        List<BudgetLine> moved = List.of(line(BudgetSource.MUNICIPALITY, 2012, "4000000.00"),
                line(BudgetSource.MUNICIPALITY, 2014, "1000000.00"));
        assertEquals(List.of(), PoolCheck.refusals(POOL, holdings, Map.of(), moved));
    }
}
