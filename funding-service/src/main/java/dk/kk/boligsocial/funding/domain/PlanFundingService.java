package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.funding.api.DisbursementRequest;
import dk.kk.boligsocial.funding.api.DisbursementResponse;
import dk.kk.boligsocial.funding.api.PlanFundingResponse;
import dk.kk.boligsocial.funding.events.FundingEventPublisher;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One plan's money over HTTP: what it holds, and disbursements against its commitments. */
@ApplicationScoped
public class PlanFundingService {

    private final PlanFundingRepository plans;
    private final PoolRepository pools;
    private final LedgerRepository ledger;
    private final FundingEventPublisher events;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public PlanFundingService(PlanFundingRepository plans, PoolRepository pools, LedgerRepository ledger,
            FundingEventPublisher events, AuditTrail audit, Caller caller, Clock clock) {
        this.plans = plans;
        this.pools = pools;
        this.ledger = ledger;
        this.events = events;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PlanFundingResponse get(UUID planId) {
        PlanFunding plan = plans.findByIdOptional(planId)
                .filter(p -> caller.mayAccessOrganisation(p.housingOrganisationId()))
                .orElseThrow(() -> notFound(planId));
        return Views.plan(plan, ledger.positions(planId), ledger.history(planId));
    }

    /**
     * Pays out of the commitment for one source and year, under the plan's row lock: never more than what remains
     * of it (409 otherwise, with the figures). The database trigger checks the same again.
     */
    @Transactional
    public DisbursementResponse disburse(UUID planId, DisbursementRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.source() == null) {
            errors.add(new FieldError("source", "is required"));
        }
        BudgetYears.check(errors, "year", request.year());
        BigDecimal amount = MoneyRules.check(errors, "amount", request.amount(), MoneyValue.DKK);
        if (request.reference() == null || request.reference().isBlank() || request.reference().length() > 200) {
            errors.add(new FieldError("reference", "is required, at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanFunding plan = plans.findForUpdate(planId)
                .filter(p -> caller.mayAccessOrganisation(p.housingOrganisationId()))
                .orElseThrow(() -> notFound(planId));
        BudgetSource source = request.source();
        int year = request.year();
        PlanPosition position = ledger.positions(planId).stream()
                .filter(p -> p.source() == source && p.year() == year)
                .findFirst()
                .orElse(new PlanPosition(source, year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        if (amount.compareTo(position.remaining()) > 0) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("committed", Views.money(position.committed()));
            figures.put("disbursed", Views.money(position.disbursed()));
            figures.put("remaining", Views.money(position.remaining()));
            throw new ConflictException("A disbursement of " + amount.toPlainString() + " exceeds what remains of the "
                    + source + " commitment for " + year + ": " + position.remaining().toPlainString() + ".", figures);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID poolId = source == BudgetSource.MUNICIPALITY
                ? pools.findByRound(plan.roundId()).orElseThrow().id() : null;
        LedgerEntry entry = LedgerEntry.disbursement(UUID.randomUUID(), plan, poolId, source, year, amount,
                request.reference().strip(), caller.subject(), now);
        ledger.persist(entry);
        ledger.flush();
        audit.record("funding.disbursed", FundingDecisions.RESOURCE, planId.toString(), plan.version());
        BigDecimal remaining = position.remaining().subtract(amount);
        events.publish(new FundingDisbursedV1(planId, plan.roundId(), plan.housingOrganisationId(), entry.id(), source,
                year, Money.dkk(amount), entry.reference(), Money.dkk(remaining), entry.recordedBy(), now));
        return view(entry, remaining);
    }

    @Transactional
    public DisbursementResponse disbursement(UUID planId, UUID disbursementId) {
        plans.findByIdOptional(planId)
                .filter(p -> caller.mayAccessOrganisation(p.housingOrganisationId()))
                .orElseThrow(() -> notFound(planId));
        LedgerEntry entry = ledger.disbursement(planId, disbursementId);
        if (entry == null) {
            throw new ResourceNotFoundException("disbursement", disbursementId);
        }
        BigDecimal remaining = ledger.positions(planId).stream()
                .filter(p -> p.source() == entry.source() && p.year() == entry.year())
                .map(PlanPosition::remaining).findFirst().orElse(BigDecimal.ZERO);
        return view(entry, remaining);
    }

    private static DisbursementResponse view(LedgerEntry entry, BigDecimal remaining) {
        return new DisbursementResponse(entry.id(), entry.planId(), entry.source(), entry.year(),
                Views.money(entry.amount()), entry.reference(), Views.money(remaining), entry.recordedBy(),
                entry.recordedAt());
    }

    private static ResourceNotFoundException notFound(UUID planId) {
        return new ResourceNotFoundException("funding of plan", planId);
    }
}
