package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The pool proving itself from its raw ledger: the round's hash chain recomputed entry by entry"
        + " (SHA-256 over each entry's canonical form and the previous entry's hash), and the most the pool ever held,"
        + " in total and per year, replayed from the entries in chain order and compared with the capacities.")
public record PoolProof(
        UUID poolId,
        String roundId,
        @Schema(description = "The day the proof is as of: the chain up to the last entry recorded by the end of that"
                + " day (Copenhagen); null for the whole chain", nullable = true) LocalDate asOf,
        @Schema(description = "How many entries the chain has (up to asOf)") long entries,
        @Schema(description = "The stored hash of the last entry, the chain head a funding.* event carries as"
                + " chainHead; 64 zeros before the first entry", example = "3f0c…") String head,
        @Schema(description = "Every entry checked out: its position follows the one before, its previousHash is the"
                + " hash before it and its own hash is its fields' hash") boolean verified,
        @Schema(nullable = true, description = "The first entry that does not check out (its position, id and what is"
                + " wrong with it); null when verified") ChainBreak firstBreak,
        @Schema(description = "What the pool held never exceeded its capacity, in total nor in any year")
        boolean withinCapacity,
        HighWater total,
        List<HighWater> years) {

    /** The first entry of the chain that does not check out, where and why. */
    public record ChainBreak(long position, UUID entryId, String problem) {
    }

    @Schema(description = "The most the pool held (reserved + committed of municipal co-financing) at any point of its"
            + " history, replayed from the raw entries; for the total, or one year")
    public record HighWater(
            @Schema(description = "The year; null for the pool's total", nullable = true) Integer year,
            @Schema(description = "The capacity; null for a year without its own capacity", nullable = true)
            MoneyValue capacity,
            MoneyValue maxHeld,
            @Schema(description = "The position of the entry after which the pool held maxHeld; null if it never"
                    + " held anything", nullable = true) Long reachedAt,
            MoneyValue heldNow,
            boolean withinCapacity) {
    }
}
