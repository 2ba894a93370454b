package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An indicator of the catalogue: what can be measured for a theme of a round, in which unit, and which way is better. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private UUID id;
    private String code;
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "theme_code")
    private String theme;
    @Column(name = "name_da")
    private String nameDa;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;
    @Enumerated(EnumType.STRING)
    private IndicatorDirection direction;
    private String description;
    @Column(name = "score_min", precision = 15, scale = 2)
    private BigDecimal scoreMin;
    @Column(name = "score_max", precision = 15, scale = 2)
    private BigDecimal scoreMax;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    // A plan's own indicator (null for the catalogue's): never listed in the catalogue or put into other frameworks.
    @Column(name = "plan_id")
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;
    @Enumerated(EnumType.STRING)
    private Reporting reporting;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "dimensions")
    private List<String> dimensions = new ArrayList<>();

    protected Indicator() {
    }

    public Indicator(IndicatorDefinition d, Instant now) {
        this(d, null, now);
    }

    /** A plan's own indicator, or (planId null) one of the catalogue. */
    public Indicator(IndicatorDefinition d, UUID planId, Instant now) {
        this.planId = planId;
        this.id = UUID.randomUUID();
        this.code = d.code();
        this.roundId = d.roundId();
        this.theme = d.theme();
        this.nameDa = d.nameDa();
        this.nameEn = d.nameEn();
        this.unit = d.unit();
        this.direction = d.direction();
        this.description = d.description();
        this.scoreMin = d.scoreMin();
        this.scoreMax = d.scoreMax();
        this.createdAt = now;
        this.kind = d.kindOrDefault();
        this.reporting = d.reportingOrDefault();
        this.dimensions = new ArrayList<>(d.dimensionsOrNone().stream().map(Dimension::name).toList());
    }

    public IndicatorKind kind() {
        return kind;
    }

    public Reporting reporting() {
        return reporting;
    }

    /** The breakdowns that apply to the indicator's values, in the order the catalogue gives them. */
    public List<Dimension> dimensions() {
        return dimensions.stream().map(Dimension::valueOf).toList();
    }

    /**
     * Whether a value is the sum of its parts: counts and amounts are (so their breakdowns must add up to their
     * totals); percentages and scores are not. A RATIO's numerators and denominators are, which {@link
     * MeasurementContent} checks instead.
     */
    public boolean additive() {
        return kind == IndicatorKind.VALUE && (unit == IndicatorUnit.COUNT || unit == IndicatorUnit.DKK);
    }

    public ValueScale scale() {
        return new ValueScale(unit, scoreMin, scoreMax);
    }

    public UUID planId() {
        return planId;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String roundId() {
        return roundId;
    }

    public String theme() {
        return theme;
    }

    public String nameDa() {
        return nameDa;
    }

    public String nameEn() {
        return nameEn;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    public IndicatorDirection direction() {
        return direction;
    }

    public String description() {
        return description;
    }

    public BigDecimal scoreMin() {
        return scoreMin;
    }

    public BigDecimal scoreMax() {
        return scoreMax;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
