package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reported value is reviewed: approved, it counts; returned, it is corrected and reported again; four eyes. */
class MeasurementTest {

    private static final Instant REPORTED = Instant.parse("2013-11-01T10:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2013-11-15T10:00:00Z");

    private final PlanIndicator indicator = new PlanIndicator(UUID.randomUUID(), UUID.randomUUID(), 0, REPORTED);
    private final Measurement measurement = new Measurement(indicator, 2013, new BigDecimal("45.00"), "Klubtælling",
            false, "test-evaluator", null, REPORTED);

    @Test
    void aNewMeasurementIsReportedForItsPlanIndicatorAndNotYetReviewed() {
        assertEquals(Measurement.Status.REPORTED, measurement.status());
        assertEquals(indicator.id(), measurement.planIndicatorId());
        assertEquals(indicator.planId(), measurement.planId());
        assertNull(measurement.reviewedBy());
        assertNull(measurement.reviewedAt());
    }

    @Test
    void anApprovalRecordsTheReviewerAndWhen() {
        measurement.approve(null, "test-kommune", REVIEWED);

        assertEquals(Measurement.Status.APPROVED, measurement.status());
        assertEquals("test-kommune", measurement.reviewedBy());
        assertEquals(REVIEWED, measurement.reviewedAt());
        assertNull(measurement.reviewComment());
    }

    @Test
    void aReturnKeepsItsComment() {
        measurement.returnForCorrection("Tallet dækker kun én afdeling.", "test-kommune", REVIEWED);

        assertEquals(Measurement.Status.RETURNED, measurement.status());
        assertEquals("Tallet dækker kun én afdeling.", measurement.reviewComment());
    }

    @Test
    void anApprovedMeasurementCannotBeReviewedAgain() {
        measurement.approve(null, "test-kommune", REVIEWED);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> measurement.returnForCorrection("for sent", "test-kommune", REVIEWED.plusSeconds(1)));
        assertEquals("Only a REPORTED measurement can be reviewed; it is APPROVED.", refused.detail());
        assertEquals(Map.of("currentStatus", "APPROVED"), refused.extensions());
        assertEquals(Measurement.Status.APPROVED, measurement.status());
        assertEquals(REVIEWED, measurement.reviewedAt(), "the first review stands");
    }

    @Test
    void aReturnedMeasurementIsApprovedOnlyOnceCorrectedAndReportedAgain() {
        measurement.returnForCorrection("Forkert år.", "test-kommune", REVIEWED);

        assertThrows(ConflictException.class, () -> measurement.approve(null, "test-kommune", REVIEWED));
        assertEquals(Measurement.Status.RETURNED, measurement.status());
        measurement.correct(new BigDecimal("47.00"), "Rettet");
        measurement.submit("test-evaluator", null, REVIEWED.plusSeconds(60));
        assertEquals(Measurement.Status.REPORTED, measurement.status());
        assertEquals("Forkert år.", measurement.reviewComment(), "the return stays readable until the next review");
        measurement.approve(null, "test-kommune", REVIEWED.plusSeconds(120));
        assertEquals(Measurement.Status.APPROVED, measurement.status());
        assertEquals(new BigDecimal("47.00"), measurement.value());
    }

    @Test
    void aDraftIsNeitherReviewedNorChangedOnceReported() {
        Measurement draft = new Measurement(indicator, 2013, new BigDecimal("10.00"), null, true, "test-evaluator",
                null, REPORTED);
        assertEquals(Measurement.Status.DRAFT, draft.status());
        assertNull(draft.reportedBy());
        assertThrows(ConflictException.class, () -> draft.approve(null, "test-kommune", REVIEWED));
        draft.correct(new BigDecimal("12.00"), null);
        draft.submit("test-evaluator", null, REVIEWED);
        assertThrows(ConflictException.class, () -> draft.correct(new BigDecimal("13.00"), null));
        assertEquals(new BigDecimal("12.00"), draft.value());
    }

    @Test
    void whoCreatedOrReportedAValueMayNotApproveIt() {
        Measurement own = new Measurement(indicator, 2013, new BigDecimal("10.00"), null, true, "kommune-a", null,
                REPORTED);
        own.submit("kommune-b", null, REVIEWED);
        for (String approver : new String[] {"kommune-a", "kommune-b"}) {
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> own.approve(null, approver, REVIEWED));
            assertEquals(Measurement.FOUR_EYES, refused.extensions().get("rule"));
        }
        assertEquals(Measurement.Status.REPORTED, own.status());
        own.approve(null, "kommune-c", REVIEWED);
        assertEquals(Measurement.Status.APPROVED, own.status());
    }
}
