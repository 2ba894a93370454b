package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.evaluation.api.AssessmentValue;
import dk.kk.boligsocial.evaluation.api.EvaluationKind;
import dk.kk.boligsocial.evaluation.api.EvaluationResponse;
import dk.kk.boligsocial.evaluation.api.IndicatorResponse;
import dk.kk.boligsocial.evaluation.api.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.api.Track;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PeriodProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Turns entities into the API's records, so no entity leaves the domain. */
final class Views {

    private Views() {
    }

    static BigDecimal value(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    static IndicatorResponse indicator(Indicator i) {
        return new IndicatorResponse(i.id(), i.code(), i.roundId(), i.theme(), i.nameDa(), i.nameEn(), i.unit(),
                i.direction(), i.description(), value(i.scoreMin()), value(i.scoreMax()), i.version(), i.createdAt());
    }

    static PlanIndicatorResponse planIndicator(PlanIndicator p, Indicator i, List<PeriodProgress> progress) {
        List<PlanIndicatorResponse.PeriodProgress> actuals = progress.stream()
                .filter(row -> row.planIndicatorId().equals(p.id()))
                .sorted(Comparator.comparingInt(PeriodProgress::year))
                .map(row -> new PlanIndicatorResponse.PeriodProgress(row.year(), row.actual(), row.measurementId(),
                        row.target(), row.progress(), Track.valueOf(row.track())))
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
        return new EvaluationResponse(e.id(), e.planId(), EvaluationKind.valueOf(e.kind().name()), e.status().name(),
                e.assessments().stream().map(a -> new AssessmentValue(a.theme(), a.rating(), a.findings())).toList(),
                e.author(), e.submittedAt(), e.version(), e.createdAt());
    }
}
