package dk.kk.boligsocial.events.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period of a plan: one calendar year, cut to the plan period.
 *
 * @param year     the calendar year
 * @param startsOn first day of the period (1 January, or the plan's first day)
 * @param endsOn   last day of the period (31 December, or the plan's last day)
 */
public record ReportingPeriod(int year, LocalDate startsOn, LocalDate endsOn) {

    public ReportingPeriod {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (startsOn.getYear() != year || endsOn.getYear() != year || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("period " + year + " must run within the year, not " + startsOn + " to " + endsOn);
        }
    }
}
