package dk.kk.boligsocial.events.ledger;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of a round's ledger, computed exactly as funding-service's database computes it when an entry is
 * written (migration V8, {@code ledger_entry_hash}), so that anybody holding the entries can check them without
 * funding-service.
 *
 * <p>The canonical form of an entry is the UTF-8 bytes of these lines, each ended by LF, in this order:
 * {@code previous, position, id, round, plan, pool, kind, source, year, amount, causeType, causeId, reference,
 * recordedBy, recordedAt, effectiveOn}, each written {@code name=value}; a null value (pool, reference) is the bare
 * name without {@code =}. Ids are lower-case UUIDs, the amount a plain decimal with two places ({@code 1000000.00}),
 * {@code recordedAt} UTC with six fractional digits ({@code 2011-09-01T10:00:00.000000Z}), {@code effectiveOn}
 * {@code yyyy-MM-dd}. In text values {@code \} is written {@code \\} and LF {@code \n}, so no value can forge a
 * line. The hash is SHA-256 of those bytes in lower-case hex; the first entry's previous hash is 64 zeros.
 */
public final class LedgerChain {

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private LedgerChain() {
    }

    /** The entry's hash with the given previous hash and position (its own stored ones are not read). */
    public static String hash(String previousHash, long position, LedgerChainEntry e) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalForm(previousHash, position, e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("every Java runtime has SHA-256", unavailable);
        }
    }

    /** The text whose UTF-8 bytes are hashed (see the class comment). */
    public static String canonicalForm(String previousHash, long position, LedgerChainEntry e) {
        StringBuilder text = new StringBuilder(512);
        line(text, "previous", previousHash);
        line(text, "position", Long.toString(position));
        line(text, "id", text(e.id()));
        line(text, "round", e.roundId());
        line(text, "plan", text(e.planId()));
        line(text, "pool", text(e.poolId()));
        line(text, "kind", e.kind());
        line(text, "source", e.source());
        line(text, "year", Integer.toString(e.year()));
        line(text, "amount", e.amount() == null ? null : e.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        line(text, "causeType", e.causeType());
        line(text, "causeId", e.causeId());
        line(text, "reference", e.reference());
        line(text, "recordedBy", e.recordedBy());
        line(text, "recordedAt", e.recordedAt() == null ? null : INSTANT.format(e.recordedAt()));
        line(text, "effectiveOn", e.effectiveOn() == null ? null : e.effectiveOn().toString());
        return text.toString();
    }

    /**
     * Walks the entries in their order and checks each: its position follows the one before, its previous hash is
     * the hash before it (64 zeros for the first), and its hash is its canonical form's.
     *
     * @param entries the chain from its first entry, in position order
     */
    public static ChainVerification verify(List<LedgerChainEntry> entries) {
        String previous = GENESIS;
        long position = 0;
        for (LedgerChainEntry entry : entries) {
            position++;
            if (entry.position() != position) {
                return ChainVerification.broken(position - 1, previous, entry,
                        "position " + entry.position() + " where " + position + " was expected (an entry is missing"
                                + " or out of order)");
            }
            if (!previous.equals(entry.previousHash())) {
                return ChainVerification.broken(position - 1, previous, entry,
                        "previous hash " + entry.previousHash() + " is not the hash of the entry before, " + previous);
            }
            String recomputed = hash(previous, position, entry);
            if (!recomputed.equals(entry.hash())) {
                return ChainVerification.broken(position - 1, previous, entry,
                        "its fields hash to " + recomputed + ", not to the stored " + entry.hash()
                                + " (the entry was changed after it was written)");
            }
            previous = recomputed;
        }
        return ChainVerification.intact(position, previous);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name);
        if (value != null) {
            text.append('=').append(value.replace("\\", "\\\\").replace("\n", "\\n"));
        }
        text.append('\n');
    }
}
