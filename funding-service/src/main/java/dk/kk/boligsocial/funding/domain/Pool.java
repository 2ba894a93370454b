package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A round's municipal co-financing pool (medfinansieringspulje): a total capacity and optional capacities per year.
 * What it holds is never stored here; it is summed from the ledger (see {@code LedgerRepository}).
 */
@Entity
@Table(name = "pool")
public class Pool {

    @Id
    private UUID id;
    @Column(name = "round_id")
    private String roundId;
    private String name;
    @Column(precision = 15, scale = 2)
    private BigDecimal capacity;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "pool_year", joinColumns = @JoinColumn(name = "pool_id"))
    @OrderBy("year")
    private List<PoolYear> years = new ArrayList<>();

    protected Pool() {
    }

    public Pool(String roundId, String name, BigDecimal capacity, List<PoolYear> years, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.name = name;
        this.capacity = capacity;
        this.years = new ArrayList<>(years);
        this.createdAt = createdAt;
    }

    /** A pool as read with a query of its own (the round report's), not managed by the persistence context. */
    public static Pool restored(UUID id, String roundId, String name, BigDecimal capacity, List<PoolYear> years,
            long version, Instant createdAt) {
        Pool pool = new Pool(roundId, name, capacity, years, createdAt);
        pool.id = id;
        pool.version = version;
        return pool;
    }

    /**
     * Takes the name and capacities its round now gives it ({@link PoolFrame} has kept every year above what the pool
     * holds); reports whether anything changed, so that an event that repeats the pool leaves its version alone.
     */
    public boolean reframe(String name, PoolFrame frame) {
        boolean sameYears = years.size() == frame.years().size() && java.util.stream.IntStream.range(0, years.size())
                .allMatch(i -> years.get(i).year() == frame.years().get(i).year()
                        && years.get(i).capacity().compareTo(frame.years().get(i).capacity()) == 0);
        if (this.name.equals(name) && sameYears && capacity.compareTo(frame.capacity()) == 0) {
            return false;
        }
        this.name = name;
        this.capacity = frame.capacity();
        if (!sameYears) {
            years.clear();
            years.addAll(frame.years());
        }
        return true;
    }

    public UUID id() {
        return id;
    }

    public String roundId() {
        return roundId;
    }

    public String name() {
        return name;
    }

    public BigDecimal capacity() {
        return capacity;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<PoolYear> years() {
        return List.copyOf(years);
    }

    public boolean hasYearCapacities() {
        return !years.isEmpty();
    }

    public Optional<BigDecimal> capacityIn(int year) {
        return years.stream().filter(y -> y.year() == year).map(PoolYear::capacity).findFirst();
    }
}
