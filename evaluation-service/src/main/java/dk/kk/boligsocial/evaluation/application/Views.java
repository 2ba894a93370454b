package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.AssessmentValue;
import dk.kk.boligsocial.evaluation.api.model.EvaluationResponse;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.IndicatorResponse;
import dk.kk.boligsocial.evaluation.api.model.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.domain.Evaluation;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.Measurement;
import dk.kk.boligsocial.evaluation.domain.PeriodLockChange;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.domain.Track;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PeriodProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Turns entities into the API's records, so that no entity reaches a resource. */
final class Views {

    private Views() {
    }

    // A value just written has the scale the client sent (12), one read back the column's (12.00): answer both alike.
    static BigDecimal value(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    static IndicatorResponse indicator(Indicator i) {
        return new IndicatorResponse(i.id(), i.code(), i.roundId(), i.theme(), i.nameDa(), i.nameEn(), i.unit(),
                i.direction(), i.description(), value(i.scoreMin()), value(i.scoreMax()), i.version(), i.createdAt());
    }

    static FrameworkResponse framework(Framework f, List<PeriodResponse> periods, List<PlanIndicatorResponse> indicators) {
        return new FrameworkResponse(f.planId(), f.title(), f.roundId(), f.housingOrganisationId(), f.themes(),
                f.periodStart(), f.periodEnd(), f.status().name(), f.completedAt(), periods, indicators, f.createdAt());
    }

    /** The plan indicator with its approved actuals; the current one is the latest period that has one. */
    static PlanIndicatorResponse planIndicator(PlanIndicator p, Indicator i, List<PeriodProgress> progress) {
        List<PlanIndicatorResponse.PeriodProgress> actuals = progress.stream()
                .filter(row -> row.planIndicatorId().equals(p.id()))
                .sorted(Comparator.comparingInt(PeriodProgress::year))
                .map(row -> new PlanIndicatorResponse.PeriodProgress(row.year(), row.actual(), row.measurementId(),
                        row.target(), row.progress(), row.track()))
                .toList();
        PlanIndicatorResponse.PeriodProgress current = actuals.isEmpty()
                ? new PlanIndicatorResponse.PeriodProgress(null, null, null, null, null, Track.NO_DATA)
                : actuals.get(actuals.size() - 1);
        PlanIndicatorResponse.Baseline baseline = p.baselineValue() == null ? null
                : new PlanIndicatorResponse.Baseline(value(p.baselineValue()), p.baselineDate(), p.baselineSource());
        return new PlanIndicatorResponse(i.id(), i.code(), i.theme(), i.nameDa(), i.nameEn(), i.unit(), i.direction(),
                value(i.scoreMin()), value(i.scoreMax()), baseline,
                p.targets().entrySet().stream()
                        .map(t -> new PlanIndicatorResponse.Target(t.getKey(), value(t.getValue()))).toList(),
                actuals, current, p.version());
    }

    static PeriodResponse period(PlanPeriod p, List<PeriodLockChange> changes) {
        return new PeriodResponse(p.year(), p.startsOn(), p.endsOn(), p.locked(), changes.stream()
                .filter(c -> c.periodId().equals(p.id()))
                .map(c -> new PeriodResponse.LockChange(c.action().name(), c.actor(), c.changedAt()))
                .toList());
    }

    static MeasurementResponse measurement(Measurement m, UUID indicatorId) {
        return new MeasurementResponse(m.id(), m.planId(), indicatorId, m.year(), value(m.value()), m.note(),
                m.status().name(), m.reportedBy(), m.reportedByOrganisation(), m.reportedAt(), m.reviewedBy(),
                m.reviewedAt(), m.reviewComment(), m.version());
    }

    static EvaluationResponse evaluation(Evaluation e) {
        return new EvaluationResponse(e.id(), e.planId(), e.kind(), e.status().name(),
                e.assessments().stream().map(a -> new AssessmentValue(a.theme(), a.rating(), a.findings())).toList(),
                e.author(), e.submittedAt(), e.version(), e.createdAt());
    }
}
