package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.funding.domain.RefusalReason.RefusalCode;
import dk.kk.boligsocial.funding.domain.RuleCheck.RuleOutcome;
import dk.kk.boligsocial.funding.domain.RuleCheck.RuleUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanFundingTest {

    private static final Instant LEARNT = Instant.parse("2011-06-15T12:00:00Z");
    private static final Instant LATER = Instant.parse("2011-12-01T12:00:00Z");
    private static final RuleCheck PASSED = new RuleCheck(CoFinancingRules.MATCH, "match", RuleUnit.DKK,
            new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), RuleOutcome.PASSED);
    private static final RefusalReason NO_ROOM = new RefusalReason(RefusalCode.POOL_EXHAUSTED, "no room");

    private static PlanFunding requested() {
        return new PlanFunding(UUID.randomUUID(), "2011-14", UUID.randomUUID(), "Helhedsplan",
                List.of(new BudgetLine(BudgetSource.MUNICIPALITY, 2012, new BigDecimal("1000000.00"))),
                BudgetBasis.REQUESTED, LEARNT);
    }

    @Test
    void aPlanJustLearntHoldsNothing() {
        PlanFunding plan = requested();
        assertEquals(FundingState.CLOSED, plan.state());
        assertEquals(BudgetBasis.REQUESTED, plan.budgetBasis());
        assertEquals(LEARNT, plan.updatedAt());
    }

    @Test
    void reservingKeepsTheRuleChecks() {
        PlanFunding plan = requested();
        plan.reserve(List.of(PASSED), LATER);
        assertEquals(FundingState.RESERVED, plan.state());
        assertEquals(List.of(PASSED), plan.ruleChecks());
        assertTrue(plan.refusalReasons().isEmpty());
        assertEquals(LATER, plan.updatedAt());
    }

    @Test
    void aRefusedPrequalificationHoldsNothingAndSaysWhy() {
        PlanFunding plan = requested();
        plan.refuse(List.of(PASSED), List.of(NO_ROOM), false, LATER);
        assertEquals(FundingState.REFUSED, plan.state());
        assertEquals(List.of(NO_ROOM), plan.refusalReasons());
    }

    @Test
    void aRefusedGrantKeepsTheReservationItHolds() {
        PlanFunding plan = requested();
        plan.reserve(List.of(PASSED), LEARNT);
        plan.refuse(List.of(PASSED), List.of(NO_ROOM), true, LATER);
        assertEquals(FundingState.RESERVED, plan.state());
        assertEquals(List.of(NO_ROOM), plan.refusalReasons());
    }

    @Test
    void committingReplacesTheRequestWithTheGrantAndForgetsEarlierRefusals() {
        PlanFunding plan = requested();
        plan.refuse(List.of(), List.of(NO_ROOM), false, LEARNT);
        List<BudgetLine> granted = List.of(new BudgetLine(BudgetSource.LBF, 2012, new BigDecimal("5000000.00")),
                new BudgetLine(BudgetSource.MUNICIPALITY, 2012, new BigDecimal("900000.00")));

        plan.commit(granted, true, List.of(PASSED), LATER);

        assertEquals(FundingState.COMMITTED, plan.state());
        assertEquals(BudgetBasis.GRANTED, plan.budgetBasis());
        assertEquals(granted, plan.budget());
        assertTrue(plan.committedWithoutReservation());
        assertTrue(plan.refusalReasons().isEmpty());
        assertEquals(List.of(PASSED), plan.ruleChecks());
    }

    @Test
    void releasingAndClosingKeepTheLastChecks() {
        PlanFunding released = requested();
        released.reserve(List.of(PASSED), LEARNT);
        released.release(LATER);
        assertEquals(FundingState.RELEASED, released.state());
        assertEquals(List.of(PASSED), released.ruleChecks());

        PlanFunding closed = requested();
        closed.refuse(List.of(), List.of(NO_ROOM), false, LEARNT);
        closed.close(LATER);
        assertEquals(FundingState.CLOSED, closed.state());
        assertEquals(LATER, closed.updatedAt());
        assertFalse(closed.committedWithoutReservation());
    }

    @Test
    void theReservationIsTheMunicipalMoneyStillReservedByYear() {
        List<PlanPosition> positions = List.of(
                new PlanPosition(BudgetSource.MUNICIPALITY, 2013, new BigDecimal("500000.00"), BigDecimal.ZERO,
                        BigDecimal.ZERO),
                new PlanPosition(BudgetSource.MUNICIPALITY, 2012, new BigDecimal("400000.00"), BigDecimal.ZERO,
                        BigDecimal.ZERO),
                new PlanPosition(BudgetSource.MUNICIPALITY, 2014, new BigDecimal("0.00"), new BigDecimal("1.00"),
                        BigDecimal.ZERO),
                new PlanPosition(BudgetSource.LBF, 2012, new BigDecimal("700000.00"), BigDecimal.ZERO,
                        BigDecimal.ZERO));
        assertEquals(List.of(2012, 2013), List.copyOf(PlanPosition.municipalReservation(positions).keySet()));
        assertEquals(new BigDecimal("400000.00"), PlanPosition.municipalReservation(positions).get(2012));
        assertEquals(new BigDecimal("750000.00"), new PlanPosition(BudgetSource.MUNICIPALITY, 2012, BigDecimal.ZERO,
                new BigDecimal("1000000.00"), new BigDecimal("250000.00")).remaining());
    }
}
