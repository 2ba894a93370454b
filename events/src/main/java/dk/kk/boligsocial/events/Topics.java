package dk.kk.boligsocial.events;

import java.util.Map;
import java.util.Optional;

/**
 * The Kafka topics of Boligsocial. Each topic has exactly one producing service, named by its {@code ce_source}:
 * consumers accept an event only from the source that owns its topic ({@link #sourceOf}). Records are keyed by the
 * aggregate id, so all events of one plan stay in order on one partition.
 */
public final class Topics {

    /** Lifecycle of plans (helhedsplaner), produced by plans-service, key = plan id. */
    public static final String PLANS = "boligsocial.plans";

    /** Reservations, commitments and disbursements of co-financing, produced by funding-service. */
    public static final String FUNDING = "boligsocial.funding";

    /** Evaluation frameworks and evaluations of plans, produced by evaluation-service. */
    public static final String EVALUATIONS = "boligsocial.evaluations";

    /** The {@code ce_source} of every event on {@link #PLANS}. */
    public static final String PLANS_SOURCE = "/plans-service";

    /** The {@code ce_source} of every event on {@link #FUNDING}. */
    public static final String FUNDING_SOURCE = "/funding-service";

    /** The {@code ce_source} of every event on {@link #EVALUATIONS}. */
    public static final String EVALUATIONS_SOURCE = "/evaluation-service";

    private static final Map<String, String> SOURCES = Map.of(
            PLANS, PLANS_SOURCE,
            FUNDING, FUNDING_SOURCE,
            EVALUATIONS, EVALUATIONS_SOURCE);

    private Topics() {
    }

    /** The {@code ce_source} of the one service that publishes on {@code topic}; empty for a topic that is not ours. */
    public static Optional<String> sourceOf(String topic) {
        return Optional.ofNullable(topic == null ? null : SOURCES.get(topic));
    }
}
