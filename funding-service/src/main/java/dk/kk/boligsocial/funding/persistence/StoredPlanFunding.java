package dk.kk.boligsocial.funding.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * {@code plan_funding_view} as Hibernate reads it: mapped only so that {@link PlanFundingViewRepository#find} is a
 * query of the entity model, whose plan and result mapping are made once (a native query reads the result set's
 * metadata on every call). Never written through Hibernate: the repository writes the row with one upsert.
 */
@Entity
@Immutable
@Table(name = "plan_funding_view")
class StoredPlanFunding {

    @Id
    @Column(name = "plan_id")
    UUID planId;
    @Column(name = "housing_organisation_id")
    UUID housingOrganisationId;
    long version;
    String body;
    @Column(name = "organisation_body")
    String organisationBody;

    protected StoredPlanFunding() {
    }
}
