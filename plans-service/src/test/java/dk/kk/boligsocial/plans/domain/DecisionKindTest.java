package dk.kk.boligsocial.plans.domain;

import static dk.kk.boligsocial.plans.domain.DecisionKind.ACTIVATION;
import static dk.kk.boligsocial.plans.domain.DecisionKind.APPROVAL;
import static dk.kk.boligsocial.plans.domain.DecisionKind.COMPLETION;
import static dk.kk.boligsocial.plans.domain.DecisionKind.GRANT;
import static dk.kk.boligsocial.plans.domain.DecisionKind.PREQUALIFICATION;
import static dk.kk.boligsocial.plans.domain.DecisionKind.SUBMISSION;
import static dk.kk.boligsocial.plans.domain.DecisionKind.WITHDRAWAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle of DESIGN.md §2, written out independently of {@link DecisionKind}'s own table. */
class DecisionKindTest {

    private static final Map<PlanStatus, Set<DecisionKind>> ALLOWED = Map.of(
            PlanStatus.DRAFT, EnumSet.of(SUBMISSION, WITHDRAWAL),
            PlanStatus.SUBMITTED, EnumSet.of(PREQUALIFICATION, WITHDRAWAL),
            PlanStatus.PREQUALIFIED, EnumSet.of(APPROVAL, WITHDRAWAL),
            PlanStatus.REJECTED, EnumSet.noneOf(DecisionKind.class),
            PlanStatus.APPROVED, EnumSet.of(GRANT, WITHDRAWAL),
            PlanStatus.GRANTED, EnumSet.of(ACTIVATION),
            PlanStatus.ACTIVE, EnumSet.of(COMPLETION),
            PlanStatus.COMPLETED, EnumSet.noneOf(DecisionKind.class),
            PlanStatus.WITHDRAWN, EnumSet.noneOf(DecisionKind.class));

    private static final Map<DecisionKind, Set<PlanStatus>> OUTCOMES = Map.of(
            SUBMISSION, EnumSet.of(PlanStatus.SUBMITTED),
            PREQUALIFICATION, EnumSet.of(PlanStatus.PREQUALIFIED, PlanStatus.REJECTED),
            APPROVAL, EnumSet.of(PlanStatus.APPROVED),
            GRANT, EnumSet.of(PlanStatus.GRANTED),
            ACTIVATION, EnumSet.of(PlanStatus.ACTIVE),
            COMPLETION, EnumSet.of(PlanStatus.COMPLETED),
            WITHDRAWAL, EnumSet.of(PlanStatus.WITHDRAWN));

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void eachDecisionIsAllowedExactlyFromTheStatusesOfTheLifecycle(PlanStatus status) {
        for (DecisionKind kind : DecisionKind.values()) {
            assertEquals(ALLOWED.get(status).contains(kind), kind.isAllowedFrom(status), kind + " from " + status);
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void eachDecisionLeadsExactlyToItsOutcomes(DecisionKind kind) {
        for (PlanStatus status : PlanStatus.values()) {
            assertEquals(OUTCOMES.get(kind).contains(status), kind.leadsTo(status), kind + " to " + status);
        }
    }

    @Test
    void theAllowedDecisionsOfAStatusAreNamedByTheirPathSegmentInLifecycleOrder() {
        assertEquals(List.of("submission", "withdrawal"), DecisionKind.allowedFrom(PlanStatus.DRAFT));
        assertEquals(List.of("prequalification", "withdrawal"), DecisionKind.allowedFrom(PlanStatus.SUBMITTED));
        assertEquals(List.of("approval", "withdrawal"), DecisionKind.allowedFrom(PlanStatus.PREQUALIFIED));
        assertEquals(List.of("grant", "withdrawal"), DecisionKind.allowedFrom(PlanStatus.APPROVED));
        assertEquals(List.of("activation"), DecisionKind.allowedFrom(PlanStatus.GRANTED));
        assertEquals(List.of("completion"), DecisionKind.allowedFrom(PlanStatus.ACTIVE));
        assertEquals(List.of(), DecisionKind.allowedFrom(PlanStatus.REJECTED));
        assertEquals(List.of(), DecisionKind.allowedFrom(PlanStatus.COMPLETED));
        assertEquals(List.of(), DecisionKind.allowedFrom(PlanStatus.WITHDRAWN));
    }

    @Test
    void aRejectedPlanCannotBeWithdrawnButEveryOpenStateBeforeTheGrantCan() {
        for (PlanStatus open : List.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.PREQUALIFIED,
                PlanStatus.APPROVED)) {
            assertTrue(WITHDRAWAL.isAllowedFrom(open), open.name());
        }
        for (PlanStatus closed : List.of(PlanStatus.REJECTED, PlanStatus.GRANTED, PlanStatus.ACTIVE,
                PlanStatus.COMPLETED, PlanStatus.WITHDRAWN)) {
            assertFalse(WITHDRAWAL.isAllowedFrom(closed), closed.name());
        }
    }

    @Test
    void aDecisionNotAllowedIsAConflictNamingTheStatusAndWhatIsPossibleInstead() {
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> GRANT.requireAllowedFrom(PlanStatus.DRAFT));
        assertEquals(409, conflict.status());
        assertEquals("The plan is DRAFT; grant is not possible now.", conflict.detail());
        assertEquals("DRAFT", conflict.extensions().get("currentStatus"));
        assertEquals(List.of("submission", "withdrawal"), conflict.extensions().get("allowedDecisions"));
    }

    @Test
    void anAllowedDecisionPassesTheCheck() {
        GRANT.requireAllowedFrom(PlanStatus.APPROVED);
        WITHDRAWAL.requireAllowedFrom(PlanStatus.APPROVED);
    }
}
