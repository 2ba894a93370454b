package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;

/**
 * The assessment of one theme of a plan in an evaluation.
 *
 * @param theme    the theme code
 * @param rating   1 (no effect) to 5 (goals clearly reached)
 * @param findings what the evaluator found
 */
public record ThemeAssessment(String theme, int rating, String findings) {

    public ThemeAssessment {
        PayloadRules.code(theme, "theme");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1-5: " + rating);
        }
        PayloadRules.text(findings, "findings");
    }
}
