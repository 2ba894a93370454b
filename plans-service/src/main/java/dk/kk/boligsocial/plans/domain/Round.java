package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/**
 * A funding round (pulje): its own themes, maximum plan length and currency. Seeded by Flyway and never changed by
 * the application, so it is held in Hibernate's second-level cache: creating or revising a plan reads its round
 * (and the round's themes) from memory instead of the database.
 */
@Entity
@Table(name = "round")
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_theme", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("position")
    @Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
    private List<Theme> themes = new ArrayList<>();

    protected Round() {
    }

    /** Rounds come from Flyway's seed; this is for rules that need one without a database. */
    public Round(String id, String name, String description, int maxPlanYears, String currency, List<Theme> themes) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.maxPlanYears = maxPlanYears;
        this.currency = currency;
        this.themes = new ArrayList<>(themes);
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

    public List<Theme> themes() {
        return List.copyOf(themes);
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
