package dk.kk.boligsocial.plans.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan takes the lifecycle's decisions itself and writes the history entry of each. */
class PlanTest {

    private static final Instant CREATED = Instant.parse("2011-05-02T09:15:00Z");
    private static final Instant LATER = Instant.parse("2011-06-20T13:00:00Z");
    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final Decider KOMMUNE = new Decider("test-kommune", null);
    private static final Decider LBF = new Decider("test-lbf", null);

    @Test
    void aNewPlanIsADraftWithItsCheckedBudgetAndItsCreationAsFirstHistoryEntry() {
        Plan plan = draft();
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals(List.of("LBF 2012 2500000.00", "MUNICIPALITY 2012 500000.00"), describe(plan.requestedBudget()));

        PlanDecision creation = PlanDecision.creationOf(plan, new Decider("test-bo", ORGANISATION), CREATED);
        assertEquals("creation", creation.decision());
        assertNull(creation.fromStatus());
        assertEquals(PlanStatus.DRAFT, creation.toStatus());
        assertEquals(ORGANISATION, creation.organisationId());
        assertEquals(0, creation.planVersion());
    }

    @Test
    void aDecisionMovesThePlanAndRecordsWhoWhenWhyAndTheVersionItMakes() {
        Plan plan = draft();
        PlanDecision submission = plan.submit("Kommunen anbefaler planen.", KOMMUNE, LATER);

        assertEquals(PlanStatus.SUBMITTED, plan.status());
        assertEquals(LATER, plan.updatedAt());
        assertEquals("submission", submission.decision());
        assertEquals(PlanStatus.DRAFT, submission.fromStatus());
        assertEquals(PlanStatus.SUBMITTED, submission.toStatus());
        assertEquals("test-kommune", submission.actor());
        assertEquals(LATER, submission.decidedAt());
        assertEquals("Kommunen anbefaler planen.", submission.recommendation());
        assertEquals(plan.id(), submission.planId());
        assertEquals(1, submission.planVersion());
    }

    @Test
    void prequalificationEndsInPrequalifiedOrRejectedWithReferenceAndReason() {
        Plan prequalified = submitted();
        PlanDecision yes = prequalified.prequalify("LBF 2011-0457", "Opfylder kriterierne.", LBF, LATER);
        assertEquals(PlanStatus.PREQUALIFIED, prequalified.status());
        assertEquals("prequalification", yes.decision());
        assertEquals("LBF 2011-0457", yes.reference());

        Plan rejected = submitted();
        PlanDecision no = rejected.reject("LBF 2011-0458", "Opfylder ikke kriterierne.", LBF, LATER);
        assertEquals(PlanStatus.REJECTED, rejected.status());
        assertEquals("prequalification", no.decision());
        assertEquals("Opfylder ikke kriterierne.", no.reason());
    }

    @Test
    void theGrantKeepsLbfsAmountAndGivesTheGrantedBudget() {
        Plan plan = submitted();
        plan.prequalify("LBF 1", null, LBF, LATER);
        PlanDecision approval = plan.approve("Teknik- og Miljøudvalget", LocalDate.of(2011, 10, 24), "2011-22288",
                null, KOMMUNE, LATER);
        assertEquals("Teknik- og Miljøudvalget", approval.committee());
        assertEquals(List.of(), plan.grantedBudget());

        PlanDecision grant = plan.grant(new BigDecimal("1000000.00"), "LBF-tilsagn 1", null, LBF, LATER);

        assertEquals(PlanStatus.GRANTED, plan.status());
        assertEquals(new BigDecimal("1000000.00"), plan.grantedAmount());
        assertEquals(new BigDecimal("1000000.00"), grant.grantedAmount());
        assertEquals(List.of("LBF 2012 1000000.00", "MUNICIPALITY 2012 500000.00"), describe(plan.grantedBudget()));
    }

    @Test
    void aDecisionTheLifecycleDoesNotAllowIsAConflictAndChangesNothing() {
        Plan plan = draft();
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> plan.grant(BigDecimal.TEN, "LBF 1", null, LBF, LATER));
        assertEquals("The plan is DRAFT; grant is not possible now.", conflict.detail());
        assertEquals(List.of("submission", "withdrawal"), conflict.extensions().get("allowedDecisions"));
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertNull(plan.grantedAmount());
        assertEquals(CREATED, plan.updatedAt());
    }

    @Test
    void aRejectedPlanIsFinal() {
        Plan plan = submitted();
        plan.reject("LBF 1", "Nej.", LBF, LATER);
        assertThrows(ConflictException.class, () -> plan.withdraw("Trukket tilbage.", KOMMUNE, LATER));
    }

    @Test
    void aDraftAndAPrequalifiedPlanCanBeRevisedButASubmittedOneCannot() {
        Plan plan = draft();
        plan.revise(content("Revideret helhedsplan"), KOMMUNE, LATER);
        assertEquals("Revideret helhedsplan", plan.title());

        plan.submit("Anbefales.", KOMMUNE, LATER);
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> plan.revise(content("For sent"), KOMMUNE, LATER));
        assertEquals("A plan can be changed only while DRAFT or PREQUALIFIED; this plan is SUBMITTED.",
                conflict.detail());
        assertEquals("SUBMITTED", conflict.extensions().get("currentStatus"));
        assertEquals("Revideret helhedsplan", plan.title());

        plan.prequalify("LBF 1", null, LBF, LATER);
        plan.revise(content("Udarbejdet i dialog"), KOMMUNE, LATER);
        assertEquals("Udarbejdet i dialog", plan.title());
    }

    private static Plan draft() {
        return new Plan("2011-14", ORGANISATION, content("Helhedsplan for Testparken"), CREATED);
    }

    private static Plan submitted() {
        Plan plan = draft();
        plan.submit("Anbefales.", KOMMUNE, CREATED);
        return plan;
    }

    private static PlanContent content(String title) {
        return new PlanContent(title, List.of(UUID.randomUUID()), List.of("SUNDHED"), List.of("Beboere"),
                LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31),
                List.of(new BudgetLine.Unchecked(BudgetSource.LBF, 2012, new BigDecimal("2500000.00"), "DKK"),
                        new BudgetLine.Unchecked(BudgetSource.MUNICIPALITY, 2012, new BigDecimal("500000.00"), "DKK")),
                List.of(new PlannedActivity("SUNDHED", "Motion", "Motion for beboere.")));
    }

    private static List<String> describe(List<BudgetLine> lines) {
        return lines.stream().map(l -> l.source() + " " + l.year() + " " + l.amount().toPlainString()).toList();
    }
}
