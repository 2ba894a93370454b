package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A housing area (boligområde/afdeling) owned by one housing organisation. */
@Entity
@Table(name = "housing_area")
public class HousingArea {

    @Id
    private UUID id;
    @Column(name = "housing_organisation_id")
    private UUID housingOrganisationId;
    private String name;
    private String district;
    private int dwellings;
    private int residents;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    protected HousingArea() {
    }

    public HousingArea(UUID housingOrganisationId, String name, String district, int dwellings, int residents,
            Instant now) {
        this.id = UUID.randomUUID();
        this.housingOrganisationId = housingOrganisationId;
        this.name = name;
        this.district = district;
        this.dwellings = dwellings;
        this.residents = residents;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID housingOrganisationId() {
        return housingOrganisationId;
    }

    public String name() {
        return name;
    }

    public String district() {
        return district;
    }

    public int dwellings() {
        return dwellings;
    }

    public int residents() {
        return residents;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
