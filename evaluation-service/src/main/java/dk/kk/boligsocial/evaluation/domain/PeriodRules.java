package dk.kk.boligsocial.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a plan period is cut into reporting periods: one per calendar year it touches, because targets and
 * measurements are set and reported per year. The first and last year are cut to the plan period, so a plan that
 * starts or ends mid-year reports for the part of the year it ran.
 */
public final class PeriodRules {

    private PeriodRules() {
    }

    /** As {@link #reportingPeriods(UUID, LocalDate, LocalDate, DueRule)} with the default due rule. */
    public static List<PlanPeriod> reportingPeriods(UUID planId, LocalDate start, LocalDate end) {
        return reportingPeriods(planId, start, end, DueRule.DEFAULT);
    }

    /**
     * @param start first day of the plan period
     * @param end   last day of the plan period, not before {@code start}
     * @param due   the round's rule for each period's due date
     * @return the plan's reporting periods, in year order
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static List<PlanPeriod> reportingPeriods(UUID planId, LocalDate start, LocalDate end, DueRule due) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("plan period ends (" + end + ") before it starts (" + start + ")");
        }
        List<PlanPeriod> periods = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate firstDay = LocalDate.of(year, 1, 1);
            LocalDate lastDay = LocalDate.of(year, 12, 31);
            periods.add(new PlanPeriod(planId, year, later(firstDay, start), earlier(lastDay, end), due.dueOn(year)));
        }
        return periods;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
