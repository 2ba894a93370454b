package dk.kk.boligsocial.funding.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code plan_funding_view}: a plan's funding as answered over HTTP, kept ready so that reading it is one
 * primary-key lookup (no entity, no collections, no ledger sums, no serialisation).
 */
@ApplicationScoped
public class PlanFundingViewRepository {

    /**
     * The stored answer: its JSON body, the version for the ETag and the owner for the organisation scoping;
     * {@code organisationBody} is the answer for the plan's housing organisation where it differs (null otherwise).
     */
    public record StoredView(UUID housingOrganisationId, long version, String body, String organisationBody) {
    }

    private static final String FIND = "select new " + StoredView.class.getName()
            + "(v.housingOrganisationId, v.version, v.body, v.organisationBody) from StoredPlanFunding v"
            + " where v.planId = :planId";

    private final EntityManager entityManager;

    public PlanFundingViewRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<StoredView> find(UUID planId) {
        return entityManager.createQuery(FIND, StoredView.class)
                .setParameter("planId", planId)
                .getResultList().stream()
                .findFirst();
    }

    /** Up to {@code limit} plans that have no stored answer yet (funding knew them before answers were kept). */
    public List<UUID> plansWithoutView(int limit) {
        return entityManager.createNativeQuery("""
                        SELECT p.plan_id FROM plan_funding p
                        WHERE NOT EXISTS (SELECT 1 FROM plan_funding_view v WHERE v.plan_id = p.plan_id)
                        ORDER BY p.plan_id LIMIT ?1""", UUID.class)
                .setParameter(1, limit)
                .getResultList();
    }

    /** Writes the plan's answer, in the transaction that changed the plan (after its changes are flushed). */
    public void save(UUID planId, StoredView view) {
        entityManager.createNativeQuery("""
                        INSERT INTO plan_funding_view (plan_id, housing_organisation_id, version, body, organisation_body)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (plan_id) DO UPDATE SET housing_organisation_id = excluded.housing_organisation_id,
                            version = excluded.version, body = excluded.body,
                            organisation_body = excluded.organisation_body""")
                .setParameter(1, planId)
                .setParameter(2, view.housingOrganisationId())
                .setParameter(3, view.version())
                .setParameter(4, view.body())
                .setParameter(5, view.organisationBody())
                .executeUpdate();
    }
}
