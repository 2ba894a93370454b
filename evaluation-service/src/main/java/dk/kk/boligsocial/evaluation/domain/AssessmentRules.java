package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.TextRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an evaluation must say: exactly one assessment per theme of the plan, each with a rating from 1 (no effect)
 * to 5 (goals clearly reached) and findings. Errors name the field ({@code assessments[2].rating}) and the rule.
 */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * @param proposed what the client sent; {@code null} and {@code null} entries are reported, not thrown
     * @param themes   the plan's themes, in order
     * @return the assessments that are complete; use them only if no error was added
     */
    /** One assessment per theme of the plan, and no round has more themes than this (issue 10: every list capped). */
    public static final int MAX_ASSESSMENTS = 20;

    public static List<Assessment> check(List<FieldError> errors, List<ProposedAssessment> proposed,
            List<String> themes) {
        if (proposed == null || proposed.isEmpty()) {
            errors.add(new FieldError("assessments", "must assess every theme of the plan: " + String.join(", ", themes)));
            return List.of();
        }
        if (!TextRules.withinCap(errors, "assessments", proposed, MAX_ASSESSMENTS)) {
            return List.of();
        }
        List<Assessment> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < proposed.size(); i++) {
            String field = "assessments[" + i + "]";
            ProposedAssessment value = proposed.get(i);
            if (value == null) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            if (value.theme() == null || !themes.contains(value.theme())) {
                errors.add(new FieldError(field + ".theme", "must be a theme of the plan (" + String.join(", ", themes) + ")"));
            } else if (!seen.add(value.theme())) {
                errors.add(new FieldError(field + ".theme", "is assessed twice"));
            }
            if (value.rating() == null) {
                errors.add(new FieldError(field + ".rating", "is required"));
            } else if (value.rating() < 1 || value.rating() > 5) {
                errors.add(new FieldError(field + ".rating", "must be between 1 and 5"));
            }
            TextRules.required(errors, field + ".findings", value.findings(), TextRules.MAX_LONG_TEXT);
            if (value.theme() != null && value.rating() != null && value.findings() != null) {
                result.add(new Assessment(value.theme(), value.rating(), value.findings()));
            }
        }
        List<String> missing = themes.stream().filter(t -> !seen.contains(t)).toList();
        // A wrong or repeated theme already explains why another is missing; saying it twice would only confuse.
        if (!missing.isEmpty() && errors.stream().noneMatch(e -> e.field().endsWith(".theme"))) {
            errors.add(new FieldError("assessments", "must assess every theme of the plan; missing: " + String.join(", ", missing)));
        }
        return result;
    }
}
