package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A plan's framework as readers get it: the response document, ready to send, rewritten in the transaction of every
 * change that shows in it. Reading a framework is then one row by its key instead of the framework's tables, and
 * the organisation beside it decides the 404 for another organisation's plan. A null document (a framework older
 * than this read model) is built from the tables on first read.
 */
@Entity
@Table(name = "framework_view")
public class FrameworkView {

    @Id
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "housing_organisation_id")
    private UUID housingOrganisationId;
    // The column is JSON (checked by PostgreSQL, kept byte for byte, unlike JSONB); the driver binds text.
    @ColumnTransformer(write = "cast(? as json)")
    private String document;

    protected FrameworkView() {
    }

    public FrameworkView(UUID planId, UUID housingOrganisationId, String document) {
        this.planId = planId;
        this.housingOrganisationId = housingOrganisationId;
        this.document = document;
    }

    public void rewrite(String document) {
        this.document = document;
    }

    public UUID planId() {
        return planId;
    }

    public UUID housingOrganisationId() {
        return housingOrganisationId;
    }

    /** The response JSON; null until built for a framework older than this read model. */
    public String document() {
        return document;
    }
}
