package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementCorrectedV1;
import dk.kk.boligsocial.events.funding.FundingGrantAmendedV1;
import dk.kk.boligsocial.messaging.consumer.EventRoutes;

/**
 * What each funding event does to the money side of kroner per outcome: one table of routes for the live consumer
 * and the rebuild, so that both apply the topic alike. Reservations, refusals and approvals change no money here.
 */
public final class PortfolioRoutes {

    /**
     * The consumer name in {@code processed_event}, apart from the plan events' one: a rebuild forgets exactly these.
     * Changing it would apply every funding event again.
     */
    public static final String CONSUMER = "evaluation-service.portfolio";

    private PortfolioRoutes() {
    }

    public static EventRoutes of(PortfolioMoney money) {
        return EventRoutes.builder()
                .on(FundingCommittedV1.class, (funding, event) -> money.committed(funding, event.id()))
                .on(FundingGrantAmendedV1.class, (funding, event) -> money.amended(funding, event.id()))
                .on(FundingDisbursedV1.class, (funding, event) -> money.disbursed(funding, event.id()))
                .on(FundingDisbursementCorrectedV1.class, (funding, event) -> money.corrected(funding, event.id()))
                .on(FundingClosedOutV1.class, (funding, event) -> money.closedOut(funding, event.id()))
                .build();
    }
}
