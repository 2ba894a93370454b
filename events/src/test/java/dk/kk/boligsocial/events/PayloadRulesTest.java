package dk.kk.boligsocial.events;

import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanApprovedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.kk.boligsocial.events.Samples.AREAS;
import static dk.kk.boligsocial.events.Samples.END;
import static dk.kk.boligsocial.events.Samples.GRANTED;
import static dk.kk.boligsocial.events.Samples.ORGANISATION;
import static dk.kk.boligsocial.events.Samples.PLAN;
import static dk.kk.boligsocial.events.Samples.REQUESTED;
import static dk.kk.boligsocial.events.Samples.ROUND;
import static dk.kk.boligsocial.events.Samples.START;
import static dk.kk.boligsocial.events.Samples.THEMES;
import static dk.kk.boligsocial.events.Samples.TITLE;
import static dk.kk.boligsocial.events.Samples.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema rules that the records refuse already at construction. */
class PayloadRulesTest {

    private static final Decision DECISION = new Decision("lbf", Instant.parse("2011-12-01T12:00:00Z"), null, null);

    @Test
    void moneyKeepsTwoDecimalsWhateverItWasWrittenWith() {
        assertEquals(new BigDecimal("30000000.00"), Money.dkk("30000000").amount());
        assertEquals(new BigDecimal("0.50"), Money.dkk(new BigDecimal("0.500")).amount());
        assertEquals(Money.dkk("12.3"), new Money(new BigDecimal("12.30"), "DKK"));
        assertEquals("DKK", Money.dkk("1").currency());
    }

    @Test
    void moneyRefusesAThirdDecimalRatherThanRoundingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.dkk("1000.005"));
        assertTrue(e.getMessage().contains("1000.005"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dkk", "DK", "DKKR", "D1K", ""})
    void moneyRefusesCurrenciesThatAreNotThreeCapitalLetters(String currency) {
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.ONE, currency));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00"})
    void budgetLinesArePositive(String amount) {
        assertThrows(IllegalArgumentException.class, () -> line(BudgetSource.LBF, 2012, amount));
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101})
    void budgetYearsAreSane(int year) {
        assertThrows(IllegalArgumentException.class, () -> line(BudgetSource.LBF, year, "1.00"));
    }

    @Test
    void decisionNeedsAnActorAndATime() {
        Instant at = Instant.parse("2011-12-01T12:00:00Z");
        assertThrows(NullPointerException.class, () -> new Decision(null, at, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Decision(" ", at, null, null));
        assertThrows(NullPointerException.class, () -> new Decision("lbf", null, null, null));
    }

    @Test
    void grantedLbfLinesMustAddUpToTheGrantedAmount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> granted(Money.dkk("5500000.01"), GRANTED));
        assertTrue(e.getMessage().contains("5500000.01"), e.getMessage());

        List<BudgetLine> withoutLbf = GRANTED.stream().filter(l -> l.source() != BudgetSource.LBF).toList();
        assertThrows(IllegalArgumentException.class, () -> granted(Money.dkk("5500000"), withoutLbf));

        List<BudgetLine> inEuro = new ArrayList<>(withoutLbf);
        inEuro.add(new BudgetLine(BudgetSource.LBF, 2012, new Money(new BigDecimal("5500000"), "EUR")));
        assertThrows(IllegalArgumentException.class, () -> granted(Money.dkk("5500000"), inEuro));

        assertThrows(IllegalArgumentException.class, () -> granted(new Money(BigDecimal.ZERO, "DKK"), withoutLbf));
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> themes = new ArrayList<>(THEMES);
        PlanPrequalifiedV1 event = new PlanPrequalifiedV1(PLAN, TITLE, ROUND, ORGANISATION, AREAS, themes, START, END,
                REQUESTED, DECISION);
        themes.add("SUNDHED");
        assertEquals(THEMES, event.themes());
        assertThrows(UnsupportedOperationException.class, () -> event.themes().add("SUNDHED"));
    }

    @Test
    void plansCoverAreasAndThemesWithoutDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> prequalified(List.of(), THEMES));
        assertThrows(IllegalArgumentException.class, () -> prequalified(AREAS, List.of()));
        assertThrows(IllegalArgumentException.class, () -> prequalified(List.of(PLAN, PLAN), THEMES));
        assertThrows(IllegalArgumentException.class, () -> prequalified(AREAS, List.of("Sundhed")));
    }

    @Test
    void periodCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new PlanPrequalifiedV1(PLAN, TITLE, ROUND, ORGANISATION,
                AREAS, THEMES, END, START, REQUESTED, DECISION));
    }

    /** A consumer iterates over the period's years: an absurd end must not get past the record (issue 10). */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "2101-01-01", "1999-12-31"})
    void periodLiesInTheYears2000To2100(String date) {
        LocalDate outside = LocalDate.parse(date);
        LocalDate start = outside.isBefore(START) ? outside : START;
        LocalDate end = outside.isBefore(START) ? END : outside;

        assertThrows(IllegalArgumentException.class, () -> new PlanPrequalifiedV1(PLAN, TITLE, ROUND, ORGANISATION,
                AREAS, THEMES, start, end, REQUESTED, DECISION));
    }

    @Test
    void moneyIsLessThanTenToTheThirteenth() {
        assertEquals(new BigDecimal("9999999999999.99"), Money.dkk("9999999999999.99").amount());
        assertThrows(IllegalArgumentException.class, () -> Money.dkk("10000000000000"));
        assertThrows(IllegalArgumentException.class, () -> Money.dkk("-10000000000000.00"));
    }

    @Test
    void requiredValuesCannotBeMissing() {
        assertThrows(NullPointerException.class, () -> new PlanApprovedV1(PLAN, ROUND, ORGANISATION,
                "Teknik- og Miljøudvalget", null, DECISION));
        assertThrows(IllegalArgumentException.class, () -> new PlanApprovedV1(PLAN, " ", ORGANISATION,
                "Teknik- og Miljøudvalget", START, DECISION));
        assertThrows(NullPointerException.class, () -> new PlanApprovedV1(PLAN, ROUND, ORGANISATION,
                "Teknik- og Miljøudvalget", START, null));
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void plansAreWithdrawnOnlyFromOpenStatesBeforeTheGrant(PlanStatus previous) {
        boolean withdrawable = switch (previous) {
            case DRAFT, SUBMITTED, PREQUALIFIED, APPROVED -> true;
            case REJECTED, GRANTED, ACTIVE, COMPLETED, WITHDRAWN -> false;
        };
        assertEquals(withdrawable, previous.isWithdrawable());
        if (withdrawable) {
            assertEquals(previous, new PlanWithdrawnV1(PLAN, ROUND, ORGANISATION, previous, DECISION).previousStatus());
        } else {
            assertThrows(IllegalArgumentException.class,
                    () -> new PlanWithdrawnV1(PLAN, ROUND, ORGANISATION, previous, DECISION));
        }
    }

    private static PlanGrantedV1 granted(Money grantedAmount, List<BudgetLine> grantedBudget) {
        return new PlanGrantedV1(PLAN, TITLE, ROUND, ORGANISATION, AREAS, THEMES, START, END, REQUESTED,
                grantedAmount, grantedBudget, DECISION);
    }

    private static PlanPrequalifiedV1 prequalified(List<UUID> areas, List<String> themes) {
        return new PlanPrequalifiedV1(PLAN, TITLE, ROUND, ORGANISATION, areas, themes, START, END, REQUESTED, DECISION);
    }
}
