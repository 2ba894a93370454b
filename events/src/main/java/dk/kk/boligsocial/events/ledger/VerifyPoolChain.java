package dk.kk.boligsocial.events.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an exported pool ledger offline:
 * {@code java -cp boligsocial-events.jar dk.kk.boligsocial.events.ledger.VerifyPoolChain ledger.json|ledger.csv
 * [--expect-head H]}. Recomputes every entry's hash from its fields and the chain from the first entry, prints
 * {@code OK <entries> entries, head <hash>} or the first entry that does not check out, and exits 0 if the chain is
 * intact (and ends at {@code H}, when given: e.g. the {@code chainHead} of the last {@code funding.*} event seen),
 * 1 if not, 2 on a usage or file error.
 */
public final class VerifyPoolChain {

    private VerifyPoolChain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command without the exit, for tests: the exit code it would give. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String expectedHead = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--expect-head") && i + 1 < args.length) {
                expectedHead = args[++i].strip().toLowerCase();
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                return usage(err);
            }
        }
        if (file == null) {
            return usage(err);
        }
        List<LedgerChainEntry> entries;
        try {
            entries = LedgerExportReader.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException unreadable) {
            err.println("cannot read " + file + ": " + unreadable.getMessage());
            return 2;
        }
        ChainVerification result = LedgerChain.verify(entries);
        if (!result.intact()) {
            out.println("BROKEN at entry " + result.brokenAt() + " (" + result.brokenEntryId() + "): "
                    + result.problem() + "; " + result.entriesVerified() + " entries before it are intact");
            return 1;
        }
        if (expectedHead != null && !expectedHead.equals(result.head())) {
            out.println("BROKEN: the chain of " + result.entriesVerified() + " entries ends at " + result.head()
                    + ", not at the expected head " + expectedHead + " (entries are missing or were replaced)");
            return 1;
        }
        out.println("OK " + result.entriesVerified() + " entries, head " + result.head());
        return 0;
    }

    private static int usage(PrintStream err) {
        err.println("usage: java -cp boligsocial-events.jar " + VerifyPoolChain.class.getName()
                + " ledger.json|ledger.csv [--expect-head HASH]");
        return 2;
    }
}
