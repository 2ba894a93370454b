package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One comment in a measurement's thread: written once, never changed, so the discussion of a value stays as it was. */
@Entity
@Table(name = "measurement_comment")
public class MeasurementComment {

    @Id
    private UUID id;
    @Column(name = "measurement_id")
    private UUID measurementId;
    private String author;
    @Column(name = "author_organisation_id")
    private UUID authorOrganisationId;
    private String text;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MeasurementComment() {
    }

    public MeasurementComment(UUID measurementId, String author, UUID authorOrganisationId, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.measurementId = measurementId;
        this.author = author;
        this.authorOrganisationId = authorOrganisationId;
        this.text = text;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID measurementId() {
        return measurementId;
    }

    public String author() {
        return author;
    }

    public UUID authorOrganisationId() {
        return authorOrganisationId;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
