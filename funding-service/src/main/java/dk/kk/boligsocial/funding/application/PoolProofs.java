package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.events.ledger.ChainVerification;
import dk.kk.boligsocial.events.ledger.LedgerChain;
import dk.kk.boligsocial.events.ledger.LedgerChainEntry;
import dk.kk.boligsocial.funding.api.model.LedgerEntryValue;
import dk.kk.boligsocial.funding.api.model.PoolProof;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.domain.PoolYear;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A pool that proves itself: its round's ledger as exported for an offline check, and the proof recomputed here from
 * the raw entries (not from the running sums nor the stored chain head, which a tampered database could agree with).
 * Reads only; one statement each, so no transaction.
 */
@ApplicationScoped
public class PoolProofs {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final PoolRepository pools;
    private final LedgerRepository ledger;

    public PoolProofs(PoolRepository pools, LedgerRepository ledger) {
        this.pools = pools;
        this.ledger = ledger;
    }

    /** @param asOf the chain up to the last entry recorded by the end of that day, or {@code null} for all of it */
    public PoolProof proof(UUID poolId, LocalDate asOf) {
        Pool pool = pool(poolId);
        List<LedgerChainEntry> chain = upTo(ledger.chain(pool.roundId()), asOf);
        ChainVerification verification = LedgerChain.verify(chain);
        PoolProof.ChainBreak firstBreak = verification.intact() ? null : new PoolProof.ChainBreak(
                verification.brokenAt(), verification.brokenEntryId(), verification.problem());
        HeldReplay replay = HeldReplay.of(pool, chain);
        List<PoolProof.HighWater> years = replay.years();
        PoolProof.HighWater total = replay.total();
        boolean withinCapacity = total.withinCapacity()
                && years.stream().allMatch(PoolProof.HighWater::withinCapacity);
        String head = chain.isEmpty() ? LedgerChain.GENESIS : chain.get(chain.size() - 1).hash();
        return new PoolProof(pool.id(), pool.roundId(), asOf, chain.size(), head, verification.intact(), firstBreak,
                withinCapacity, total, years);
    }

    /** A page of the round's ledger in chain order; the cursor is the last entry shown. */
    public Page<LedgerEntryValue> ledger(UUID poolId, PageRequest page) {
        Pool pool = pool(poolId);
        UUID after = page.after().map(Cursor::id).orElse(null);
        List<LedgerChainEntry> rows = ledger.chainPage(pool.roundId(), after, page.limit() + 1);
        return Page.fromLookahead(rows, page, e -> new Cursor(e.recordedAt(), e.id()), PoolProofs::value);
    }

    /** The round's whole ledger as a spreadsheet: the columns VerifyPoolChain reads, named as the JSON fields. */
    public CsvTable ledgerTable(UUID poolId) {
        Pool pool = pool(poolId);
        CsvTable table = CsvTable.withHeader("position", "id", "roundId", "planId", "poolId", "kind", "source", "year",
                "amount", "causeType", "causeId", "reference", "recordedBy", "recordedAt", "effectiveOn",
                "previousHash", "hash");
        for (LedgerChainEntry e : ledger.chain(pool.roundId())) {
            table.row(e.position(), e.id(), e.roundId(), e.planId(), e.poolId(), e.kind(), e.source(), e.year(),
                    e.amount(), e.causeType(), e.causeId(), e.reference(), e.recordedBy(), e.recordedAt(),
                    e.effectiveOn(), e.previousHash(), e.hash());
        }
        return table;
    }

    private Pool pool(UUID poolId) {
        Pool pool = pools.findById(poolId);
        if (pool == null) {
            throw new ResourceNotFoundException("pool", poolId.toString());
        }
        return pool;
    }

    private static List<LedgerChainEntry> upTo(List<LedgerChainEntry> chain, LocalDate asOf) {
        if (asOf == null) {
            return chain;
        }
        Instant end = asOf.plusDays(1).atStartOfDay(COPENHAGEN).toInstant();
        int last = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).recordedAt().isBefore(end)) {
                last = i + 1;
            }
        }
        return chain.subList(0, last);
    }

    private static LedgerEntryValue value(LedgerChainEntry e) {
        return new LedgerEntryValue(e.position(), e.id(), e.roundId(), e.planId(), e.poolId(), e.kind(), e.source(),
                e.year(), FundingResponses.money(e.amount()), e.causeType(), e.causeId(), e.reference(),
                e.recordedBy(), e.recordedAt(), e.effectiveOn(), e.previousHash(), e.hash());
    }

    /**
     * What the pool held, replayed entry by entry in chain order: municipal reservations and commitments add,
     * releases and commitments given back subtract, payments do not change what is held (they are paid out of
     * commitments). The high-water mark in total and per year, and where it was reached.
     */
    private record HeldReplay(Pool pool, Mark totalMark, Map<Integer, Mark> yearMarks) {

        static HeldReplay of(Pool pool, List<LedgerChainEntry> chain) {
            HeldReplay replay = new HeldReplay(pool, new Mark(), new TreeMap<>());
            pool.years().forEach(y -> replay.yearMarks.put(y.year(), new Mark()));
            for (LedgerChainEntry e : chain) {
                BigDecimal delta = switch (e.kind()) {
                    case "RESERVATION", "COMMITMENT" -> e.amount();
                    case "RELEASE", "COMMITMENT_RELEASE" -> e.amount().negate();
                    default -> BigDecimal.ZERO;
                };
                if (e.poolId() == null || delta.signum() == 0) {
                    continue;
                }
                replay.totalMark.add(delta, e.position());
                replay.yearMarks.computeIfAbsent(e.year(), y -> new Mark()).add(delta, e.position());
            }
            return replay;
        }

        PoolProof.HighWater total() {
            return totalMark.highWater(null, pool.capacity(), pool.capacity());
        }

        List<PoolProof.HighWater> years() {
            List<PoolProof.HighWater> highWaters = new ArrayList<>();
            yearMarks.forEach((year, mark) -> {
                BigDecimal capacity = pool.years().stream().filter(y -> y.year() == year).map(PoolYear::capacity)
                        .findFirst().orElse(null);
                // a pool with per-year capacities holds nothing in other years; one without counts its total only
                BigDecimal limit = capacity != null || !pool.hasYearCapacities() ? capacity : BigDecimal.ZERO;
                highWaters.add(mark.highWater(year, capacity, limit));
            });
            return highWaters;
        }
    }

    private static final class Mark {
        private BigDecimal held = BigDecimal.ZERO.setScale(2);
        private BigDecimal max = BigDecimal.ZERO.setScale(2);
        private Long reachedAt;

        void add(BigDecimal delta, long position) {
            held = held.add(delta);
            if (held.compareTo(max) > 0) {
                max = held;
                reachedAt = position;
            }
        }

        PoolProof.HighWater highWater(Integer year, BigDecimal capacity, BigDecimal limit) {
            boolean within = limit == null || max.compareTo(limit) <= 0;
            return new PoolProof.HighWater(year, capacity == null ? null : FundingResponses.money(capacity),
                    FundingResponses.money(max), reachedAt, FundingResponses.money(held), within);
        }
    }
}
