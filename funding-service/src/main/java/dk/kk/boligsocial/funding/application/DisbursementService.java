package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.ApprovalRequest;
import dk.kk.boligsocial.funding.api.model.CorrectionRequest;
import dk.kk.boligsocial.funding.api.model.DisbursementRequest;
import dk.kk.boligsocial.funding.api.model.DisbursementResponse;
import dk.kk.boligsocial.funding.api.model.PaymentRequest;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.BudgetYears;
import dk.kk.boligsocial.funding.domain.Disbursement;
import dk.kk.boligsocial.funding.domain.DisbursementStatus;
import dk.kk.boligsocial.funding.domain.FundingState;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.LedgerKind;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.persistence.DisbursementRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The disbursement schedule of a plan: planned → approved (by the municipality) → paid, and the correction of a
 * wrong payment. Only the payment and its correction move money, as ledger entries; each step runs under the plan's
 * row lock, writes the plan's answer and (approval, payment, correction) its funding event through the outbox, in
 * one transaction. The one-step disbursement of before is a disbursement planned, approved and paid at once.
 *
 * <p>What the schedule holds for a source and year (planned, approved and paid, corrected ones not counted) never
 * exceeds the plan's commitment there; the ledger trigger checks again that what is paid never does.
 */
@ApplicationScoped
public class DisbursementService {

    private final PlanFundingRepository plans;
    private final PoolRepository pools;
    private final LedgerRepository ledger;
    private final DisbursementRepository disbursements;
    private final FundingEventPublisher outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;
    private final PlanFundingViews views;

    public DisbursementService(PlanFundingRepository plans, PoolRepository pools, LedgerRepository ledger,
            DisbursementRepository disbursements, FundingEventPublisher outbox, AuditTrail audit, Caller caller,
            Timestamps timestamps, PlanFundingViews views) {
        this.plans = plans;
        this.pools = pools;
        this.ledger = ledger;
        this.disbursements = disbursements;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
        this.views = views;
    }

