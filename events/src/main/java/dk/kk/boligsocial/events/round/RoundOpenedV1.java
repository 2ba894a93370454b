package dk.kk.boligsocial.events.round;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.util.Objects;

/**
 * A funding round (pulje) has been opened: plans may now be created in it, and the services that keep part of it
 * (funding-service: the municipal co-financing pool and the co-financing rule; evaluation-service: the themes and the
 * reporting rule) create that part from this event.
 *
 * @param roundId    the round, e.g. {@code 2015-18}; also the record key and {@code ce_subject}
 * @param version    the round's version after the change (0 when opened)
 * @param occurredAt when the change was recorded
 * @param actor      who made it
 * @param round      the whole round: themes, years, pool, co-financing and reporting rules
 */
public record RoundOpenedV1(
        String roundId,
        int version,
        Instant occurredAt,
        String actor,
        RoundDefinition round) implements RoundEvent {

    public RoundOpenedV1 {
        RoundDefinition.requireRoundId(roundId);
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        PayloadRules.text(actor, "actor");
        Objects.requireNonNull(round, "round");
    }
}
