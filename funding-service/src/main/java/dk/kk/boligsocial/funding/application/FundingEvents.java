package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.funding.FundingCommittedV1.CommitmentBasis;
import dk.kk.boligsocial.events.funding.FundingClosedOutV1.CloseOutCause;
import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementApprovedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementCorrectedV1;
import dk.kk.boligsocial.events.funding.FundingGrantAmendedV1;
import dk.kk.boligsocial.events.funding.FundingReleasedV1.ReleaseCause;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1.RefusalStage;
import dk.kk.boligsocial.events.funding.FundingReservationAdjustedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import dk.kk.boligsocial.events.funding.FundingReservedV1;
import dk.kk.boligsocial.events.funding.FundingRevisionRefusedV1;
import dk.kk.boligsocial.funding.domain.BudgetLine;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.Disbursement;
import dk.kk.boligsocial.funding.domain.FundingAssessment;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.RefusalReason;
import dk.kk.boligsocial.funding.domain.RuleCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the domain meets the events module: the payload of every funding event, built from the plan and what was
 * booked, and the plan events' budget lines read into the domain's. The two kinds of budget line, source, rule check
 * and refusal reason share their names, so the events' are written out in full here.
 */
final class FundingEvents {

    private FundingEvents() {
    }

    static FundingReservedV1 reserved(PlanFunding plan, String causationEventId, UUID poolId,
            List<BudgetLine> municipal, List<RuleCheck> checks, Instant at) {
        return new FundingReservedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), causationEventId,
                poolId, lines(municipal), money(BudgetLine.sum(municipal)), checks(checks), at);
    }

    /** @param previous the reservation released, per year; empty for a plan that held none */
    static FundingReservationAdjustedV1 adjusted(PlanFunding plan, String causationEventId, UUID poolId,
            int contentVersion, Map<Integer, BigDecimal> previous, List<BudgetLine> municipal, List<RuleCheck> checks,
            Instant at) {
        return new FundingReservationAdjustedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(),
                causationEventId, poolId, contentVersion, municipalLines(previous), lines(municipal),
                money(BudgetLine.sum(municipal)), checks(checks), at);
    }

    /** @param held the reservation the plan still holds, per year */
    static FundingRevisionRefusedV1 revisionRefused(PlanFunding plan, String causationEventId, int contentVersion,
            FundingAssessment assessment, List<BudgetLine> municipal, Map<Integer, BigDecimal> held, Instant at) {
        return new FundingRevisionRefusedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(),
                causationEventId, contentVersion, assessment.reasons().stream().map(FundingEvents::reason).toList(),
                lines(municipal), municipalLines(held), checks(assessment.checks()), at);
    }

    static FundingReservationRefusedV1 refused(PlanFunding plan, String causationEventId, RefusalStage stage,
            FundingAssessment assessment, List<BudgetLine> municipal, Instant at) {
        return new FundingReservationRefusedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(),
                causationEventId, stage, assessment.reasons().stream().map(FundingEvents::reason).toList(),
                lines(municipal), checks(assessment.checks()), at);
    }

    /** @param reservation the reservation the commitment replaced, per year; empty for a grant without one */
    static FundingCommittedV1 committed(PlanFunding plan, String causationEventId, List<BudgetLine> granted,
            Map<Integer, BigDecimal> reservation, Instant at) {
        return new FundingCommittedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), causationEventId,
                reservation.isEmpty() ? CommitmentBasis.WITHOUT_RESERVATION : CommitmentBasis.RESERVATION,
                lines(granted), money(BudgetLine.sum(BudgetLine.municipal(granted))), money(total(reservation)), at);
    }

    /** @param reservation what went back to the pool, per year (municipal co-financing) */
    static FundingReleasedV1 released(PlanFunding plan, String causationEventId, ReleaseCause cause,
            Map<Integer, BigDecimal> reservation, Instant at) {
        return new FundingReleasedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), causationEventId,
                cause, municipalLines(reservation), money(total(reservation)), at);
    }

    private static List<dk.kk.boligsocial.events.common.BudgetLine> municipalLines(Map<Integer, BigDecimal> byYear) {
        return byYear.entrySet().stream()
                .map(e -> new dk.kk.boligsocial.events.common.BudgetLine(
                        dk.kk.boligsocial.events.common.BudgetSource.MUNICIPALITY, e.getKey(), money(e.getValue())))
                .toList();
    }

    static FundingDisbursedV1 disbursed(PlanFunding plan, LedgerEntry disbursement, BigDecimal remaining) {
        return new FundingDisbursedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), disbursement.id(),
                source(disbursement.source()), disbursement.year(), money(disbursement.amount()),
                disbursement.reference(), money(remaining), disbursement.recordedBy(), disbursement.recordedAt());
    }

    static FundingDisbursementApprovedV1 disbursementApproved(PlanFunding plan, Disbursement approved) {
        return new FundingDisbursementApprovedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(),
                approved.id(), source(approved.source()), approved.year(), money(approved.amount()),
                approved.reference(), approved.approvedBy(), approved.approvedOn(), approved.approvedAt());
    }

    static FundingDisbursementCorrectedV1 disbursementCorrected(PlanFunding plan, Disbursement corrected,
            LedgerEntry reversal, BigDecimal remaining) {
        return new FundingDisbursementCorrectedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(),
                corrected.id(), reversal.id(), source(corrected.source()), corrected.year(), money(corrected.amount()),
                corrected.correctionReason(), money(remaining), corrected.correctedBy(), corrected.correctedAt());
    }

    /** @param released the COMMITMENT_RELEASE entries of the close-out; @param paid what the plan was paid, net */
    static FundingClosedOutV1 closedOut(PlanFunding plan, String causationEventId, CloseOutCause cause,
            List<LedgerEntry> released, BigDecimal paid, Instant at) {
        BigDecimal returned = released.stream().filter(e -> e.source() == BudgetSource.MUNICIPALITY)
                .map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FundingClosedOutV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), causationEventId,
                cause, released.stream().map(e -> new dk.kk.boligsocial.events.common.BudgetLine(source(e.source()),
                        e.year(), money(e.amount()))).toList(), money(returned), money(paid), at);
    }

    static FundingGrantAmendedV1 grantAmended(PlanFunding plan, UUID amendmentId, String reference,
            Map<Integer, BigDecimal> previous, Map<Integer, BigDecimal> amended, List<RuleCheck> checks,
            String amendedBy, LocalDate decidedOn, Instant at) {
        return new FundingGrantAmendedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), amendmentId,
                reference, municipalLines(previous), municipalLines(amended), money(total(amended)), checks(checks),
                amendedBy, decidedOn, at);
    }

    /** A plan event's budget (requested or granted) as the domain keeps it. */
    static List<BudgetLine> budget(List<dk.kk.boligsocial.events.common.BudgetLine> lines) {
        return lines.stream().map(l -> new BudgetLine(BudgetSource.valueOf(l.source().name()), l.year(),
                l.amount().amount())).toList();
    }

    private static List<dk.kk.boligsocial.events.common.BudgetLine> lines(List<BudgetLine> lines) {
        return lines.stream().map(l -> new dk.kk.boligsocial.events.common.BudgetLine(source(l.source()), l.year(),
                money(l.amount()))).toList();
    }

    private static dk.kk.boligsocial.events.common.BudgetSource source(BudgetSource source) {
        return dk.kk.boligsocial.events.common.BudgetSource.valueOf(source.name());
    }

    private static List<dk.kk.boligsocial.events.funding.RuleCheck> checks(List<RuleCheck> checks) {
        return checks.stream().map(c -> new dk.kk.boligsocial.events.funding.RuleCheck(c.rule(), c.description(),
                dk.kk.boligsocial.events.funding.RuleCheck.RuleUnit.valueOf(c.unit().name()), c.expected(), c.actual(),
                dk.kk.boligsocial.events.funding.RuleCheck.RuleOutcome.valueOf(c.outcome().name()))).toList();
    }

    private static dk.kk.boligsocial.events.funding.RefusalReason reason(RefusalReason reason) {
        return new dk.kk.boligsocial.events.funding.RefusalReason(
                dk.kk.boligsocial.events.funding.RefusalReason.RefusalCode.valueOf(reason.code().name()),
                reason.message());
    }

    private static BigDecimal total(Map<Integer, BigDecimal> byYear) {
        return byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Money money(BigDecimal amount) {
        return Money.dkk(amount);
    }
}
