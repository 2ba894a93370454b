package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.domain.PlanMoney;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyRepository;
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
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each granted plan's money from funding-service's events (boligsocial.funding), for kroner per outcome.
 * Each reaction runs in the transaction that records the event as processed, so it is applied once; a payment or
 * amendment of a plan whose grant was never announced here starts the plan's row from nothing (it can only happen
 * if the topic lost the grant, and the figures then say less, never more, than was committed).
 */
@ApplicationScoped
public class PortfolioMoney {

    private static final Logger LOG = Logger.getLogger(PortfolioMoney.class);

    private final PlanMoneyRepository money;
    private final Timestamps timestamps;

    public PortfolioMoney(PlanMoneyRepository money, Timestamps timestamps) {
        this.money = money;
        this.timestamps = timestamps;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void committed(FundingCommittedV1 event) {
        row(event.planId(), event.roundId(), event.housingOrganisationId())
                .committed(total(event.commitments(), null), total(event.commitments(), BudgetSource.MUNICIPALITY),
                        now());   // announced once per plan
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(FundingGrantAmendedV1 event) {
        BigDecimal delta = total(event.amended(), null).subtract(total(event.previous(), null));
        row(event.planId(), event.roundId(), event.housingOrganisationId()).amended(delta, now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disbursed(FundingDisbursedV1 event) {
        row(event.planId(), event.roundId(), event.housingOrganisationId())
                .paid(event.amount().amount(), event.source() == BudgetSource.MUNICIPALITY, now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void corrected(FundingDisbursementCorrectedV1 event) {
        row(event.planId(), event.roundId(), event.housingOrganisationId())
                .paid(event.amount().amount().negate(), event.source() == BudgetSource.MUNICIPALITY, now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closedOut(FundingClosedOutV1 event) {
        row(event.planId(), event.roundId(), event.housingOrganisationId()).closedOut(total(event.released(), null),
                total(event.released(), BudgetSource.MUNICIPALITY), now());
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