    /**
     * Plans a disbursement (status PLANNED), or pays it at once (the default: planned, approved and paid in one step,
     * announced as funding.disbursed.v1 as it always was).
     */
    @Transactional
    public DisbursementResponse record(UUID planId, DisbursementRequest request) {
        BigDecimal amount = validAmount(request);
        boolean planOnly = request.status() == DisbursementRequest.Step.PLANNED;
        PlanFunding plan = lockedPlan(planId);
        BudgetSource source = request.source();
        int year = request.year();
        List<LedgerEntry> history = ledger.history(planId);
        List<Disbursement> schedule = new ArrayList<>(disbursements.ofPlan(planId));
        PlanPosition position = position(history, source, year);
        BigDecimal scheduled = scheduled(schedule, source, year);
        BigDecimal room = position.committed().subtract(scheduled);
        if (amount.compareTo(room) > 0) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("committed", FundingResponses.money(position.committed()));
            figures.put("disbursed", FundingResponses.money(position.disbursed()));
            figures.put("remaining", FundingResponses.money(position.remaining()));
            figures.put("scheduled", FundingResponses.money(scheduled));
            figures.put("available", FundingResponses.money(room.max(BigDecimal.ZERO)));
            throw new ConflictException("A disbursement of " + amount.toPlainString() + " exceeds what remains of the "
                    + source + " commitment for " + year + " beside the disbursements already planned, approved or"
                    + " paid: " + room.max(BigDecimal.ZERO).toPlainString() + ".", figures);
        }
        Instant now = timestamps.now();
        UUID id = UUID.randomUUID();
        String reference = request.reference().strip();
        if (planOnly) {
            Disbursement planned = Disbursement.planned(id, plan, source, year, amount, reference, caller.subject(), now);
            disbursements.persist(planned);
            schedule.add(planned);
            disbursements.flush();
            views.write(plan, history, schedule);
            // planning is an intention, not a decision or a movement of money: audited, not announced
            audit.record("funding.disbursement-planned", PlanFundingReactions.RESOURCE, planId.toString(),
                    plan.version(), null, change(null, planned));
            return FundingResponses.disbursement(planned, position.remaining());
        }
        LocalDate valueDate = effectiveDay("valueDate", request.valueDate(), history, null);
        Disbursement paid = Disbursement.paidAtOnce(id, plan, source, year, amount, reference, caller.subject(), now,
                valueDate);
        disbursements.persist(paid);
        schedule.add(paid);
        LedgerEntry entry = LedgerEntry.disbursement(id, plan, poolOf(plan, source), source, year, amount, reference,
                caller.subject(), now, valueDate);
        return booked(plan, history, schedule, paid, entry, position.remaining().subtract(amount), null);
    }

    /** Approves a planned disbursement for payment; announced as funding.disbursement-approved.v1. */
    @Transactional
    public DisbursementResponse approve(UUID planId, UUID disbursementId, ApprovalRequest request) {
        PlanFunding plan = lockedPlan(planId);
        Disbursement disbursement = find(planId, disbursementId);
        requireStatus(disbursement, DisbursementStatus.PLANNED, "approved");
        List<LedgerEntry> history = ledger.history(planId);
        LocalDate decidedOn = effectiveDay("decidedOn", request == null ? null : request.decidedOn(), history, null);
        DisbursementStatus before = disbursement.status();
        Instant now = timestamps.now();
        disbursement.approve(caller.subject(), now, decidedOn);
        disbursements.flush();
        views.write(plan, history, disbursements.ofPlan(planId));
        UUID published = outbox.publish(planId, FundingEvents.disbursementApproved(plan, disbursement));
        audit.record("funding.disbursement-approved", PlanFundingReactions.RESOURCE, planId.toString(),
                plan.version(), published, change(before, disbursement));
        return FundingResponses.disbursement(disbursement,
                position(history, disbursement.source(), disbursement.year()).remaining());
    }

    /**
     * Pays an approved disbursement: its DISBURSEMENT ledger entry (with the disbursement's id, so it is paid once),
     * announced as funding.disbursed.v1.
     */
    @Transactional
    public DisbursementResponse pay(UUID planId, UUID disbursementId, PaymentRequest request) {
        PlanFunding plan = lockedPlan(planId);
        Disbursement disbursement = find(planId, disbursementId);
        requireStatus(disbursement, DisbursementStatus.APPROVED, "paid");
        List<LedgerEntry> history = ledger.history(planId);
        LocalDate valueDate = effectiveDay("valueDate", request == null ? null : request.valueDate(), history,
                disbursement.approvedOn());
        PlanPosition position = position(history, disbursement.source(), disbursement.year());
        if (disbursement.amount().compareTo(position.remaining()) > 0) {
            // only if the commitment was lowered below the approved schedule since the approval
            throw new ConflictException("The disbursement of " + disbursement.amount().toPlainString()
                    + " exceeds what remains of the " + disbursement.source() + " commitment for "
                    + disbursement.year() + ": " + position.remaining().toPlainString() + ".",
                    Map.of("remaining", FundingResponses.money(position.remaining())));
        }
        Instant now = timestamps.now();
        DisbursementStatus before = disbursement.status();
        disbursement.pay(caller.subject(), now, valueDate);
        LedgerEntry entry = LedgerEntry.fromRequest(disbursement.id(), plan, poolOf(plan, disbursement.source()),
                LedgerKind.DISBURSEMENT, disbursement.source(), disbursement.year(), disbursement.amount(),
                disbursement.id().toString(), disbursement.reference(), caller.subject(), now, valueDate);
        return booked(plan, history, disbursements.ofPlan(planId), disbursement, entry,
                position.remaining().subtract(disbursement.amount()), before);
    }

    /**
     * Corrects a paid disbursement: a DISBURSEMENT_REVERSAL entry of the whole payment, effective today, the payment's
     * own entry untouched; announced as funding.disbursement-corrected.v1. A right payment is a new disbursement.
     */
    @Transactional
    public DisbursementResponse correct(UUID planId, UUID disbursementId, CorrectionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "reason", request.reason(), TextRules.MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanFunding plan = lockedPlan(planId);
        Disbursement disbursement = find(planId, disbursementId);
        requireStatus(disbursement, DisbursementStatus.PAID, "corrected");
        List<LedgerEntry> history = ledger.history(planId);
        PlanPosition position = position(history, disbursement.source(), disbursement.year());
        Instant now = timestamps.now();
        String reason = request.reason().strip();
        LedgerEntry reversal = LedgerEntry.fromRequest(UUID.randomUUID(), plan, poolOf(plan, disbursement.source()),
                LedgerKind.DISBURSEMENT_REVERSAL, disbursement.source(), disbursement.year(), disbursement.amount(),
                disbursement.id().toString(), reason, caller.subject(), now, EffectiveDates.dayOf(now));
        ledger.persist(reversal);
        disbursement.correct(caller.subject(), now, reason, reversal.id());
        ledger.flush();
        views.write(plan, PlanFundingViews.with(history, List.of(reversal)), disbursements.ofPlan(planId));
        BigDecimal remaining = position.remaining().add(disbursement.amount());
        UUID published = outbox.publish(planId, FundingEvents.disbursementCorrected(plan, disbursement, reversal,
                remaining));
        audit.record("funding.disbursement-corrected", PlanFundingReactions.RESOURCE, planId.toString(),
                plan.version(), published, change(DisbursementStatus.PAID, disbursement));
        return FundingResponses.disbursement(disbursement, remaining);
    }

    /** A read: no transaction. */
    public DisbursementResponse disbursement(UUID planId, UUID disbursementId) {
        caller.requireVisible(plans.findByIdOptional(planId), PlanFunding::housingOrganisationId,
                PlanFundingService.RESOURCE, planId);
        Disbursement disbursement = find(planId, disbursementId);
        BigDecimal remaining = ledger.position(planId, disbursement.source(), disbursement.year()).remaining();
        return FundingResponses.disbursement(disbursement, remaining);
    }

    /** Books the payment's ledger entry, writes the plan's answer, announces funding.disbursed.v1 and audits it. */
    private DisbursementResponse booked(PlanFunding plan, List<LedgerEntry> history, List<Disbursement> schedule,
            Disbursement paid, LedgerEntry entry, BigDecimal remaining, DisbursementStatus before) {
        ledger.persist(entry);
        ledger.flush();
        views.write(plan, PlanFundingViews.with(history, List.of(entry)), schedule);
        UUID published = outbox.publish(plan.planId(), FundingEvents.disbursed(plan, entry, remaining));
        // the audit record names the funding.disbursed.v1 that announced the payment
        audit.record("funding.disbursed", PlanFundingReactions.RESOURCE, plan.planId().toString(), plan.version(),
                published, change(before, paid));
        return FundingResponses.disbursement(paid, remaining);
    }

    private PlanFunding lockedPlan(UUID planId) {
        PlanFunding plan = caller.requireVisible(plans.findForUpdate(planId), PlanFunding::housingOrganisationId,
                PlanFundingService.RESOURCE, planId);
        if (plan.state() == FundingState.CLOSED) {
            throw new ConflictException("The plan's funding is closed out; its disbursements can no longer change.",
                    Map.of("fundingState", plan.state().name()));
        }
        return plan;
    }

    private Disbursement find(UUID planId, UUID disbursementId) {
        return disbursements.ofPlan(planId, disbursementId)
                .orElseThrow(() -> new ResourceNotFoundException("disbursement", disbursementId));
    }

    private static void requireStatus(Disbursement disbursement, DisbursementStatus expected, String verb) {
        if (disbursement.status() != expected) {
            throw new ConflictException("Disbursement " + disbursement.id() + " is " + disbursement.status()
                    + "; only a " + expected + " disbursement can be " + verb + ".",
                    Map.of("disbursementStatus", disbursement.status().name()));
        }
    }

    /** The municipal money's pool (the ledger books MUNICIPALITY entries against it), null for other sources. */
    private UUID poolOf(PlanFunding plan, BudgetSource source) {
        return source == BudgetSource.MUNICIPALITY ? pools.findByRound(plan.roundId()).orElseThrow().id() : null;
    }

    private static PlanPosition position(List<LedgerEntry> history, BudgetSource source, int year) {
        return PlanPosition.of(history).stream().filter(p -> p.source() == source && p.year() == year).findFirst()
                .orElse(new PlanPosition(source, year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** What the schedule holds for a source and year: planned, approved and paid, not corrected. */
    private static BigDecimal scheduled(List<Disbursement> schedule, BudgetSource source, int year) {
        return schedule.stream().filter(d -> d.holdsCommitment() && d.source() == source && d.year() == year)
                .map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private LocalDate effectiveDay(String field, LocalDate given, List<LedgerEntry> history, LocalDate notBefore) {
        return EffectiveDates.within(field, given, timestamps.now(), history, notBefore);
    }

    /** Every invalid field at once (400), before anything is read or locked. */
    private static BigDecimal validAmount(DisbursementRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.source() == null) {
            errors.add(new FieldError("source", "is required"));
        }
        BudgetYears.check(errors, "year", request.year());
        BigDecimal amount = MoneyRules.check(errors, "amount", request.amount(), MoneyValue.DKK);
        if (request.reference() == null || request.reference().isBlank() || request.reference().length() > 200) {
            errors.add(new FieldError("reference", "is required, at most 200 characters"));
        }
        if (request.status() == DisbursementRequest.Step.PLANNED && request.valueDate() != null) {
            errors.add(new FieldError("valueDate", "is the day of a payment; a PLANNED disbursement has none"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return amount;
    }

    /** The audit's before/after of a disbursement step. */
    private static AuditTrail.Change change(DisbursementStatus before, Disbursement after) {
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("disbursementId", after.id().toString());
        is.put("status", after.status().name());
        is.put("source", after.source().name());
        is.put("year", after.year());
        is.put("amount", after.amount().toPlainString());
        if (after.valueDate() != null) {
            is.put("valueDate", after.valueDate().toString());
        }
        if (after.correctionReason() != null) {
            is.put("correctionReason", after.correctionReason());
        }
        return new AuditTrail.Change(before == null ? null : Map.of("status", before.name()), is);
    }
}
