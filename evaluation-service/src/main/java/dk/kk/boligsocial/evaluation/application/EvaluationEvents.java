package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.domain.Evaluation;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Measurement;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.events.evaluation.EvaluationCompletedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationFrameworkCreatedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationMeasurementApprovedV1;
import dk.kk.boligsocial.events.evaluation.FrameworkIndicator;
import dk.kk.boligsocial.events.evaluation.ReportingPeriod;
import dk.kk.boligsocial.events.evaluation.ThemeAssessment;
import java.util.List;

/**
 * The events evaluation-service publishes, built from the domain: the one place that knows their payloads. Use cases
 * hand the result to {@code Outbox.publish(planId, payload)}.
 */
final class EvaluationEvents {

    private EvaluationEvents() {
    }

    static EvaluationFrameworkCreatedV1 frameworkCreated(Framework framework, List<PlanPeriod> periods,
            List<Indicator> indicators) {
        return new EvaluationFrameworkCreatedV1(framework.planId(), framework.roundId(),
                framework.housingOrganisationId(), framework.themes(), framework.periodStart(), framework.periodEnd(),
                periods.stream().map(p -> new ReportingPeriod(p.year(), p.startsOn(), p.endsOn())).toList(),
                // v1's indicators have a unit; a QUALITATIVE one has none and is read from the framework instead.
                indicators.stream().filter(i -> i.unit() != null).map(i -> new FrameworkIndicator(i.id(), i.code(), i.theme(), unit(i.unit()),
                        direction(i.direction()))).toList(),
                framework.createdAt());
    }

    /** Only the FINAL evaluation is announced: it is what the plan's results are judged by. */
    static EvaluationCompletedV1 evaluationCompleted(Framework framework, Evaluation evaluation) {
        return new EvaluationCompletedV1(framework.planId(), framework.roundId(), framework.housingOrganisationId(),
                evaluation.id(),
                evaluation.assessments().stream()
                        .map(a -> new ThemeAssessment(a.theme(), a.rating(), a.findings())).toList(),
                evaluation.author(), evaluation.submittedAt());
    }

    /** An approval: the value now counts; who reported and who approved it (never the same person). */
    static EvaluationMeasurementApprovedV1 measurementApproved(Framework framework, Indicator indicator,
            Measurement measurement) {
        return new EvaluationMeasurementApprovedV1(framework.planId(), framework.roundId(),
                framework.housingOrganisationId(), measurement.id(), indicator.id(), indicator.code(),
                unit(indicator.unit()), measurement.year(), measurement.value(), measurement.reportedBy(),
                measurement.reviewedBy(), measurement.reviewedAt());
    }

    // Exhaustive switches: a unit or direction the event contract lacks must not compile, let alone be published.
    private static dk.kk.boligsocial.events.evaluation.IndicatorUnit unit(IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> dk.kk.boligsocial.events.evaluation.IndicatorUnit.PERCENT;
            case COUNT -> dk.kk.boligsocial.events.evaluation.IndicatorUnit.COUNT;
            case DKK -> dk.kk.boligsocial.events.evaluation.IndicatorUnit.DKK;
            case SCORE -> dk.kk.boligsocial.events.evaluation.IndicatorUnit.SCORE;
        };
    }

    private static dk.kk.boligsocial.events.evaluation.IndicatorDirection direction(IndicatorDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> dk.kk.boligsocial.events.evaluation.IndicatorDirection.HIGHER_IS_BETTER;
            case LOWER_IS_BETTER -> dk.kk.boligsocial.events.evaluation.IndicatorDirection.LOWER_IS_BETTER;
        };
    }
}
