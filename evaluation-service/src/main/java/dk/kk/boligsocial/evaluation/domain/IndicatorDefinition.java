package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.TextRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** A new catalogue indicator as the municipality proposes it; {@link #check} says whether it may be added. */
public record IndicatorDefinition(String code, String roundId, String theme, String nameDa, String nameEn,
        IndicatorUnit unit, IndicatorDirection direction, String description, BigDecimal scoreMin, BigDecimal scoreMax,
        IndicatorKind kind, Reporting reporting, List<Dimension> dimensions) {

    /** A number-valued, periodic indicator without breakdowns, as the catalogue's were before kinds. */
    public IndicatorDefinition(String code, String roundId, String theme, String nameDa, String nameEn,
            IndicatorUnit unit, IndicatorDirection direction, String description, BigDecimal scoreMin,
            BigDecimal scoreMax) {
        this(code, roundId, theme, nameDa, nameEn, unit, direction, description, scoreMin, scoreMax, null, null, null);
    }

    /** Absent: VALUE. */
    public IndicatorKind kindOrDefault() {
        return kind == null ? IndicatorKind.VALUE : kind;
    }

    /** Absent: PERIODIC. */
    public Reporting reportingOrDefault() {
        return reporting == null ? Reporting.PERIODIC : reporting;
    }

    public List<Dimension> dimensionsOrNone() {
        return dimensions == null ? List.of() : dimensions;
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final BigDecimal SCORE_LIMIT = BigDecimal.valueOf(1_000_000);

    /**
     * Adds an error for every rule the definition breaks: a code of capitals, digits and {@code _}; a theme of a
     * known round; names and description; unit and direction; a score range for SCORE indicators and none for
     * the others.
     *
     * @param themesOfRound the theme codes of {@link #roundId()}; empty if the round is unknown
     */
    public void check(List<FieldError> errors, List<String> themesOfRound) {
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be 1-64 capital letters, digits or _, starting with a letter"));
        }
        if (themesOfRound.isEmpty()) {
            errors.add(new FieldError("roundId", "no such round: " + roundId));
        } else if (theme == null || !themesOfRound.contains(theme)) {
            errors.add(new FieldError("theme", "is not a theme of round " + roundId + " ("
                    + String.join(", ", themesOfRound) + ")"));
        }
        TextRules.required(errors, "nameDa", nameDa, TextRules.MAX_TEXT);
        TextRules.required(errors, "nameEn", nameEn, TextRules.MAX_TEXT);
        TextRules.required(errors, "description", description, TextRules.MAX_LONG_TEXT);
        checkUnit(errors);
        if (direction == null) {
            errors.add(new FieldError("direction", "is required (HIGHER_IS_BETTER or LOWER_IS_BETTER)"));
        }
        checkKind(errors);
    }

    // Every indicator has a unit but a qualitative one, which has no number; a RATIO is a percentage.
    private void checkUnit(List<FieldError> errors) {
        if (kindOrDefault() == IndicatorKind.QUALITATIVE) {
            if (unit != null) {
                errors.add(new FieldError("unit", "is not allowed for a QUALITATIVE indicator (it has no number)"));
            }
        } else if (unit == null) {
            errors.add(new FieldError("unit", "is required (PERCENT, COUNT, DKK or SCORE)"));
        } else if (kindOrDefault() == IndicatorKind.RATIO && unit != IndicatorUnit.PERCENT) {
            errors.add(new FieldError("unit", "must be PERCENT for a RATIO indicator (100 * numerator / denominator)"));
        }
    }

    // A qualitative indicator has no score range, running total or breakdown either.
    private void checkKind(List<FieldError> errors) {
        if (dimensions != null && (dimensions.contains(null) || dimensions.stream().distinct().count() < dimensions.size())) {
            errors.add(new FieldError("dimensions", "must name each of AGE_GROUP, GENDER, HOUSING_AREA at most once"));
        }
        if (kindOrDefault() != IndicatorKind.QUALITATIVE) {
            checkScoreRange(errors);
            return;
        }
        if (scoreMin != null || scoreMax != null) {
            errors.add(new FieldError("scoreMin", "is not allowed for a QUALITATIVE indicator"));
        }
        if (reportingOrDefault() == Reporting.CUMULATIVE) {
            errors.add(new FieldError("reporting", "must be PERIODIC for a QUALITATIVE indicator (a narrative per period)"));
        }
        if (!dimensionsOrNone().isEmpty()) {
            errors.add(new FieldError("dimensions", "are not allowed for a QUALITATIVE indicator"));
        }
    }

    private void checkScoreRange(List<FieldError> errors) {
        if (unit != IndicatorUnit.SCORE) {
            if (scoreMin != null) {
                errors.add(new FieldError("scoreMin", "is only allowed for SCORE indicators"));
            }
            if (scoreMax != null) {
                errors.add(new FieldError("scoreMax", "is only allowed for SCORE indicators"));
            }
            return;
        }
        if (scoreMin == null) {
            errors.add(new FieldError("scoreMin", "is required for a SCORE indicator"));
        }
        if (scoreMax == null) {
            errors.add(new FieldError("scoreMax", "is required for a SCORE indicator"));
        }
        checkScoreBound(errors, "scoreMin", scoreMin);
        checkScoreBound(errors, "scoreMax", scoreMax);
        if (scoreMin != null && scoreMax != null && scoreMin.compareTo(scoreMax) >= 0) {
            errors.add(new FieldError("scoreMax", "must be greater than scoreMin"));
        }
    }

    // Bounds are stored as NUMERIC(15,2) like the values they bound; ±10^6 leaves every score room in that.
    private static void checkScoreBound(List<FieldError> errors, String field, BigDecimal bound) {
        if (bound != null && (bound.stripTrailingZeros().scale() > 2 || bound.abs().compareTo(SCORE_LIMIT) > 0)) {
            errors.add(new FieldError(field, "must have at most 2 decimals and lie within ±1000000"));
        }
    }
}
