package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A funding round (pulje): its own themes, years, maximum plan length and currency, and the frame it sets for the
 * other services (pool, co-financing and reporting rules). Created and revised by the municipality; plans-service owns
 * rounds and announces every change. Not in the second-level cache: a revision must be seen at once by every instance
 * (a node-local cache would keep serving the old round on the others); reading it costs one statement (the themes
 * are joined in).
 */
@Entity
@Table(name = "round")
public class Round {

    @Id
    private String id;
    private String name;
    private String description;
    @Column(name = "max_plan_years")
    private int maxPlanYears;
    private String currency;
    /** The first day a decision on the round's plans can take effect; {@code null}: no such bound. */
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "last_year")
    private int lastYear;
    @JdbcTypeCode(SqlTypes.JSON)
    private RoundFrame frame;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_theme", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("position")
    private List<Theme> themes = new ArrayList<>();

    protected Round() {
    }

    /** For rules that need a round without a database. */
    public Round(String id, String name, String description, int maxPlanYears, String currency, List<Theme> themes) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.maxPlanYears = maxPlanYears;
        this.currency = currency;
        this.themes = new ArrayList<>(themes);
    }

    /** A new round as defined, checked by {@link RoundRules}. */
    public static Round open(String id, RoundDefinition definition) {
        Round round = new Round();
        round.id = id;
        round.apply(definition);
        return round;
    }

    /** Replaces everything but the id; {@link RoundRules#checkRevision} said which changes the round's plans allow. */
    public void revise(RoundDefinition definition) {
        apply(definition);
    }

    private void apply(RoundDefinition definition) {
        name = definition.name();
        description = definition.description();
        maxPlanYears = definition.maxPlanYears();
        currency = definition.currency();
        opensOn = definition.opensOn();
        firstYear = definition.firstYear();
        lastYear = definition.lastYear();
        frame = definition.frame();
        // cleared and refilled: Hibernate rewrites the collection table, which is what a new theme list means
        themes.clear();
        definition.themes().forEach(t -> themes.add(new Theme(t.code(), t.position(), t.nameDa(), t.nameEn(),
                t.description())));
    }

    /** The round as it would be defined again: what a PUT that changes nothing sends. */
    public RoundDefinition definition() {
        return new RoundDefinition(name, description, maxPlanYears, currency, opensOn, firstYear, lastYear,
                themes.stream().map(t -> new RoundDefinition.ThemeDefinition(t.code(), t.position(), t.nameDa(),
                        t.nameEn(), t.description())).toList(), frame);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int maxPlanYears() {
        return maxPlanYears;
    }

    public String currency() {
        return currency;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public RoundFrame frame() {
        return frame;
    }

    public long version() {
        return version;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
