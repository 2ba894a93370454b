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

/** A reported value is reviewed once: approved, it counts; returned, it never does. */
class MeasurementTest {

    private static final Instant REPORTED = Instant.parse("2013-11-01T10:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2013-11-15T10:00:00Z");

    private final PlanIndicator indicator = new PlanIndicator(UUID.randomUUID(), UUID.randomUUID(), 0, REPORTED);
    private final Measurement measurement = new Measurement(indicator, 2013, new BigDecimal("45.00"), "Klubtælling",
            "test-evaluator", null, REPORTED);

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
        assertEquals("The measurement has been reviewed already: it is APPROVED.", refused.detail());
        assertEquals(Map.of("currentStatus", "APPROVED"), refused.extensions());
        assertEquals(Measurement.Status.APPROVED, measurement.status());
        assertEquals(REVIEWED, measurement.reviewedAt(), "the first review stands");
    }

    @Test
    void aReturnedMeasurementCannotBeApprovedLater() {
        measurement.returnForCorrection("Forkert år.", "test-kommune", REVIEWED);

        assertThrows(ConflictException.class, () -> measurement.approve(null, "test-kommune", REVIEWED));
        assertEquals(Measurement.Status.RETURNED, measurement.status());
    }
}
