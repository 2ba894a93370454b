package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.util.Map;

/** A locked period is closed: no new measurements, reviews or targets until the municipality unlocks it. */
final class PeriodRules {

    private PeriodRules() {
    }

    static void requireOpen(PlanPeriod period) {
        if (period.locked()) {
            throw new ConflictException("The reporting period " + period.year() + " is locked; the municipality must"
                    + " unlock it first.", Map.of("year", period.year(), "locked", true));
        }
    }
}
