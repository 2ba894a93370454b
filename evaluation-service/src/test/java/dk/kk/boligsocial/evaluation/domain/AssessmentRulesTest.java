package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.api.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An evaluation assesses every theme of the plan exactly once, with a rating 1-5 and findings. */
class AssessmentRulesTest {

    private static final List<String> THEMES = List.of("BOERN_UNGE_FAMILIER", "SUNDHED");

    @Test
    void oneCompleteAssessmentPerThemeIsAccepted() {
        List<FieldError> errors = new ArrayList<>();
        List<Assessment> assessments = AssessmentRules.check(errors, List.of(
                new ProposedAssessment("SUNDHED", 3, "Flere går til læge."),
                new ProposedAssessment("BOERN_UNGE_FAMILIER", 4, "Flere unge i klubber.")), THEMES);

        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(List.of("SUNDHED", "BOERN_UNGE_FAMILIER"), assessments.stream().map(Assessment::theme).toList());
        assertEquals(List.of(3, 4), assessments.stream().map(Assessment::rating).toList());
        assertEquals("Flere unge i klubber.", assessments.get(1).findings());
    }

    @Test
    void ratingsOneAndFiveAreTheBounds() {
        assertEquals(List.of(), errorsOf(List.of(assessment("BOERN_UNGE_FAMILIER", 1), assessment("SUNDHED", 5))));
        assertEquals(List.of(new FieldError("assessments[0].rating", "must be between 1 and 5"),
                        new FieldError("assessments[1].rating", "must be between 1 and 5")),
                errorsOf(List.of(assessment("BOERN_UNGE_FAMILIER", 0), assessment("SUNDHED", 6))));
    }

    @Test
    void noAssessmentsAtAllNamesEveryTheme() {
        FieldError expected = new FieldError("assessments",
                "must assess every theme of the plan: BOERN_UNGE_FAMILIER, SUNDHED");
        assertEquals(List.of(expected), errorsOf(null));
        assertEquals(List.of(expected), errorsOf(List.of()));
    }

    @Test
    void aMissingThemeIsNamed() {
        assertEquals(List.of(new FieldError("assessments", "must assess every theme of the plan; missing: SUNDHED")),
                errorsOf(List.of(assessment("BOERN_UNGE_FAMILIER", 4))));
    }

    @Test
    void aThemeOfAnotherPlanIsRefusedListingThePlansThemes() {
        assertEquals(List.of(new FieldError("assessments[1].theme",
                        "must be a theme of the plan (BOERN_UNGE_FAMILIER, SUNDHED)")),
                errorsOf(List.of(assessment("BOERN_UNGE_FAMILIER", 4), assessment("BESKAEFTIGELSE", 4))),
                "the wrong theme explains the missing one; it is not reported twice");
    }

    @Test
    void aThemeAssessedTwiceIsRefused() {
        assertEquals(List.of(new FieldError("assessments[1].theme", "is assessed twice")),
                errorsOf(List.of(assessment("SUNDHED", 4), assessment("SUNDHED", 2),
                        assessment("BOERN_UNGE_FAMILIER", 3))));
    }

    @Test
    void everyMissingPartIsNamedWithItsIndex() {
        assertEquals(List.of(
                        new FieldError("assessments[0]", "is required"),
                        new FieldError("assessments[1].theme", "must be a theme of the plan (BOERN_UNGE_FAMILIER, SUNDHED)"),
                        new FieldError("assessments[1].rating", "is required"),
                        new FieldError("assessments[1].findings", "must not be blank")),
                errorsOf(Arrays.asList(null, new ProposedAssessment(null, null, "  "))));
    }

    @Test
    void findingsLongerThan4000CharactersAreRefused() {
        List<FieldError> errors = errorsOf(List.of(assessment("BOERN_UNGE_FAMILIER", 4),
                new ProposedAssessment("SUNDHED", 4, "x".repeat(4001))));
        assertEquals(List.of(new FieldError("assessments[1].findings", "must be at most 4000 characters")), errors);
        assertEquals(List.of(), errorsOf(List.of(assessment("BOERN_UNGE_FAMILIER", 4),
                new ProposedAssessment("SUNDHED", 4, "x".repeat(4000)))));
    }

    private static ProposedAssessment assessment(String theme, int rating) {
        return new ProposedAssessment(theme, rating, "Vurdering af " + theme);
    }

    private static List<FieldError> errorsOf(List<ProposedAssessment> proposed) {
        List<FieldError> errors = new ArrayList<>();
        AssessmentRules.check(errors, proposed, THEMES);
        return errors;
    }
}
