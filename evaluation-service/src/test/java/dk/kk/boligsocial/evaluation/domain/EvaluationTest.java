package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An evaluation is opened as due and submitted once; a framework is completed once. */
class EvaluationTest {

    private static final Instant OPENED = Instant.parse("2016-01-04T08:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2016-03-01T12:00:00Z");
    private static final List<Assessment> ASSESSMENTS = List.of(new Assessment("SUNDHED", 4, "Flere går til læge."));

    @Test
    void aDueEvaluationWaitsForItsAssessments() {
        Evaluation evaluation = Evaluation.due(UUID.randomUUID(), EvaluationKind.FINAL, OPENED);

        assertEquals(Evaluation.Status.DUE, evaluation.status());
        assertEquals(EvaluationKind.FINAL, evaluation.kind());
        assertEquals(OPENED, evaluation.createdAt());
        assertTrue(evaluation.assessments().isEmpty());
        assertNull(evaluation.author());
    }

    @Test
    void submittingRecordsTheAssessmentsTheAuthorAndWhen() {
        Evaluation evaluation = Evaluation.due(UUID.randomUUID(), EvaluationKind.FINAL, OPENED);
        evaluation.submit(ASSESSMENTS, "test-evaluator", SUBMITTED);

        assertEquals(Evaluation.Status.SUBMITTED, evaluation.status());
        assertEquals(List.of("SUNDHED"), evaluation.assessments().stream().map(Assessment::theme).toList());
        assertEquals("test-evaluator", evaluation.author());
        assertEquals(SUBMITTED, evaluation.submittedAt());
    }

    @Test
    void aSubmittedEvaluationCannotBeSubmittedAgain() {
        Evaluation evaluation = Evaluation.due(UUID.randomUUID(), EvaluationKind.MIDTERM, OPENED);
        evaluation.submit(ASSESSMENTS, "test-evaluator", SUBMITTED);

        ConflictException refused = assertThrows(ConflictException.class, () -> evaluation.submit(
                List.of(new Assessment("SUNDHED", 1, "Anderledes.")), "test-kommune", SUBMITTED.plusSeconds(60)));
        assertEquals("The evaluation has been submitted already.", refused.detail());
        assertEquals(Map.of("currentStatus", "SUBMITTED"), refused.extensions());
        assertEquals("test-evaluator", evaluation.author(), "the first submission stands");
        assertEquals(4, evaluation.assessments().get(0).rating());
    }

    @Test
    void aFrameworkIsCompletedOnce() {
        Framework framework = new Framework(UUID.randomUUID(), "2011-14", UUID.randomUUID(), "Helhedsplan",
                List.of("SUNDHED"), List.of(UUID.randomUUID()), LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31),
                OPENED);
        assertEquals(Framework.Status.ACTIVE, framework.status());

        assertTrue(framework.complete(SUBMITTED));
        assertFalse(framework.complete(SUBMITTED.plusSeconds(60)), "a repeated completion changes nothing");
        assertEquals(Framework.Status.COMPLETED, framework.status());
        assertEquals(SUBMITTED, framework.completedAt());
    }
}
