package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import dk.kk.boligsocial.evaluation.domain.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator in a plan's framework: baseline, target per period, approved actuals and progress.")
public record PlanIndicatorResponse(
        UUID indicatorId,
        String code,
        String theme,
        String nameDa,
        String nameEn,
        @Schema(nullable = true, description = "Null for a QUALITATIVE indicator") IndicatorUnit unit,
        IndicatorDirection direction,
        IndicatorKind kind,
        @Schema(description = "CUMULATIVE: a period's actual is the running total of the periods' values") Reporting reporting,
        @Schema(description = "Breakdowns that apply to its values") List<Dimension> dimensions,
        @Schema(nullable = true) BigDecimal scoreMin,
        @Schema(nullable = true) BigDecimal scoreMax,
        @Schema(description = "Null until set", nullable = true) Baseline baseline,
        List<Target> targets,
        @Schema(description = "The latest approved value of each period that has one, with its progress") List<PeriodProgress> actuals,
        @Schema(description = "Progress of the latest period with an approved value (NO_DATA if none)") PeriodProgress current,
        @Schema(nullable = true, description = "Who reports this indicator besides the municipality (token subject);"
                + " null: anyone who may report") String reporter,
        @Schema(description = "Version; also the ETag for baseline and target updates") long version) {

    public record Baseline(BigDecimal value, LocalDate date, @Schema(nullable = true) String source) {
    }

    public record Target(int year, BigDecimal value,
            @Schema(description = "Parts per dimension value (amount is the part's target); empty: none") List<BreakdownValue> breakdown) {
    }

    @Schema(description = "progress = (actual - baseline) / (target - baseline), null when the target asks for no"
            + " improvement or data is missing; track says whether the period's target is met.")
    public record PeriodProgress(
            @Schema(nullable = true) Integer year,
            @Schema(nullable = true) BigDecimal actual,
            @Schema(nullable = true) UUID measurementId,
            @Schema(nullable = true) BigDecimal target,
            @Schema(nullable = true, example = "0.2500") BigDecimal progress,
            Track track,
            @Schema(nullable = true, description = "RATIO: the numerator (CUMULATIVE: running total)") BigDecimal numerator,
            @Schema(nullable = true, description = "RATIO: the denominator (CUMULATIVE: running total)") BigDecimal denominator,
            @Schema(nullable = true, description = "QUALITATIVE: the period's approved narrative") String narrative,
            @Schema(description = "The actual per dimension value (CUMULATIVE: running totals), with its target if set") List<PartProgress> breakdown) {
    }

    @Schema(description = "One dimension value's actual in a period, against the period's target for it: ON_TRACK when"
            + " at least as good, OFF_TRACK when worse, NO_DATA without a target for it.")
    public record PartProgress(
            Dimension dimension,
            String value,
            BigDecimal actual,
            @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator,
            @Schema(nullable = true) BigDecimal target,
            Track track) {
    }
}
