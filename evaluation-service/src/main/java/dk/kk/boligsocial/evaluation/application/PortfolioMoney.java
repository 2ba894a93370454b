package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.domain.PlanMoney;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction.Cause;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction.Source;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyTransactionRepository;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementCorrectedV1;
import dk.kk.boligsocial.events.funding.FundingGrantAmendedV1;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each granted plan's money from funding-service's events (boligsocial.funding), for kroner per outcome.
 * Each reaction runs in the transaction that records the event as processed, so it is applied once; a payment or
 * amendment of a plan whose grant was never announced here starts the plan's row from nothing (it can only happen
 * if the topic lost the grant, and the figures then say less, never more, than was committed). Beside the sums, each
 * reaction keeps the event's lines as transactions (signed, dated by the event) for the IATI export.
 */
@ApplicationScoped
public class PortfolioMoney {

    private static final Logger LOG = Logger.getLogger(PortfolioMoney.class);

    private final PlanMoneyRepository money;
    private final PlanMoneyTransactionRepository transactions;
    private final Timestamps timestamps;

    public PortfolioMoney(PlanMoneyRepository money, PlanMoneyTransactionRepository transactions, Timestamps timestamps) {
        this.money = money;
        this.transactions = transactions;
        this.timestamps = timestamps;
    }

    /** The grant's commitments: a line per source and year, dated the day they were committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void committed(FundingCommittedV1 event, String eventId) {
        row(event.planId(), event.roundId(), event.housingOrganisationId())
                .committed(total(event.commitments(), null), total(event.commitments(), BudgetSource.MUNICIPALITY),
                        now());   // announced once per plan
        LocalDate on = day(event.committedAt());
        event.commitments().forEach(l -> line(event.planId(), Cause.GRANT, l.source(), l.year(), l.amount().amount(),
                on, eventId));
    }

    /**
     * An amendment changes the municipal commitment per year: a line per year whose sum changed, by the change (money
     * moved to another year is a negative and a positive line), dated the day it took effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(FundingGrantAmendedV1 event, String eventId) {
        BigDecimal delta = total(event.amended(), null).subtract(total(event.previous(), null));
        row(event.planId(), event.roundId(), event.housingOrganisationId()).amended(delta, now());
        Map<Integer, BigDecimal> change = new TreeMap<>();
        event.amended().forEach(l -> change.merge(l.year(), l.amount().amount(), BigDecimal::add));
        event.previous().forEach(l -> change.merge(l.year(), l.amount().amount().negate(), BigDecimal::add));
        change.forEach((year, amount) -> {
            if (amount.signum() != 0) {
                line(event.planId(), Cause.AMENDMENT, BudgetSource.MUNICIPALITY, year, amount, event.decidedOn(), eventId);
            }
        });
    }

    /** A payment, dated the day it was recorded: the event carries no value date of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disbursed(FundingDisbursedV1 event, String eventId) {
        row(event.planId(), event.roundId(), event.housingOrganisationId())
                .paid(event.amount().amount(), event.source() == BudgetSource.MUNICIPALITY, now());
        line(event.planId(), Cause.PAYMENT, event.source(), event.year(), event.amount().amount(),
                day(event.disbursedAt()), eventId);
    }

    /** A corrected payment: the reversal as a negative payment, the wrong one left as it was (as in the ledger). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void corrected(FundingDisbursementCorrectedV1 event, String eventId) {
        row(event.planId(), event.roundId(), event.housingOrganisationId())
                .paid(event.amount().amount().negate(), event.source() == BudgetSource.MUNICIPALITY, now());
        line(event.planId(), Cause.CORRECTION, event.source(), event.year(), event.amount().amount().negate(),
                day(event.correctedAt()), eventId);
    }

    /** The close-out's release of what was committed and not paid: negative commitment lines per source and year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closedOut(FundingClosedOutV1 event, String eventId) {
        row(event.planId(), event.roundId(), event.housingOrganisationId()).closedOut(total(event.released(), null),
                total(event.released(), BudgetSource.MUNICIPALITY), now());
        LocalDate on = day(event.closedAt());
        event.released().forEach(l -> line(event.planId(), Cause.RELEASE, l.source(), l.year(),
                l.amount().amount().negate(), on, eventId));
    }

    private void line(UUID planId, Cause cause, BudgetSource source, int year, BigDecimal amount, LocalDate on,
            String eventId) {
        transactions.persist(new PlanMoneyTransaction(planId, cause, Source.valueOf(source.name()), year, amount, on,
                eventId, now()));
    }

    /** The UTC day of an event's instant: funding-service's clock is UTC, and so are its ledger's dates. */
    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private PlanMoney row(UUID planId, String roundId, UUID organisationId) {
        PlanMoney row = money.findById(planId);
        if (row == null) {
            LOG.debugf("first money event of plan %s", planId);
            row = new PlanMoney(planId, roundId, organisationId, now());
            money.persist(row);
        }
        return row;
    }

    private Instant now() {
        return timestamps.now();
    }

    private static BigDecimal total(List<BudgetLine> lines, BudgetSource source) {
        return lines.stream().filter(l -> source == null || l.source() == source)
                .map(l -> l.amount().amount()).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
