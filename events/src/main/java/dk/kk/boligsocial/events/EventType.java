package dk.kk.boligsocial.events;

import dk.kk.boligsocial.events.evaluation.EvaluationCompletedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationFrameworkCreatedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationMeasurementApprovedV1;
import dk.kk.boligsocial.events.evaluation.ReportingDueSoonV1;
import dk.kk.boligsocial.events.evaluation.ReportingOverdueV1;
import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementApprovedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementCorrectedV1;
import dk.kk.boligsocial.events.funding.FundingGrantAmendedV1;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReservationAdjustedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import dk.kk.boligsocial.events.funding.FundingReservedV1;
import dk.kk.boligsocial.events.funding.FundingRevisionRefusedV1;
import dk.kk.boligsocial.events.plan.PlanActivatedV1;
import dk.kk.boligsocial.events.plan.PlanApprovedV1;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.events.plan.PlanSubmittedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of Boligsocial: its CloudEvents {@code ce_type}, its topic, its payload record
 * and its JSON Schema. A type name ends in its version ({@code .v1}); an incompatible change of
 * a payload is a new type, never an edit of an existing one.
 *
 * <p>A type may be listed before its payload is defined, so that consumers can route on it already;
 * {@link #payloadType()} and {@link #schemaResource()} return {@code null} for it until it is.
 */
public enum EventType {

    PLAN_SUBMITTED(Topics.PLANS, "plan.submitted.v1", PlanSubmittedV1.class),
    PLAN_PREQUALIFIED(Topics.PLANS, "plan.prequalified.v1", PlanPrequalifiedV1.class),
    PLAN_REJECTED(Topics.PLANS, "plan.rejected.v1", PlanRejectedV1.class),
    PLAN_APPROVED(Topics.PLANS, "plan.approved.v1", PlanApprovedV1.class),
    PLAN_GRANTED(Topics.PLANS, "plan.granted.v1", PlanGrantedV1.class),
    PLAN_ACTIVATED(Topics.PLANS, "plan.activated.v1", PlanActivatedV1.class),
    PLAN_COMPLETED(Topics.PLANS, "plan.completed.v1", PlanCompletedV1.class),
    PLAN_WITHDRAWN(Topics.PLANS, "plan.withdrawn.v1", PlanWithdrawnV1.class),
    PLAN_REVISED(Topics.PLANS, "plan.revised.v1", PlanRevisedV1.class),
    ROUND_OPENED(Topics.PLANS, "round.opened.v1", RoundOpenedV1.class),
    ROUND_REVISED(Topics.PLANS, "round.revised.v1", RoundRevisedV1.class),

    FUNDING_RESERVED(Topics.FUNDING, "funding.reserved.v1", FundingReservedV1.class),
    FUNDING_RESERVATION_REFUSED(Topics.FUNDING, "funding.reservation-refused.v1", FundingReservationRefusedV1.class),
    FUNDING_COMMITTED(Topics.FUNDING, "funding.committed.v1", FundingCommittedV1.class),
    FUNDING_RELEASED(Topics.FUNDING, "funding.released.v1", FundingReleasedV1.class),
    FUNDING_DISBURSED(Topics.FUNDING, "funding.disbursed.v1", FundingDisbursedV1.class),
    FUNDING_RESERVATION_ADJUSTED(Topics.FUNDING, "funding.reservation-adjusted.v1", FundingReservationAdjustedV1.class),
    FUNDING_REVISION_REFUSED(Topics.FUNDING, "funding.revision-refused.v1", FundingRevisionRefusedV1.class),
    FUNDING_DISBURSEMENT_APPROVED(Topics.FUNDING, "funding.disbursement-approved.v1", FundingDisbursementApprovedV1.class),
    FUNDING_DISBURSEMENT_CORRECTED(Topics.FUNDING, "funding.disbursement-corrected.v1", FundingDisbursementCorrectedV1.class),
    FUNDING_GRANT_AMENDED(Topics.FUNDING, "funding.grant-amended.v1", FundingGrantAmendedV1.class),
    FUNDING_CLOSED_OUT(Topics.FUNDING, "funding.closed-out.v1", FundingClosedOutV1.class),

    EVALUATION_FRAMEWORK_CREATED(Topics.EVALUATIONS, "evaluation.framework-created.v1", EvaluationFrameworkCreatedV1.class),
    EVALUATION_COMPLETED(Topics.EVALUATIONS, "evaluation.completed.v1", EvaluationCompletedV1.class),
    EVALUATION_MEASUREMENT_APPROVED(Topics.EVALUATIONS, "evaluation.measurement-approved.v1",
            EvaluationMeasurementApprovedV1.class),
    REPORTING_DUE_SOON(Topics.EVALUATIONS, "reporting.due-soon.v1", ReportingDueSoonV1.class),
    REPORTING_OVERDUE(Topics.EVALUATIONS, "reporting.overdue.v1", ReportingOverdueV1.class);

    /** Common prefix of every {@code ce_type}. */
    public static final String TYPE_PREFIX = "dk.kk.boligsocial.";

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String topic;
    private final String name;
    private final Class<?> payloadType;

    EventType(String topic, String name, Class<?> payloadType) {
        this.topic = topic;
        this.name = name;
        this.payloadType = payloadType;
    }

    /** The full CloudEvents type, e.g. {@code dk.kk.boligsocial.plan.prequalified.v1}. */
    public String type() {
        return TYPE_PREFIX + name;
    }

    /**
     * What the event is about, the first part of its name: {@code plan}, {@code round}, {@code funding},
     * {@code evaluation} or {@code reporting} (kept with outbox rows for operators; not sent).
     */
    public String aggregateType() {
        return name.substring(0, name.indexOf('.'));
    }

    /**
     * The form of the aggregate id the type is keyed by ({@code ce_subject} and record key): a round id for the events
     * of rounds, a plan id for every other type (funding and evaluation events are about a plan too).
     */
    public EventSubject subject() {
        return aggregateType().equals("round") ? EventSubject.ROUND_ID : EventSubject.PLAN_ID;
    }

    /** The Kafka topic the type is published on. */
    public String topic() {
        return topic;
    }

    /** The payload record, or {@code null} while the payload of this type is not defined yet. */
    public Class<?> payloadType() {
        return payloadType;
    }

    /**
     * The base of every schema's {@code $id}: {@code <base><file>} names the schema {@code schemas/<file>} of this jar.
     * Relative {@code $ref}s ({@code common.json#/$defs/Money}) resolve against it; a validator maps the base to the
     * jar's {@code schemas/} (it is a name, not a place to download from).
     */
    public static final String SCHEMA_ID_BASE = "https://boligsocial.kk.dk/schemas/events/";

    /**
     * Classpath location of the payload's JSON Schema (draft 2020-12), e.g.
     * {@code schemas/plan.prequalified.v1.json}; {@code null} while the payload is not defined yet.
     */
    public String schemaResource() {
        return payloadType == null ? null : "schemas/" + name + ".json";
    }

    /** The event type with this {@code ce_type}; empty for unknown or {@code null} types. */
    public static Optional<EventType> ofType(String ceType) {
        return ceType == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(ceType));
    }

    /**
     * The topic of a {@code ce_type}.
     *
     * @throws IllegalArgumentException if the type is not one of Boligsocial's
     */
    public static String topicOf(String ceType) {
        return ofType(ceType)
                .map(EventType::topic)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type: " + ceType));
    }

    /**
     * The event type whose payload is this record class, for producers that hold a payload and
     * need its {@code ce_type} and topic.
     *
     * @throws IllegalArgumentException if no event type has this payload class
     */
    public static EventType ofPayloadType(Class<?> payloadType) {
        Objects.requireNonNull(payloadType, "payloadType");
        return Arrays.stream(values())
                .filter(type -> payloadType.equals(type.payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type has payload " + payloadType.getName()));
    }
}
