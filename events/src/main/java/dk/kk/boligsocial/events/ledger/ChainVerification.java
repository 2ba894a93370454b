package dk.kk.boligsocial.events.ledger;

import java.util.UUID;

/**
 * What checking a chain found.
 *
 * @param intact          every entry checked out
 * @param entriesVerified how many entries, from the first, are intact
 * @param head            the hash of the last intact entry (64 zeros if none): the chain head when intact
 * @param brokenAt        the position of the first entry that does not check out, or {@code null}
 * @param brokenEntryId   that entry's id, or {@code null}
 * @param problem         what is wrong with it, or {@code null}
 */
public record ChainVerification(boolean intact, long entriesVerified, String head, Long brokenAt, UUID brokenEntryId,
        String problem) {

    static ChainVerification intact(long entries, String head) {
        return new ChainVerification(true, entries, head, null, null, null);
    }

    static ChainVerification broken(long verified, String head, LedgerChainEntry entry, String problem) {
        return new ChainVerification(false, verified, head, verified + 1, entry.id(), problem);
    }
}
