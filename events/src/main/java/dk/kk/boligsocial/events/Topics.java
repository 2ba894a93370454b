package dk.kk.boligsocial.events;

/**
 * The Kafka topics of Boligsocial. Each topic has exactly one producing service; records are
 * keyed by the aggregate id, so all events of one plan stay in order on one partition.
 */
public final class Topics {

    /** Lifecycle of plans (helhedsplaner), produced by plans-service, key = plan id. */
    public static final String PLANS = "boligsocial.plans";

    /** Reservations, commitments and disbursements of co-financing, produced by funding-service. */
    public static final String FUNDING = "boligsocial.funding";

    /** Evaluation frameworks and evaluations of plans, produced by evaluation-service. */
    public static final String EVALUATIONS = "boligsocial.evaluations";

    private Topics() {
    }
}
