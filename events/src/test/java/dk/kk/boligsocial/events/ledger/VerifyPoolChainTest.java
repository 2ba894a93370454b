package dk.kk.boligsocial.events.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline check of an exported ledger, as an auditor runs it: a good export passes, a tampered one names the entry. */
class VerifyPoolChainTest {

    private static final UUID POOL = UUID.fromString("7d0a2c4e-2011-4a14-9c00-000000002011");
    private static final UUID PLAN = UUID.fromString("0b6c1f00-0000-4000-8000-000000000001");

    @TempDir
    Path dir;

    /** Three entries chained as funding-service chains them (the reference of the second needs escaping). */
    private static List<LedgerChainEntry> chain() {
        List<LedgerChainEntry> entries = new ArrayList<>();
        String previous = LedgerChain.GENESIS;
        Object[][] rows = {
                {"RESERVATION", "MUNICIPALITY", 2012, "1000000.00", null},
                {"RESERVATION", "MUNICIPALITY", 2013, "500000.50", "TMU, pkt. \"4\"\nline two \\ =SUM(A1)"},
                {"COMMITMENT", "LBF", 2012, "2000000.00", "-negative-looking"}};
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            LedgerChainEntry unhashed = new LedgerChainEntry(i + 1, UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
                    "2011-14", PLAN, "MUNICIPALITY".equals(r[1]) ? POOL : null, (String) r[0], (String) r[1],
                    (int) r[2], new BigDecimal((String) r[3]), "EVENT", "ce-" + i, (String) r[4], "funding-service",
                    Instant.parse("2011-09-01T10:00:00.123456Z").plusSeconds(i), LocalDate.of(2011, 9, 1), previous,
                    null);
            String hash = LedgerChain.hash(previous, i + 1, unhashed);
            entries.add(withHash(unhashed, hash));
            previous = hash;
        }
        return entries;
    }

    private static LedgerChainEntry withHash(LedgerChainEntry e, String hash) {
        return new LedgerChainEntry(e.position(), e.id(), e.roundId(), e.planId(), e.poolId(), e.kind(), e.source(),
                e.year(), e.amount(), e.causeType(), e.causeId(), e.reference(), e.recordedBy(), e.recordedAt(),
                e.effectiveOn(), e.previousHash(), hash);
    }

    private static String json(List<LedgerChainEntry> entries) {
        StringBuilder out = new StringBuilder("{\"items\": [");
        for (LedgerChainEntry e : entries) {
            if (out.charAt(out.length() - 1) == '}') {
                out.append(',');
            }
            out.append("{\"position\": ").append(e.position())
                    .append(", \"id\": \"").append(e.id()).append('"')
                    .append(", \"roundId\": \"").append(e.roundId()).append('"')
                    .append(", \"planId\": \"").append(e.planId()).append('"')
                    .append(", \"poolId\": ").append(e.poolId() == null ? "null" : "\"" + e.poolId() + "\"")
                    .append(", \"kind\": \"").append(e.kind()).append('"')
                    .append(", \"source\": \"").append(e.source()).append('"')
                    .append(", \"year\": ").append(e.year())
                    .append(", \"amount\": {\"amount\": ").append(e.amount().toPlainString())
                    .append(", \"currency\": \"DKK\"}")
                    .append(", \"causeType\": \"").append(e.causeType()).append('"')
                    .append(", \"causeId\": \"").append(e.causeId()).append('"')
                    .append(", \"reference\": ").append(e.reference() == null ? "null" : "\"" + e.reference()
                            .replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"")
                    .append(", \"recordedBy\": \"").append(e.recordedBy()).append('"')
                    .append(", \"recordedAt\": \"").append(e.recordedAt()).append('"')
                    .append(", \"effectiveOn\": \"").append(e.effectiveOn()).append('"')
                    .append(", \"previousHash\": \"").append(e.previousHash()).append('"')
                    .append(", \"hash\": \"").append(e.hash()).append("\"}");
        }
        return out.append("], \"next\": null}").toString();
    }

    /** As service-kit's CsvTable writes it: BOM, CRLF, quotes, the spreadsheet guard. */
    private static String csv(List<LedgerChainEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", LedgerExportReader.COLUMNS))
                .append("\r\n");
        for (LedgerChainEntry e : entries) {
            List<Object> cells = List.of(e.position(), e.id(), e.roundId(), e.planId(),
                    e.poolId() == null ? "" : e.poolId(), e.kind(), e.source(), e.year(), e.amount().toPlainString(),
                    e.causeType(), e.causeId(), e.reference() == null ? "" : e.reference(), e.recordedBy(),
                    e.recordedAt(), e.effectiveOn(), e.previousHash(), e.hash());
            List<String> texts = new ArrayList<>();
            for (Object cell : cells) {
                String text = cell.toString();
                if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                    text = "'" + text;
                }
                if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                    text = '"' + text.replace("\"", "\"\"") + '"';
                }
                texts.add(text);
            }
            out.append(String.join(",", texts)).append("\r\n");
        }
        return out.toString();
    }

    private String[] run(String content, String name, String... more) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(more));
        int code = VerifyPoolChain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8).strip()};
    }

    @Test
    void anIntactExportPassesAsJsonAndAsCsvAndEndsAtItsHead() throws IOException {
        List<LedgerChainEntry> chain = chain();
        String head = chain.get(2).hash();

        String[] fromJson = run(json(chain), "ledger.json", "--expect-head", head);
        String[] fromCsv = run(csv(chain), "ledger.csv");

        assertEquals("0", fromJson[0], fromJson[1]);
        assertEquals("OK 3 entries, head " + head, fromJson[1]);
        assertEquals("0", fromCsv[0], fromCsv[1]);
        assertEquals("OK 3 entries, head " + head, fromCsv[1]);
    }

    @Test
    void aChangedAmountIsFoundAtItsEntry() throws IOException {
        List<LedgerChainEntry> chain = new ArrayList<>(chain());
        LedgerChainEntry second = chain.get(1);
        chain.set(1, new LedgerChainEntry(second.position(), second.id(), second.roundId(), second.planId(),
                second.poolId(), second.kind(), second.source(), second.year(), new BigDecimal("5000000.50"),
                second.causeType(), second.causeId(), second.reference(), second.recordedBy(), second.recordedAt(),
                second.effectiveOn(), second.previousHash(), second.hash()));

        String[] result = run(json(chain), "tampered.json");

        assertEquals("1", result[0]);
        assertTrue(result[1].startsWith("BROKEN at entry 2 (" + second.id() + ")"), result[1]);
    }

    @Test
    void aDroppedEntryOrAnotherHeadIsABreak() throws IOException {
        List<LedgerChainEntry> chain = new ArrayList<>(chain());
        String[] wrongHead = run(csv(chain.subList(0, 2)), "short.csv", "--expect-head", chain.get(2).hash());
        chain.remove(1);
        String[] gap = run(csv(chain), "gap.csv");

        assertEquals("1", wrongHead[0]);
        assertTrue(wrongHead[1].contains("not at the expected head"), wrongHead[1]);
        assertEquals("1", gap[0]);
        assertTrue(gap[1].startsWith("BROKEN at entry 2 (" + chain.get(1).id() + ")"), gap[1]);
    }

    @Test
    void theCanonicalFormIsTheDocumentedLines() {
        LedgerChainEntry first = chain().get(1);
        String form = LedgerChain.canonicalForm(first.previousHash(), 2, first);
        assertEquals("previous=" + first.previousHash() + "\nposition=2\nid=" + first.id() + "\nround=2011-14\nplan="
                + PLAN + "\npool=" + POOL + "\nkind=RESERVATION\nsource=MUNICIPALITY\nyear=2013\namount=500000.50\n"
                + "causeType=EVENT\ncauseId=ce-1\nreference=TMU, pkt. \"4\"\\nline two \\\\ =SUM(A1)\n"
                + "recordedBy=funding-service\nrecordedAt=2011-09-01T10:00:01.123456Z\neffectiveOn=2011-09-01\n", form);
    }
}
