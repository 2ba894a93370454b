package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.AssessmentValue;
import dk.kk.boligsocial.evaluation.api.model.CommentResponse;
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
import dk.kk.boligsocial.evaluation.domain.MeasurementComment;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.domain.Track;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.DroppedRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.FrameworkRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.IndicatorRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.PeriodRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.TargetRow;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PeriodProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A framework from its rows: the one mapping for its view, whether the rows were just written (a new framework)
     * or read back (a changed one), so that both give the same document.
     */
    static FrameworkResponse framework(FrameworkRow f, List<PeriodRow> periods, List<IndicatorRow> indicators,
            List<TargetRow> targets, List<PeriodProgress> progress, List<DroppedRow> dropped) {
        return new FrameworkResponse(f.planId(), f.title(), f.roundId(), f.housingOrganisationId(), f.themes(),
                f.periodStart(), f.periodEnd(), f.status(), f.completedAt(), periods(periods),
                indicators.stream().map(i -> planIndicator(i, targets, progress)).toList(),
                dropped.stream().map(d -> new FrameworkResponse.DroppedIndicator(d.indicatorId(), d.code(), d.reason(),
                        d.droppedBy(), d.droppedAt())).toList(),
                f.createdAt());
    }

    /** The plan indicator with its approved actuals; the current one is the latest period that has one. */
    static PlanIndicatorResponse planIndicator(IndicatorRow i, List<TargetRow> targets, List<PeriodProgress> progress) {
        List<PlanIndicatorResponse.PeriodProgress> actuals = progress.stream()
                .filter(row -> row.planIndicatorId().equals(i.planIndicatorId()))
                .sorted(Comparator.comparingInt(PeriodProgress::year))
                .map(row -> new PlanIndicatorResponse.PeriodProgress(row.year(), row.actual(), row.measurementId(),
                        row.target(), row.progress(), row.track()))
                .toList();
        PlanIndicatorResponse.PeriodProgress current = actuals.isEmpty()
                ? new PlanIndicatorResponse.PeriodProgress(null, null, null, null, null, Track.NO_DATA)
                : actuals.get(actuals.size() - 1);
        PlanIndicatorResponse.Baseline baseline = i.baselineValue() == null ? null
                : new PlanIndicatorResponse.Baseline(value(i.baselineValue()), i.baselineDate(), i.baselineSource());
        return new PlanIndicatorResponse(i.indicatorId(), i.code(), i.theme(), i.nameDa(), i.nameEn(), i.unit(),
                i.direction(), value(i.scoreMin()), value(i.scoreMax()), baseline,
                targets.stream()
                        .filter(t -> t.planIndicatorId().equals(i.planIndicatorId()))
                        .sorted(Comparator.comparingInt(TargetRow::year))
                        .map(t -> new PlanIndicatorResponse.Target(t.year(), value(t.value()))).toList(),
                actuals, current, i.reporter(), i.version());
    }

    /** The periods in year order, each with its lock changes oldest first (the rows come in that order). */
    static List<PeriodResponse> periods(List<PeriodRow> rows) {
        Map<Integer, List<PeriodRow>> byYear = new LinkedHashMap<>();
        rows.forEach(row -> byYear.computeIfAbsent(row.year(), year -> new ArrayList<>()).add(row));
        return byYear.values().stream().map(changes -> {
            PeriodRow p = changes.get(0);
            return new PeriodResponse(p.year(), p.startsOn(), p.endsOn(), p.dueOn(), p.dueOnSetBy(), p.locked(), changes.stream()
                    .filter(c -> c.action() != null)
                    .map(c -> new PeriodResponse.LockChange(c.action(), c.actor(), c.changedAt()))
                    .toList());
        }).toList();
    }

    // The rows of what a grant has just made, so that a new framework's view comes from the same mapping as a
    // changed one's without reading anything back.
    static FrameworkRow row(Framework f) {
        return new FrameworkRow(f.planId(), f.title(), f.roundId(), f.housingOrganisationId(), f.themes(),
                f.periodStart(), f.periodEnd(), f.status().name(), f.completedAt(), f.createdAt());
    }

    static IndicatorRow row(PlanIndicator p, Indicator i) {
        return new IndicatorRow(p.id(), i.id(), i.code(), i.theme(), i.nameDa(), i.nameEn(), i.unit(), i.direction(),
                i.scoreMin(), i.scoreMax(), p.baselineValue(), p.baselineDate(), p.baselineSource(), p.reporter(), p.version());
    }

    static PeriodRow row(PlanPeriod p) {
        return new PeriodRow(p.year(), p.startsOn(), p.endsOn(), p.dueOn(), p.dueOnSetBy(), p.locked(), null, null, null);
    }

    static MeasurementResponse measurement(Measurement m, UUID indicatorId) {
        return new MeasurementResponse(m.id(), m.planId(), indicatorId, m.year(), value(m.value()), m.note(),
                m.status().name(), m.createdBy(), m.createdAt(), m.reportedBy(), m.reportedByOrganisation(), m.reportedAt(), m.reviewedBy(),
                m.reviewedAt(), m.reviewComment(), m.version());
    }

    static CommentResponse comment(MeasurementComment c) {
        return new CommentResponse(c.id(), c.measurementId(), c.author(), c.authorOrganisationId(), c.text(),
                c.createdAt());
    }

    static EvaluationResponse evaluation(Evaluation e) {
        return new EvaluationResponse(e.id(), e.planId(), e.kind(), e.status().name(),
                e.assessments().stream().map(a -> new AssessmentValue(a.theme(), a.rating(), a.findings())).toList(),
                e.author(), e.submittedAt(), e.version(), e.createdAt());
    }
}
