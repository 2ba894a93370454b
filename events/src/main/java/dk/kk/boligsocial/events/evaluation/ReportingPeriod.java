package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;

import java.time.LocalDate;

/**
 * A reporting period of a plan: one calendar year, cut to the plan period.
 *
 * @param year     the calendar year
 * @param startsOn first day of the period (1 January, or the plan's first day)
 * @param endsOn   last day of the period (31 December, or the plan's last day)
 */
public record ReportingPeriod(int year, LocalDate startsOn, LocalDate endsOn) {

    public ReportingPeriod {
        PayloadRules.periodDate(startsOn, "startsOn");
        PayloadRules.periodDate(endsOn, "endsOn");
        if (startsOn.getYear() != year || endsOn.getYear() != year || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("period " + year + " must run within the year, not " + startsOn + " to " + endsOn);
        }
    }
}
