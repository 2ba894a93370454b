package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.funding.domain.RuleCheck.RuleOutcome;
import dk.kk.boligsocial.funding.domain.RuleCheck.RuleUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoFinancingRulesTest {

    private static final CoFinancingRule ONE_TO_ONE = new CoFinancingRule("2011-14", new BigDecimal("1.0"), null);

    static BudgetLine line(BudgetSource source, int year, String amount) {
        return new BudgetLine(source, year, new BigDecimal(amount));
    }

    private static RuleCheck only(CoFinancingRule rule, List<BudgetLine> budget) {
        List<RuleCheck> checks = CoFinancingRules.check(rule, budget);
        assertEquals(1, checks.size(), checks.toString());
        return checks.get(0);
    }

    @Test
    void aRoundWithoutRulesChecksNothing() {
        assertTrue(CoFinancingRules.check(CoFinancingRule.none("2015-18"),
                List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"))).isEmpty());
    }

    @Test
    void bothRulesAreCheckedMatchFirst() {
        CoFinancingRule both = new CoFinancingRule("r", new BigDecimal("1.0"), new BigDecimal("0.25"));
        List<RuleCheck> checks = CoFinancingRules.check(both, List.of(line(BudgetSource.LBF, 2012, "100.00")));
        assertEquals(List.of(CoFinancingRules.MATCH, CoFinancingRules.LOCAL_SHARE),
                checks.stream().map(RuleCheck::rule).toList());
    }

    @Nested
    class HousingOrganisationMatch {

        @Test
        void exactlyAsMuchAsTheMunicipalityPasses() {
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.LBF, 2012, "5000000.00"),
                    line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "1000000.00")));
            assertEquals(CoFinancingRules.MATCH, check.rule());
            assertEquals("Housing organisation co-financing at least 1 × municipal co-financing", check.description());
            assertEquals(RuleUnit.DKK, check.unit());
            assertEquals(new BigDecimal("1000000.00"), check.expected());
            assertEquals(new BigDecimal("1000000.00"), check.actual());
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }

        @Test
        void oneOereShortFails() {
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "999999.99")));
            assertEquals(new BigDecimal("1000000.00"), check.expected());
            assertEquals(new BigDecimal("999999.99"), check.actual());
            assertEquals(RuleOutcome.FAILED, check.outcome());
        }

        @Test
        void moreThanTheMunicipalityPasses() {
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "1000000.01")));
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }

        @Test
        void isCheckedOnTheWholePlanPeriodNotYearByYear() {
            // 2012 alone would fail, 2013 alone would pass; over both years the plan matches exactly
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                    line(BudgetSource.MUNICIPALITY, 2013, "500000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "500000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2013, "1000000.00")));
            assertEquals(new BigDecimal("1500000.00"), check.expected());
            assertEquals(new BigDecimal("1500000.00"), check.actual());
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }

        @Test
        void severalYearsAddUpToAShortfall() {
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                    line(BudgetSource.MUNICIPALITY, 2013, "1000000.00"),
                    line(BudgetSource.MUNICIPALITY, 2014, "1000000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "1000000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2013, "1000000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2014, "999999.99")));
            assertEquals(new BigDecimal("3000000.00"), check.expected());
            assertEquals(new BigDecimal("2999999.99"), check.actual());
            assertEquals(RuleOutcome.FAILED, check.outcome());
        }

        @Test
        void theExpectedAmountIsRoundedUpToWholeOere() {
            CoFinancingRule half = new CoFinancingRule("r", new BigDecimal("0.5"), null);
            List<BudgetLine> municipal = List.of(line(BudgetSource.MUNICIPALITY, 2012, "333333.33"));
            RuleCheck shortByHalfAnOere = only(half, concat(municipal,
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "166666.66")));
            assertEquals(new BigDecimal("166666.67"), shortByHalfAnOere.expected());
            assertEquals(RuleOutcome.FAILED, shortByHalfAnOere.outcome());
            assertEquals("Housing organisation co-financing at least 0.5 × municipal co-financing",
                    shortByHalfAnOere.description());
            assertEquals(RuleOutcome.PASSED, only(half, concat(municipal,
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "166666.67"))).outcome());
        }

        @Test
        void withoutMunicipalCoFinancingThereIsNothingToMatch() {
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.LBF, 2012, "1000000.00")));
            assertEquals(new BigDecimal("0.00"), check.expected());
            assertEquals(new BigDecimal("0.00"), check.actual());
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }

        @Test
        void otherSourcesDoNotCountAsTheHousingOrganisations() {
            RuleCheck check = only(ONE_TO_ONE, List.of(line(BudgetSource.MUNICIPALITY, 2012, "100.00"),
                    line(BudgetSource.OTHER, 2012, "100.00"), line(BudgetSource.LBF, 2012, "100.00")));
            assertEquals(RuleOutcome.FAILED, check.outcome());
        }
    }

    @Nested
    class MinimumLocalShare {

        private final CoFinancingRule quarter = new CoFinancingRule("r", null, new BigDecimal("0.25"));

        @Test
        void theSeedsProportionsFallShortOfAQuarter() {
            // 60 of 290 is local: 20.68 %
            RuleCheck check = only(quarter, List.of(line(BudgetSource.LBF, 2012, "2300000.00"),
                    line(BudgetSource.MUNICIPALITY, 2012, "300000.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "300000.00")));
            assertEquals(CoFinancingRules.LOCAL_SHARE, check.rule());
            assertEquals("Local co-financing (all but LBF) at least 25 % of the plan total", check.description());
            assertEquals(RuleUnit.SHARE, check.unit());
            assertEquals(new BigDecimal("0.2500"), check.expected());
            assertEquals(new BigDecimal("0.2068"), check.actual());
            assertEquals(RuleOutcome.FAILED, check.outcome());
        }

        @Test
        void exactlyTheShareAsksPasses() {
            RuleCheck check = only(quarter, List.of(line(BudgetSource.LBF, 2012, "300.00"),
                    line(BudgetSource.MUNICIPALITY, 2012, "60.00"), line(BudgetSource.OTHER, 2013, "40.00")));
            assertEquals(new BigDecimal("0.2500"), check.actual());
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }

        @Test
        void oneOereBelowTheShareFails() {
            // 99.99 of 399.99 is 0.24998...: shown cut to four decimals, compared exactly
            RuleCheck check = only(quarter, List.of(line(BudgetSource.LBF, 2012, "300.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2012, "99.99")));
            assertEquals(new BigDecimal("0.2499"), check.actual());
            assertEquals(RuleOutcome.FAILED, check.outcome());
        }

        @Test
        void everythingButLbfIsLocalAcrossYears() {
            RuleCheck check = only(quarter, List.of(line(BudgetSource.LBF, 2012, "150.00"),
                    line(BudgetSource.LBF, 2013, "150.00"), line(BudgetSource.MUNICIPALITY, 2012, "40.00"),
                    line(BudgetSource.HOUSING_ORGANISATION, 2013, "40.00"), line(BudgetSource.OTHER, 2014, "20.00")));
            assertEquals(new BigDecimal("0.2500"), check.actual());
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }

        @Test
        void anEmptyBudgetHasAShareOfZeroAndNothingToFallShortOf() {
            RuleCheck check = only(quarter, List.of());
            assertEquals(new BigDecimal("0.0000"), check.actual());
            assertEquals(RuleOutcome.PASSED, check.outcome());
        }
    }

    private static List<BudgetLine> concat(List<BudgetLine> lines, BudgetLine line) {
        return Stream.concat(lines.stream(), Stream.of(line)).toList();
    }
}
