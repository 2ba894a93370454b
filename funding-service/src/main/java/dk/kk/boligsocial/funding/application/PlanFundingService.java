package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.DisbursementRequest;
import dk.kk.boligsocial.funding.api.model.DisbursementResponse;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.BudgetYears;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingViewRepository.StoredView;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.JsonAnswer;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One plan's money over HTTP: what it holds, and disbursements against its commitments. */
@ApplicationScoped
public class PlanFundingService {

    private static final String RESOURCE = "funding of plan";

    private final PlanFundingRepository plans;
    private final PoolRepository pools;
    private final LedgerRepository ledger;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;
    private final PlanFundingViews views;

    public PlanFundingService(PlanFundingRepository plans, PoolRepository pools, LedgerRepository ledger,
            Outbox outbox, AuditTrail audit, Caller caller, Timestamps timestamps, PlanFundingViews views) {
        this.views = views;
        this.plans = plans;
        this.pools = pools;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    /**
     * The plan's funding as its last change wrote it: one row, no transaction (a single statement reads a consistent
     * row). A plan funding knew before the answers were kept (V3) and has not changed since is answered from the
     * tables.
     */
    public JsonAnswer get(UUID planId) {
        Optional<StoredView> stored = views.find(planId);
        if (stored.isPresent()) {
            StoredView view = caller.requireVisible(stored, StoredView::housingOrganisationId, RESOURCE, planId);
            boolean organisationOnly = caller.isHousingOrganisation() && view.organisationBody() != null;
            return new JsonAnswer(organisationOnly ? view.organisationBody() : view.body(), view.version());
        }
        PlanFunding plan = visible(plans.findByIdOptional(planId), planId);
        return new JsonAnswer(views.render(plan, ledger.history(planId), caller.isHousingOrganisation()
                ? PlanFundingViews.Reader.HOUSING_ORGANISATION : PlanFundingViews.Reader.MUNICIPALITY_OR_LBF),
                plan.version());
    }

    /**
     * Pays out of the commitment for one source and year, under the plan's row lock: never more than what remains
     * of it (409 otherwise, with the figures). The database trigger checks the same again.
     */
    @Transactional
    public DisbursementResponse disburse(UUID planId, DisbursementRequest request) {
        BigDecimal amount = validAmount(request);
        PlanFunding plan = visible(plans.findForUpdate(planId), planId);
        BudgetSource source = request.source();
        int year = request.year();
        List<LedgerEntry> history = ledger.history(planId);
        PlanPosition position = PlanPosition.of(history).stream()
                .filter(p -> p.source() == source && p.year() == year).findFirst()
                .orElse(new PlanPosition(source, year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        if (amount.compareTo(position.remaining()) > 0) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("committed", FundingResponses.money(position.committed()));
            figures.put("disbursed", FundingResponses.money(position.disbursed()));
            figures.put("remaining", FundingResponses.money(position.remaining()));
            throw new ConflictException("A disbursement of " + amount.toPlainString() + " exceeds what remains of the "
                    + source + " commitment for " + year + ": " + position.remaining().toPlainString() + ".", figures);
        }
        UUID poolId = source == BudgetSource.MUNICIPALITY
                ? pools.findByRound(plan.roundId()).orElseThrow().id() : null;
        Instant now = timestamps.now();
        LedgerEntry entry = LedgerEntry.disbursement(UUID.randomUUID(), plan, poolId, source, year, amount,
                request.reference().strip(), caller.subject(), now, EffectiveDates.dayOf(now));
        ledger.persist(entry);
        ledger.flush();
        views.write(plan, PlanFundingViews.with(history, List.of(entry)));
        BigDecimal remaining = position.remaining().subtract(amount);
        UUID published = outbox.publish(planId, FundingEvents.disbursed(plan, entry, remaining));
        // the audit record names the funding.disbursed.v1 that announced the payment
        audit.record("funding.disbursed", PlanFundingReactions.RESOURCE, planId.toString(), plan.version(), published);
        return FundingResponses.disbursement(entry, remaining);
    }

    /** A read: no transaction. */
    public DisbursementResponse disbursement(UUID planId, UUID disbursementId) {
        visible(plans.findByIdOptional(planId), planId);
        LedgerEntry entry = ledger.disbursement(planId, disbursementId);
        if (entry == null) {
            throw new ResourceNotFoundException("disbursement", disbursementId);
        }
        BigDecimal remaining = ledger.position(planId, entry.source(), entry.year()).remaining();
        return FundingResponses.disbursement(entry, remaining);
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return amount;
    }

    private PlanFunding visible(Optional<PlanFunding> plan, UUID planId) {
        return caller.requireVisible(plan, PlanFunding::housingOrganisationId, RESOURCE, planId);
    }
}
