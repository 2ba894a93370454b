package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The due date of a reporting period has passed and some of the plan's indicators still have no value reported
 * for it.
 *
 * <p>Emitted by evaluation-service's reminder job once per period, on the first run after the due date.
 * A period whose due date is moved (overridden per plan) may be reminded again for its new date.
 *
 * @param planId                the plan; also the record key and {@code ce_subject}
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param year                  the reporting period
 * @param dueOn                 the period's due date
 * @param missing               the indicators without a REPORTED or APPROVED value for the period
 * @param remindedAt            when the reminder was decided
 */
public record ReportingOverdueV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        int year,
        LocalDate dueOn,
        List<MissingIndicator> missing,
        Instant remindedAt) implements EvaluationEvent {

    public ReportingOverdueV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        if (year < PayloadRules.FIRST_YEAR || year > PayloadRules.LAST_YEAR) {
            throw new IllegalArgumentException("year must lie in " + PayloadRules.FIRST_YEAR + "-" + PayloadRules.LAST_YEAR);
        }
        Objects.requireNonNull(dueOn, "dueOn");
        missing = PayloadRules.nonEmpty(missing, "missing");
        Objects.requireNonNull(remindedAt, "remindedAt");
    }
}
