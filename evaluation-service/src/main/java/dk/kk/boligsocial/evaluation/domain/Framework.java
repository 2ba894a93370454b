package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A granted plan's evaluation framework, keyed by the plan id. It keeps what {@code plan.granted.v1} said about the
 * plan (round, lead organisation, themes, period), since evaluation-service never reads plans-service's tables.
 */
@Entity
@Table(name = "framework")
public class Framework {

    /** How a missing (or another organisation's) framework is named in a 404. */
    public static final String RESOURCE = "evaluation framework of plan";

    public enum Status { ACTIVE, COMPLETED }

    @Id
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "housing_organisation_id")
    private UUID housingOrganisationId;
    private String title;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    // An array column, not a table of its own: the themes never change after the grant, so the framework is one row
    // to write and to read.
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "themes")
    private List<String> themes = new ArrayList<>();

    // The plan's housing areas from its grant: the values of the HOUSING_AREA breakdown.
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "housing_area_ids")
    private List<UUID> housingAreaIds = new ArrayList<>();

    protected Framework() {
    }

    public Framework(UUID planId, String roundId, UUID housingOrganisationId, String title, List<String> themes,
            List<UUID> housingAreaIds, LocalDate periodStart, LocalDate periodEnd, Instant now) {
        this.planId = planId;
        this.roundId = roundId;
        this.housingOrganisationId = housingOrganisationId;
        this.title = title;
        this.themes.addAll(themes);
        this.housingAreaIds.addAll(housingAreaIds);
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    /** The plan has ended; its final evaluation is due. */
    public boolean complete(Instant now) {
        if (status == Status.COMPLETED) {
            return false;
        }
        status = Status.COMPLETED;
        completedAt = now;
        return true;
    }

    public UUID planId() {
        return planId;
    }

    public String roundId() {
        return roundId;
    }

    public UUID housingOrganisationId() {
        return housingOrganisationId;
    }

    public String title() {
        return title;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Status status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<UUID> housingAreaIds() {
        return List.copyOf(housingAreaIds);
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }
}
