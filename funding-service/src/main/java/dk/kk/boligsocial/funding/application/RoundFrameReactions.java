package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundEvent;
import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.domain.PoolFrame;
import dk.kk.boligsocial.funding.domain.PoolYear;
import dk.kk.boligsocial.funding.domain.YearHolding;
import dk.kk.boligsocial.funding.persistence.CoFinancingRuleRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A round's frame as plans-service announces it (round.opened.v1, round.revised.v1): funding keeps the round's pool
 * and its co-financing rule. An upsert: an event that says what funding already has changes nothing (the seeded
 * 2011-14 pool and rule are exactly what plans-service announces for 2011-14).
 *
 * <p>A revision that would lower a pool year's capacity below what the pool holds in it (reserved + committed), or
 * drop a year that holds money, is refused for that year: the year keeps its capacity, the rest of the revision
 * applies, and the refusal is logged and kept in the audit trail ({@code pool.capacity-refused}, naming the years).
 * The event itself is valid, so it is never dead-lettered; the municipality sees the pool's capacity on
 * {@code GET /v1/pools} and can release money or revise the round again.
 */
@ApplicationScoped
public class RoundFrameReactions {

    private static final Logger LOG = Logger.getLogger(RoundFrameReactions.class);
    private static final String RESOURCE = "pool";

    private final PoolRepository pools;
    private final CoFinancingRuleRepository rules;
    private final LedgerRepository ledger;
    private final AuditTrail audit;

    public RoundFrameReactions(PoolRepository pools, CoFinancingRuleRepository rules, LedgerRepository ledger,
            AuditTrail audit) {
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RoundEvent event, String eventId) {
        RoundDefinition round = event.round();
        String roundId = event.roundId();
        List<PoolYear> requested = round.pool().years().stream()
                .map(y -> new PoolYear(y.year(), y.capacity().amount())).toList();
        // the pool's row lock: no booking runs against the pool while its capacities change
        pools.lockRoundForPoolCreation(roundId);
        Optional<Pool> existing = pools.lockByRound(roundId);
        if (existing.isEmpty()) {
            PoolFrame frame = PoolFrame.reconcile(List.of(), Map.of(), requested);
            Pool pool = new Pool(roundId, round.pool().name(), frame.capacity(), frame.years(), event.occurredAt());
            pools.persist(pool);
            pools.flush();
            audit.recordReaction(eventId, "pool.created", RESOURCE, pool.id().toString(), pool.version(), null);
        } else {
            reframe(existing.get(), round, requested, eventId);
        }
        putRule(roundId, round.coFinancing(), eventId);
    }

    private void reframe(Pool pool, RoundDefinition round, List<PoolYear> requested, String eventId) {
        Map<Integer, BigDecimal> held = ledger.poolHoldings(pool.id()).stream()
                .collect(Collectors.toMap(YearHolding::year, YearHolding::held));
        PoolFrame frame = PoolFrame.reconcile(pool.years(), held, requested);
        if (!frame.refused().isEmpty()) {
            LOG.warnf("round %s: pool %s keeps its capacity in %s, which would otherwise fall below what the pool"
                    + " holds there (event %s)", pool.roundId(), pool.id(), frame.refused(), eventId);
            audit.recordReaction(eventId, "pool.capacity-refused", RESOURCE, pool.id().toString(), pool.version(), null,
                    new AuditTrail.Change(null, Map.of("refused", frame.refused())));
        }
        if (!frame.unchanged() && pool.reframe(round.pool().name(), frame)) {
            pools.flush();
            audit.recordReaction(eventId, "pool.reframed", RESOURCE, pool.id().toString(), pool.version(), null);
        }
    }

    private void putRule(String roundId, RoundDefinition.CoFinancing coFinancing, String eventId) {
        CoFinancingRule current = rules.findById(roundId);
        if (current != null && same(current.housingOrganisationMatchRatio(), coFinancing.housingOrganisationMatchRatio())
                && same(current.minimumLocalShare(), coFinancing.minimumLocalShare())) {
            return;
        }
        rules.put(new CoFinancingRule(roundId, coFinancing.housingOrganisationMatchRatio(),
                coFinancing.minimumLocalShare()));
        audit.recordReaction(eventId, "co-financing-rule.set", "co-financing-rule", roundId, 0, null);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
