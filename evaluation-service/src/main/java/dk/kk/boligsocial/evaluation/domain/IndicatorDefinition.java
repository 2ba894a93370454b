package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.TextRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** A new catalogue indicator as the municipality proposes it; {@link #check} says whether it may be added. */
public record IndicatorDefinition(String code, String roundId, String theme, String nameDa, String nameEn,
        IndicatorUnit unit, IndicatorDirection direction, String description, BigDecimal scoreMin, BigDecimal scoreMax) {

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
        if (unit == null) {
            errors.add(new FieldError("unit", "is required (PERCENT, COUNT, DKK or SCORE)"));
        }
        if (direction == null) {
            errors.add(new FieldError("direction", "is required (HIGHER_IS_BETTER or LOWER_IS_BETTER)"));
        }
        checkScoreRange(errors);
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
