package dk.kk.boligsocial.events.round;

import java.time.Instant;

/**
 * A round (pulje) was opened or revised by plans-service, which owns rounds. Published on
 * {@link dk.kk.boligsocial.events.Topics#PLANS} with the round id as record key and {@code ce_subject}, so a round's
 * events stay in order. Both types carry the whole round as it now is: a consumer upserts what it keeps of it
 * (funding-service the pool and the co-financing rule, evaluation-service the themes and the reporting rule).
 */
public sealed interface RoundEvent permits RoundOpenedV1, RoundRevisedV1 {

    /** The round, e.g. {@code 2015-18}. */
    String roundId();

    /** The round's version after the change: 0 when opened, one more per revision. */
    int version();

    /** When the change was recorded. */
    Instant occurredAt();

    /** Who made the change (token subject, or {@code system} for the seeded round). */
    String actor();

    /** The whole round as it now is. */
    RoundDefinition round();
}
