package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A granted plan has its evaluation framework.
 *
 * <p>Emitted by evaluation-service once per plan, when it has consumed {@code plan.granted.v1}: the
 * catalogue indicators of the plan's themes and one reporting period per calendar year of the plan
 * period. Baselines, targets and measurements follow over the HTTP API.
 *
 * @param planId                the plan; also the record key and {@code ce_subject}
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param themes                the plan's theme codes
 * @param periodStart           first day of the plan period
 * @param periodEnd             last day of the plan period
 * @param periods               the reporting periods, one per year, in order
 * @param indicators            the indicators of the framework; empty if the catalogue has none for the themes
 * @param createdAt             when the framework was created
 */
public record EvaluationFrameworkCreatedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        List<String> themes,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<ReportingPeriod> periods,
        List<FrameworkIndicator> indicators,
        Instant createdAt) implements EvaluationEvent {

    public EvaluationFrameworkCreatedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        themes = PayloadRules.nonEmpty(themes, "themes");
        themes.forEach(theme -> PayloadRules.code(theme, "themes[]"));
        PayloadRules.periodDate(periodStart, "periodStart");
        PayloadRules.periodDate(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
        }
        periods = PayloadRules.nonEmpty(periods, "periods");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
