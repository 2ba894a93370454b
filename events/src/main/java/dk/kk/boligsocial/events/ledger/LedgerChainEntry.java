package dk.kk.boligsocial.events.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One ledger entry as funding-service exports it ({@code GET /v1/pools/{id}/ledger}) and chains it: the fields its
 * hash covers, its place in the round's chain, the previous entry's hash and its own.
 *
 * @param position     1, 2, ... within the round's chain
 * @param poolId       the round's pool for municipal money, else {@code null}
 * @param reference    the caller's reference, may be {@code null}
 * @param previousHash the hash of the entry before, 64 zeros for the first
 * @param hash         SHA-256 of the canonical form ({@link LedgerChain#canonicalForm}), lower-case hex
 */
public record LedgerChainEntry(
        long position,
        UUID id,
        String roundId,
        UUID planId,
        UUID poolId,
        String kind,
        String source,
        int year,
        BigDecimal amount,
        String causeType,
        String causeId,
        String reference,
        String recordedBy,
        Instant recordedAt,
        LocalDate effectiveOn,
        String previousHash,
        String hash) {
}
