package dk.kk.boligsocial.plans.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantedBudgetTest {

    private static final LocalDate START = LocalDate.of(2012, 1, 1);
    private static final LocalDate END = LocalDate.of(2015, 12, 31);

    @Test
    void theGrantIsSpreadInProportionToTheLbfAmountsRequestedPerYear() {
        List<BudgetLine> requested = List.of(
                line(BudgetSource.LBF, 2012, "1000000.00"),
                line(BudgetSource.LBF, 2013, "3000000.00"));

        List<BudgetLine> granted = GrantedBudget.of(requested, START, END, new BigDecimal("2000000.00"));

        assertLines(List.of(line(BudgetSource.LBF, 2012, "500000.00"), line(BudgetSource.LBF, 2013, "1500000.00")),
                granted);
    }

    @Test
    void theSpreadIsInWholeOereWithTheRoundingRemainderInTheLastYear() {
        List<BudgetLine> requested = List.of(
                line(BudgetSource.LBF, 2012, "1.00"),
                line(BudgetSource.LBF, 2013, "1.00"),
                line(BudgetSource.LBF, 2014, "1.00"));

        List<BudgetLine> granted = GrantedBudget.of(requested, START, END, new BigDecimal("100.00"));

        assertLines(List.of(line(BudgetSource.LBF, 2012, "33.33"), line(BudgetSource.LBF, 2013, "33.33"),
                line(BudgetSource.LBF, 2014, "33.34")), granted);
    }

    @Test
    void theLbfLinesAddUpExactlyToTheGrant() {
        List<BudgetLine> requested = List.of(
                line(BudgetSource.LBF, 2012, "2500000.00"),
                line(BudgetSource.LBF, 2013, "1700000.33"),
                line(BudgetSource.LBF, 2014, "333333.37"),
                line(BudgetSource.LBF, 2015, "999999.99"));
        BigDecimal grant = new BigDecimal("4321987.65");

        BigDecimal sum = GrantedBudget.of(requested, START, END, grant).stream()
                .map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertEquals(grant, sum);
    }

    @Test
    void withoutRequestedLbfLinesTheGrantIsSpreadEvenlyOverThePlanYears() {
        List<BudgetLine> requested = List.of(line(BudgetSource.MUNICIPALITY, 2012, "500000.00"));

        List<BudgetLine> granted = GrantedBudget.of(requested, START, END, new BigDecimal("1000000.00"));

        assertLines(List.of(
                line(BudgetSource.LBF, 2012, "250000.00"), line(BudgetSource.LBF, 2013, "250000.00"),
                line(BudgetSource.LBF, 2014, "250000.00"), line(BudgetSource.LBF, 2015, "250000.00"),
                line(BudgetSource.MUNICIPALITY, 2012, "500000.00")), granted);
    }

    @Test
    void coFinancingStandsAsRequestedAfterTheLbfLines() {
        List<BudgetLine> requested = List.of(
                line(BudgetSource.MUNICIPALITY, 2012, "500000.00"),
                line(BudgetSource.LBF, 2012, "2500000.00"),
                line(BudgetSource.HOUSING_ORGANISATION, 2013, "400000.00"),
                line(BudgetSource.OTHER, 2013, "10000.00"));

        List<BudgetLine> granted = GrantedBudget.of(requested, START, END, new BigDecimal("2000000.00"));

        assertLines(List.of(line(BudgetSource.LBF, 2012, "2000000.00"),
                line(BudgetSource.MUNICIPALITY, 2012, "500000.00"),
                line(BudgetSource.HOUSING_ORGANISATION, 2013, "400000.00"),
                line(BudgetSource.OTHER, 2013, "10000.00")), granted);
    }

    @Test
    void aYearWhoseShareRoundsToNothingHasNoLine() {
        List<BudgetLine> requested = List.of(
                line(BudgetSource.LBF, 2012, "1.00"),
                line(BudgetSource.LBF, 2013, "1000000.00"));

        List<BudgetLine> granted = GrantedBudget.of(requested, START, END, new BigDecimal("0.05"));

        assertLines(List.of(line(BudgetSource.LBF, 2013, "0.05")), granted);
    }

    private static BudgetLine line(BudgetSource source, int year, String amount) {
        return new BudgetLine(source, year, new BigDecimal(amount));
    }

    private static void assertLines(List<BudgetLine> expected, List<BudgetLine> actual) {
        assertEquals(describe(expected), describe(actual));
    }

    private static List<String> describe(List<BudgetLine> lines) {
        return lines.stream().map(l -> l.source() + " " + l.year() + " " + l.amount().toPlainString()).toList();
    }
}
