package dk.kk.boligsocial.evaluation.domain;

/**
 * One theme's assessment as a client sent it, before {@link AssessmentRules} has checked it: any part may be
 * missing.
 */
public record ProposedAssessment(String theme, Integer rating, String findings) {
}
