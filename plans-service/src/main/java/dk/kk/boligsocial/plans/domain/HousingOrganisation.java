package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A housing organisation (boligorganisation), identified by its CVR number. */
@Entity
@Table(name = "housing_organisation")
public class HousingOrganisation {

    @Id
    private UUID id;
    private String name;
    private String cvr;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    protected HousingOrganisation() {
    }

    public HousingOrganisation(String name, Cvr cvr, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.cvr = cvr.value();
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String cvr() {
        return cvr;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
