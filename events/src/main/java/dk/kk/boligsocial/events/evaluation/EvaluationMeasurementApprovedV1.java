package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The municipality has approved a measurement: from now on the value counts towards the plan's progress.
 *
 * <p>Emitted by evaluation-service when a REPORTED measurement is approved by someone other than who created or
 * reported it (four eyes). Several approvals may exist for one indicator and year: the latest one counts.
 *
 * @param planId                the plan; also the record key and {@code ce_subject}
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param measurementId         the measurement
 * @param indicatorId           the catalogue indicator
 * @param indicatorCode         its stable code, e.g. {@code YOUTH_IN_CLUBS}
 * @param unit                  the unit of {@code value}
 * @param year                  the reporting period
 * @param value                 the approved value in the indicator's unit, at most two decimals (NUMERIC(15,2))
 * @param reportedBy            who last reported it (the subject of their token)
 * @param approvedBy            who approved it
 * @param approvedAt            when it was approved
 */
public record EvaluationMeasurementApprovedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        UUID measurementId,
        UUID indicatorId,
        String indicatorCode,
        IndicatorUnit unit,
        int year,
        BigDecimal value,
        String reportedBy,
        String approvedBy,
        Instant approvedAt) implements EvaluationEvent {

    public EvaluationMeasurementApprovedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(measurementId, "measurementId");
        Objects.requireNonNull(indicatorId, "indicatorId");
        PayloadRules.code(indicatorCode, "indicatorCode");
        Objects.requireNonNull(unit, "unit");
        if (year < PayloadRules.FIRST_YEAR || year > PayloadRules.LAST_YEAR) {
            throw new IllegalArgumentException("year must lie in " + PayloadRules.FIRST_YEAR + "-" + PayloadRules.LAST_YEAR);
        }
        Objects.requireNonNull(value, "value");
        if (value.stripTrailingZeros().scale() > 2 || value.abs().compareTo(BigDecimal.TEN.pow(13)) >= 0) {
            throw new IllegalArgumentException("value must have at most two decimals and be below 10^13, not " + value);
        }
        PayloadRules.text(reportedBy, "reportedBy");
        PayloadRules.text(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
