package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReservationAdjustedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import dk.kk.boligsocial.events.funding.FundingReservedV1;
import dk.kk.boligsocial.events.funding.FundingRevisionRefusedV1;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import dk.kk.boligsocial.plans.domain.CoFinancingRefusal;
import dk.kk.boligsocial.plans.domain.CoFinancingState;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The co-financing gate's input: what funding-service announced about a plan's municipal co-financing becomes the
 * plan's {@code coFinancing} state, in the consumer's transaction (with its processed-event row), with an audit
 * record naming the funding event. The disbursement and amendment events change nothing here (the co-financing
 * stays COMMITTED until the close-out).
 */
@ApplicationScoped
public class CoFinancingReactions {

    private static final Logger LOG = Logger.getLogger(CoFinancingReactions.class);

    private final PlanRepository plans;
    private final AuditTrail audit;
    private final PlanAnswers answers;

    public CoFinancingReactions(PlanRepository plans, AuditTrail audit, PlanAnswers answers) {
        this.plans = plans;
        this.audit = audit;
        this.answers = answers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reserved(FundingReservedV1 event, String eventId) {
        record(event.planId(), CoFinancingState.RESERVED, null, event.reservedAt(), eventId);
    }

    /** A revision's reservation: RESERVED again (also after a refusal the revision cured). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjusted(FundingReservationAdjustedV1 event, String eventId) {
        record(event.planId(), CoFinancingState.RESERVED, null, event.adjustedAt(), eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(FundingReservationRefusedV1 event, String eventId) {
        CoFinancingRefusal refusal = new CoFinancingRefusal(event.reasons().stream()
                .map(r -> new CoFinancingRefusal.Reason(r.code().name(), r.message()))
                .toList());
        record(event.planId(), CoFinancingState.REFUSED, refusal, event.refusedAt(), eventId);
    }

    /** A revision funding could not carry: REFUSED with the reasons (the reservation held stays in the pool). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revisionRefused(FundingRevisionRefusedV1 event, String eventId) {
        CoFinancingRefusal refusal = new CoFinancingRefusal(event.reasons().stream()
                .map(r -> new CoFinancingRefusal.Reason(r.code().name(), r.message()))
                .toList());
        record(event.planId(), CoFinancingState.REFUSED, refusal, event.refusedAt(), eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void committed(FundingCommittedV1 event, String eventId) {
        record(event.planId(), CoFinancingState.COMMITTED, null, event.committedAt(), eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void released(FundingReleasedV1 event, String eventId) {
        record(event.planId(), CoFinancingState.RELEASED, null, event.releasedAt(), eventId);
    }

    /** The close-out of a completed (or stopped) plan: its unspent commitments went back, its money is CLOSED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closedOut(FundingClosedOutV1 event, String eventId) {
        record(event.planId(), CoFinancingState.CLOSED, null, event.closedAt(), eventId);
    }

    /**
     * @throws PermanentEventFailure if no such plan exists: funding only speaks of plans it heard of from here, so
     *                               the event is wrong and goes to the dead-letter topic
     */
    private void record(UUID planId, CoFinancingState state, CoFinancingRefusal refusal, Instant at, String eventId) {
        Optional<Long> version = plans.recordCoFinancing(planId, state, refusal, at);
        if (version.isPresent()) {
            answers.refresh(planId);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("coFinancing", state.name());
            after.put("reasons", refusal == null ? List.of() : refusal.reasons());
            after.put("decidedAt", at.toString());
            audit.recordReaction(eventId, "plan.co-financing." + state.name().toLowerCase(), PlanService.RESOURCE,
                    planId.toString(), version.get(), null, new AuditTrail.Change(null, after));
            return;
        }
        if (plans.findByIdOptional(planId).isEmpty()) {
            throw new PermanentEventFailure("funding event " + eventId + " names plan " + planId
                    + ", which plans-service does not know");
        }
        LOG.infof("plan %s: funding event %s (%s at %s) is older than the co-financing recorded; skipped", planId,
                eventId, state, at);
    }
}
