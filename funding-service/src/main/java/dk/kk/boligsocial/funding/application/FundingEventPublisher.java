package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.events.funding.FundingEvent;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Publishes a funding event through the outbox, in the caller's transaction, carrying the head of its round's
 * ledger chain after the entries booked so far in that transaction (issue 15): the entries are flushed first, so the
 * database has chained them (V8), and the head is read under the pool's row lock the booking holds.
 */
@ApplicationScoped
public class FundingEventPublisher {

    private final Outbox outbox;
    private final LedgerRepository ledger;

    public FundingEventPublisher(Outbox outbox, LedgerRepository ledger) {
        this.outbox = outbox;
        this.ledger = ledger;
    }

    /** @return the outbox id of the published event, as {@link Outbox#publish} */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID planId, FundingEvent event) {
        ledger.flush();
        FundingEvent chained = event.withChainHead(ledger.chainHead(event.roundId()).orElse(null));
        return outbox.publish(planId, (Record) chained);
    }
}
