package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.AssessmentValue;
import dk.kk.boligsocial.evaluation.api.model.BreakdownValue;
import dk.kk.boligsocial.evaluation.api.model.CommentResponse;
import dk.kk.boligsocial.evaluation.api.model.EvaluationResponse;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.IndicatorResponse;
import dk.kk.boligsocial.evaluation.api.model.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.domain.BreakdownPart;
import dk.kk.boligsocial.evaluation.domain.Evaluation;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.Measurement;
import dk.kk.boligsocial.evaluation.domain.MeasurementComment;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.domain.Track;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.DroppedRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.FrameworkRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.IndicatorRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.PeriodRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.TargetPartRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.TargetRow;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PartRow;
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
                i.direction(), i.description(), value(i.scoreMin()), value(i.scoreMax()), i.kind(), i.reporting(),
                i.dimensions(), i.version(), i.createdAt());
    }

    /**
     * A framework from its rows: the one mapping for its view, whether the rows were just written (a new framework)
     * or read back (a changed one), so that both give the same document.
     */
    static FrameworkResponse framework(FrameworkRow f, List<PeriodRow> periods, List<IndicatorRow> indicators,
            PlanFigures figures, List<DroppedRow> dropped) {
        return new FrameworkResponse(f.planId(), f.title(), f.roundId(), f.housingOrganisationId(), f.themes(),
                f.housingAreaIds(), f.periodStart(), f.periodEnd(), f.status(), f.completedAt(), periods(periods),
                indicators.stream().map(i -> planIndicator(i, figures)).toList(),
                dropped.stream().map(d -> new FrameworkResponse.DroppedIndicator(d.indicatorId(), d.code(), d.reason(),
                        d.droppedBy(), d.droppedAt())).toList(),
                f.createdAt());
    }

    /** The plan indicator with its approved actuals; the current one is the latest period that has one. */
    static PlanIndicatorResponse planIndicator(IndicatorRow i, PlanFigures figures) {
        List<TargetPartRow> targetParts = figures.targetParts().stream()
                .filter(t -> t.planIndicatorId().equals(i.planIndicatorId())).toList();
        Map<Integer, List<PartRow>> parts = RunningParts.byYear(figures.parts().stream()
                .filter(p -> p.planIndicatorId().equals(i.planIndicatorId())).toList(), i.reporting(), i.kind());
        List<PlanIndicatorResponse.PeriodProgress> actuals = figures.progress().stream()
                .filter(row -> row.planIndicatorId().equals(i.planIndicatorId()))
                .sorted(Comparator.comparingInt(PeriodProgress::year))
                .map(row -> new PlanIndicatorResponse.PeriodProgress(row.year(), row.actual(), row.measurementId(),
                        row.target(), row.progress(), row.track(), row.numerator(), row.denominator(), row.narrative(),
                        parts.getOrDefault(row.year(), List.of()).stream()
                                .map(part -> partProgress(part, i.direction(), targetParts)).toList()))
                .toList();
        PlanIndicatorResponse.PeriodProgress current = actuals.isEmpty()
                ? new PlanIndicatorResponse.PeriodProgress(null, null, null, null, null, Track.NO_DATA, null, null,
                        null, List.of())
                : actuals.get(actuals.size() - 1);
        PlanIndicatorResponse.Baseline baseline = i.baselineValue() == null ? null
                : new PlanIndicatorResponse.Baseline(value(i.baselineValue()), i.baselineDate(), i.baselineSource());
        return new PlanIndicatorResponse(i.indicatorId(), i.code(), i.theme(), i.nameDa(), i.nameEn(), i.unit(),
                i.direction(), i.kind(), i.reporting(), i.dimensions(), value(i.scoreMin()), value(i.scoreMax()), baseline,
                figures.targets().stream()
                        .filter(t -> t.planIndicatorId().equals(i.planIndicatorId()))
                        .sorted(Comparator.comparingInt(TargetRow::year))
                        .map(t -> new PlanIndicatorResponse.Target(t.year(), value(t.value()), targetParts.stream()
                                .filter(part -> part.year() == t.year())
                                .map(part -> new BreakdownValue(part.dimension(), part.dimensionValue(),
                                        value(part.value()), null, null))
                                .toList()))
                        .toList(),
                actuals, current, i.reporter(), i.version());
    }

    // A part is on track when at least as good as the period's target for it, by the indicator's direction.
    private static PlanIndicatorResponse.PartProgress partProgress(PartRow part, IndicatorDirection direction,
            List<TargetPartRow> targets) {
        BigDecimal target = targets.stream()
                .filter(t -> t.year() == part.year() && t.dimension() == part.dimension()
                        && t.dimensionValue().equals(part.dimensionValue()))
                .map(TargetPartRow::value).findFirst().orElse(null);
        Track track = Track.NO_DATA;
        if (target != null && part.amount() != null) {
            int better = direction == IndicatorDirection.LOWER_IS_BETTER
                    ? target.compareTo(part.amount()) : part.amount().compareTo(target);
            track = better >= 0 ? Track.ON_TRACK : Track.OFF_TRACK;
        }
        return new PlanIndicatorResponse.PartProgress(part.dimension(), part.dimensionValue(), value(part.amount()),
                value(part.numerator()), value(part.denominator()), value(target), track);
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
                f.housingAreaIds(), f.periodStart(), f.periodEnd(), f.status().name(), f.completedAt(), f.createdAt());
    }

    static IndicatorRow row(PlanIndicator p, Indicator i) {
        return new IndicatorRow(p.id(), i.id(), i.code(), i.theme(), i.nameDa(), i.nameEn(), i.unit(), i.direction(),
                i.scoreMin(), i.scoreMax(), p.baselineValue(), p.baselineDate(), p.baselineSource(), p.reporter(), p.version(),
                i.kind(), i.reporting(), i.dimensions());
    }

    static PeriodRow row(PlanPeriod p) {
        return new PeriodRow(p.year(), p.startsOn(), p.endsOn(), p.dueOn(), p.dueOnSetBy(), p.locked(), null, null, null);
    }

    static MeasurementResponse measurement(Measurement m, UUID indicatorId) {
        return new MeasurementResponse(m.id(), m.planId(), indicatorId, m.year(), value(m.value()), m.note(),
                value(m.numerator()), value(m.denominator()), m.narrative(),
                m.breakdown().stream().map(Views::breakdownValue).toList(), m.status().name(), m.createdBy(),
                m.createdAt(), m.reportedBy(), m.reportedByOrganisation(), m.reportedAt(), m.reviewedBy(),
                m.reviewedAt(), m.reviewComment(), m.version());
    }

    static BreakdownValue breakdownValue(BreakdownPart p) {
        return new BreakdownValue(p.dimension(), p.dimensionValue(), value(p.amount()), value(p.numerator()),
                value(p.denominator()));
    }

    /** The API's parts as the domain takes them, to be checked there. */
    static List<BreakdownPart> parts(List<BreakdownValue> values) {
        return values == null ? null : values.stream()
                .map(v -> v == null ? null : new BreakdownPart(v.dimension(), v.value(), v.amount(), v.numerator(),
                        v.denominator()))
                .toList();
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
