package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan period becomes one reporting period per calendar year, cut to the plan period. */
class PeriodRulesTest {

    private static final UUID PLAN = UUID.randomUUID();

    @Test
    void fullCalendarYearsGiveOneWholeYearEach() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-01-01"), date("2015-12-31"));

        assertEquals(List.of(
                period(2012, "2012-01-01", "2012-12-31"),
                period(2013, "2013-01-01", "2013-12-31"),
                period(2014, "2014-01-01", "2014-12-31"),
                period(2015, "2015-01-01", "2015-12-31")), shapes(periods));
    }

    @Test
    void aPlanStartingMidYearReportsForTheRestOfItsFirstYear() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-07-01"), date("2014-12-31"));

        assertEquals(List.of(
                period(2012, "2012-07-01", "2012-12-31"),
                period(2013, "2013-01-01", "2013-12-31"),
                period(2014, "2014-01-01", "2014-12-31")), shapes(periods));
    }

    @Test
    void aPlanEndingMidYearReportsForThePartOfItsLastYearItRan() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-01-01"), date("2015-03-31"));

        assertEquals(List.of(
                period(2012, "2012-01-01", "2012-12-31"),
                period(2013, "2013-01-01", "2013-12-31"),
                period(2014, "2014-01-01", "2014-12-31"),
                period(2015, "2015-01-01", "2015-03-31")), shapes(periods));
    }

    @Test
    void aPlanStartingAndEndingMidYearIsCutAtBothEnds() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-08-15"), date("2016-08-14"));

        assertEquals(List.of(
                period(2012, "2012-08-15", "2012-12-31"),
                period(2013, "2013-01-01", "2013-12-31"),
                period(2014, "2014-01-01", "2014-12-31"),
                period(2015, "2015-01-01", "2015-12-31"),
                period(2016, "2016-01-01", "2016-08-14")), shapes(periods));
    }

    @Test
    void aPlanWithinOneYearHasOnePeriodCutAtBothEnds() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2013-03-01"), date("2013-10-31"));

        assertEquals(List.of(period(2013, "2013-03-01", "2013-10-31")), shapes(periods));
    }

    @Test
    void aPlanOfOneDayHasOnePeriodOfThatDay() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2013-12-31"), date("2013-12-31"));

        assertEquals(List.of(period(2013, "2013-12-31", "2013-12-31")), shapes(periods));
    }

    @Test
    void aPlanFromNewYearsEveToNewYearsDayTouchesTwoYears() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-12-31"), date("2013-01-01"));

        assertEquals(List.of(
                period(2012, "2012-12-31", "2012-12-31"),
                period(2013, "2013-01-01", "2013-01-01")), shapes(periods));
    }

    @Test
    void aLeapYearEndsOnTheThirtyFirstOfDecemberLikeAnyOther() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-02-29"), date("2012-12-31"));

        assertEquals(List.of(period(2012, "2012-02-29", "2012-12-31")), shapes(periods));
    }

    @Test
    void everyPeriodBelongsToThePlanAndStartsOpen() {
        List<PlanPeriod> periods = PeriodRules.reportingPeriods(PLAN, date("2012-01-01"), date("2013-12-31"));

        periods.forEach(period -> {
            assertEquals(PLAN, period.planId());
            assertFalse(period.locked());
        });
        assertEquals(2, periods.stream().map(PlanPeriod::id).distinct().count(), "each period has its own id");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PeriodRules.reportingPeriods(PLAN, date("2013-01-01"), date("2012-12-31")));
    }

    private record Shape(int year, LocalDate startsOn, LocalDate endsOn) {
    }

    private static Shape period(int year, String startsOn, String endsOn) {
        return new Shape(year, date(startsOn), date(endsOn));
    }

    private static List<Shape> shapes(List<PlanPeriod> periods) {
        return periods.stream().map(p -> new Shape(p.year(), p.startsOn(), p.endsOn())).toList();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
