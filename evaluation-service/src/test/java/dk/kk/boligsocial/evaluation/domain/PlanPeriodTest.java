package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reporting period is locked and unlocked by the municipality; locked, it takes nothing new. */
class PlanPeriodTest {

    private static final Instant NOW = Instant.parse("2013-02-01T09:00:00Z");
    private static final UUID NO_ORGANISATION = null;

    private final PlanPeriod period = new PlanPeriod(UUID.randomUUID(), 2012, LocalDate.of(2012, 1, 1),
            LocalDate.of(2012, 12, 31));

    @Test
    void aNewPeriodIsOpen() {
        assertFalse(period.locked());
        assertDoesNotThrow(period::requireOpen);
    }

    @Test
    void lockingClosesThePeriodAndRecordsWhoAndWhen() {
        PeriodLockChange change = period.lock("test-kommune", NO_ORGANISATION, NOW);

        assertTrue(period.locked());
        assertEquals(period.id(), change.periodId());
        assertEquals(PeriodLockChange.Action.LOCKED, change.action());
        assertEquals("test-kommune", change.actor());
        assertEquals(NOW, change.changedAt());
    }

    @Test
    void aLockedPeriodRefusesNewWorkNamingTheYear() {
        period.lock("test-kommune", NO_ORGANISATION, NOW);

        ConflictException refused = assertThrows(ConflictException.class, period::requireOpen);
        assertEquals(409, refused.status());
        assertEquals(Map.of("year", 2012, "locked", true), refused.extensions());
    }

    @Test
    void unlockingOpensThePeriodAgainAndIsRecordedToo() {
        period.lock("test-kommune", NO_ORGANISATION, NOW);
        PeriodLockChange change = period.unlock("another-kommune", NO_ORGANISATION, NOW.plusSeconds(60));

        assertFalse(period.locked());
        assertDoesNotThrow(period::requireOpen);
        assertEquals(PeriodLockChange.Action.UNLOCKED, change.action());
        assertEquals("another-kommune", change.actor());
        assertEquals(NOW.plusSeconds(60), change.changedAt());
    }

    @Test
    void aSecondLockIsAConflictAndChangesNothing() {
        period.lock("test-kommune", NO_ORGANISATION, NOW);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> period.lock("test-kommune", NO_ORGANISATION, NOW));
        assertEquals("The period 2012 is already locked.", refused.detail());
        assertEquals(Map.of("locked", true), refused.extensions());
        assertTrue(period.locked());
    }

    @Test
    void unlockingAnOpenPeriodIsAConflict() {
        ConflictException refused = assertThrows(ConflictException.class,
                () -> period.unlock("test-kommune", NO_ORGANISATION, NOW));
        assertEquals("The period 2012 is already unlocked.", refused.detail());
        assertEquals(Map.of("locked", false), refused.extensions());
        assertFalse(period.locked());
    }

    @Test
    void aTargetIsSetForAnOpenPeriodAndRefusedForALockedOne() {
        PlanIndicator indicator = new PlanIndicator(period.planId(), UUID.randomUUID(), 0, NOW);
        indicator.setTarget(period, new BigDecimal("60.00"), NOW);
        assertEquals(Map.of(2012, new BigDecimal("60.00")), indicator.targets());

        period.lock("test-kommune", NO_ORGANISATION, NOW);
        assertThrows(ConflictException.class, () -> indicator.setTarget(period, new BigDecimal("70.00"), NOW));
        assertEquals(Map.of(2012, new BigDecimal("60.00")), indicator.targets(), "the old target stands");
    }
}
