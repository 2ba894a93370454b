package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One catalogue indicator in a plan's framework: its baseline and its target per reporting period. The targets are
 * loaded for one indicator at a time (to set one); the framework's view reads every target of a plan in one query.
 */
@Entity
@Table(name = "plan_indicator")
public class PlanIndicator {

    public static final String RESOURCE = "indicator of the plan's framework";

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "indicator_id")
    private UUID indicatorId;
    private int position;
    @Column(name = "baseline_value", precision = 15, scale = 2)
    private BigDecimal baselineValue;
    @Column(name = "baseline_date")
    private LocalDate baselineDate;
    @Column(name = "baseline_source")
    private String baselineSource;
    private String reporter;
    @Version
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "plan_indicator_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "target_value", precision = 15, scale = 2)
    private Map<Integer, BigDecimal> targets = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "indicator_target_part", joinColumns = @JoinColumn(name = "plan_indicator_id"))
    private List<TargetPart> targetParts = new ArrayList<>();

    protected PlanIndicator() {
    }

    public PlanIndicator(UUID planId, UUID indicatorId, int position, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.indicatorId = indicatorId;
        this.position = position;
        this.updatedAt = now;
    }

    public void setBaseline(BigDecimal value, LocalDate date, String source, Instant now) {
        this.baselineValue = value;
        this.baselineDate = date;
        this.baselineSource = source;
        this.updatedAt = now;
    }

    /**
     * The value the plan aims for by the end of a reporting period.
     *
     * @throws dk.kk.boligsocial.kit.api.ConflictException (409) while the period is locked
     */
    public void setTarget(PlanPeriod period, BigDecimal value, Instant now) {
        setTarget(period, value, List.of(), now);
    }

    /**
     * The period's target and its breakdown per dimension value (which replaces the period's earlier one).
     *
     * @throws dk.kk.boligsocial.kit.api.ConflictException (409) while the period is locked
     */
    public void setTarget(PlanPeriod period, BigDecimal value, List<TargetPart> parts, Instant now) {
        period.requireOpen();
        targets.put(period.year(), value);
        targetParts.removeIf(part -> part.year() == period.year());
        targetParts.addAll(parts);
        this.updatedAt = now;
    }

    /** Who reports this indicator besides the municipality; null lets anyone who may report do so. */
    public void assignReporter(String reporter, Instant now) {
        this.reporter = reporter;
        this.updatedAt = now;
    }

    /** Whether {@code subject} may report this indicator's values, if it may report at all (role, organisation). */
    public boolean mayReport(String subject) {
        return reporter == null || reporter.equals(subject);
    }

    public String reporter() {
        return reporter;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID indicatorId() {
        return indicatorId;
    }

    public int position() {
        return position;
    }

    public BigDecimal baselineValue() {
        return baselineValue;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public String baselineSource() {
        return baselineSource;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Map<Integer, BigDecimal> targets() {
        return new TreeMap<>(targets);
    }
}
