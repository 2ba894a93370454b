package dk.kk.boligsocial.events.round;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.util.Objects;

/**
 * A funding round (pulje) has been revised: the whole round as it now is. Consumers update what they keep of it;
 * funding-service keeps a pool year's capacity it cannot lower below what the pool already holds in that year (and
 * logs the refusal), so the pool invariant holds whatever the round says.
 *
 * @param roundId    the round, e.g. {@code 2015-18}; also the record key and {@code ce_subject}
 * @param version    the round's version after the change (0 when opened)
 * @param occurredAt when the change was recorded
 * @param actor      who made it
 * @param round      the whole round: themes, years, pool, co-financing and reporting rules
 */
public record RoundRevisedV1(
        String roundId,
        int version,
        Instant occurredAt,
        String actor,
        RoundDefinition round) implements RoundEvent {

    public RoundRevisedV1 {
        RoundDefinition.requireRoundId(roundId);
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        PayloadRules.text(actor, "actor");
        Objects.requireNonNull(round, "round");
    }
}
