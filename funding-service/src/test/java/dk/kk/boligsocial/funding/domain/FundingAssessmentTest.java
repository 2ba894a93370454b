package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.funding.domain.RefusalReason.RefusalCode;
import dk.kk.boligsocial.funding.domain.RuleCheck.RuleOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingAssessmentTest {

    private static final CoFinancingRule ONE_TO_ONE = new CoFinancingRule("2011-14", new BigDecimal("1.0"), null);
    private static final Pool POOL = new Pool("2011-14", "Medfinansieringspulje", new BigDecimal("1000000.00"),
            List.of(new PoolYear(2012, new BigDecimal("1000000.00"))), Instant.parse("2011-04-04T00:00:00Z"));

    private static BudgetLine line(BudgetSource source, int year, String amount) {
        return new BudgetLine(source, year, new BigDecimal(amount));
    }

    private static List<RefusalCode> codes(FundingAssessment assessment) {
        return assessment.reasons().stream().map(RefusalReason::code).toList();
    }

    @Test
    void aBudgetThatPassesTheRulesAndFitsThePoolPassesWithItsChecks() {
        FundingAssessment assessment = FundingAssessment.of("2011-14", POOL, ONE_TO_ONE, List.of(),
                List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.00"),
                        line(BudgetSource.HOUSING_ORGANISATION, 2012, "1000000.00")), Map.of());
        assertTrue(assessment.passed());
        assertEquals(List.of(RuleOutcome.PASSED), assessment.checks().stream().map(RuleCheck::outcome).toList());
    }

    @Test
    void aRoundWithoutPoolRefusesMunicipalCoFinancing() {
        FundingAssessment assessment = FundingAssessment.of("2015-18", null, CoFinancingRule.none("2015-18"),
                List.of(), List.of(line(BudgetSource.MUNICIPALITY, 2016, "1.00")), Map.of());
        assertFalse(assessment.passed());
        assertEquals(List.of(new RefusalReason(RefusalCode.NO_POOL, "round 2015-18 has no co-financing pool")),
                assessment.reasons());
    }

    @Test
    void aRoundWithoutPoolAsksNothingOfAPlanWithoutMunicipalCoFinancing() {
        FundingAssessment assessment = FundingAssessment.of("2015-18", null, CoFinancingRule.none("2015-18"),
                List.of(), List.of(line(BudgetSource.LBF, 2016, "1000000.00")), Map.of());
        assertTrue(assessment.passed());
    }

    @Test
    void aFailedRuleIsAReasonWithTheFiguresAndComesBeforeThePoolsReasons() {
        FundingAssessment assessment = FundingAssessment.of("2011-14", POOL, ONE_TO_ONE, List.of(),
                List.of(line(BudgetSource.MUNICIPALITY, 2012, "1000000.01"),
                        line(BudgetSource.HOUSING_ORGANISATION, 2012, "999999.99")), Map.of());
        assertEquals(List.of(RefusalCode.RULE_FAILED, RefusalCode.YEAR_EXHAUSTED, RefusalCode.POOL_EXHAUSTED),
                codes(assessment));
        assertEquals("Housing organisation co-financing at least 1 × municipal co-financing: expected 1000000.01,"
                + " actual 999999.99", assessment.reasons().get(0).message());
        assertEquals(List.of(RuleOutcome.FAILED), assessment.checks().stream().map(RuleCheck::outcome).toList());
    }

    @Test
    void noPoolAndAFailedRuleAreBothNamed() {
        FundingAssessment assessment = FundingAssessment.of("2015-18", null, ONE_TO_ONE, List.of(),
                List.of(line(BudgetSource.MUNICIPALITY, 2016, "100.00")), Map.of());
        assertEquals(List.of(RefusalCode.NO_POOL, RefusalCode.RULE_FAILED), codes(assessment));
    }

    @Test
    void onlyTheMunicipalLinesAreBookedAgainstThePool() {
        FundingAssessment assessment = FundingAssessment.of("2011-14", POOL, CoFinancingRule.none("2011-14"),
                List.of(new YearHolding(2012, new BigDecimal("400000.00"), BigDecimal.ZERO, BigDecimal.ZERO)),
                List.of(line(BudgetSource.LBF, 2012, "5000000.00"), line(BudgetSource.MUNICIPALITY, 2012, "600000.00"),
                        line(BudgetSource.HOUSING_ORGANISATION, 2015, "600000.00")), Map.of());
        assertTrue(assessment.passed(), assessment.reasons().toString());
    }
}
