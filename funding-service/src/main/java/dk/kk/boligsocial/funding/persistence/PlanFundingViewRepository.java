package dk.kk.boligsocial.funding.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * The stored answer: its JSON body (UTF-8, as read), the version for the ETag and the owner for the organisation
     * scoping; {@code organisationBody} is the answer for the plan's housing organisation where it differs (null
     * otherwise).
     */
    public record StoredView(UUID housingOrganisationId, long version, byte[] body, byte[] organisationBody) {
    }

    /**
     * What one look-up found: the stored answer, or none and whether funding knows the plan at all (a plan it knew
     * before answers were kept has none yet). A plan it does not know costs the same one statement as one it does:
     * clients poll for a reaction's effect, and every poll before the reaction asks for such a plan.
     */
    public record Lookup(Optional<StoredView> view, boolean planKnown) {
    }

    private static final String FIND = """
            SELECT v.plan_id, v.housing_organisation_id, v.version, v.body, v.organisation_body,
                   v.plan_id IS NOT NULL OR EXISTS (SELECT 1 FROM plan_funding p WHERE p.plan_id = q.id) AS known
            FROM (SELECT CAST(? AS uuid) AS id) q LEFT JOIN plan_funding_view v ON v.plan_id = q.id""";

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public PlanFundingViewRepository(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /**
     * One primary-key lookup, the bodies as the bytes PostgreSQL sent, with plain JDBC on the same data source: the
     * hottest read of this service, where Hibernate's query execution and decoding the bodies into Strings (to be
     * encoded again on the way out) were most of the CPU a read cost (bench/README.md).
     */
    public Lookup find(UUID planId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setObject(1, planId);
            try (ResultSet row = select.executeQuery()) {
                row.next(); // always one row: the id's, with or without an answer
                boolean known = row.getBoolean(6);
                return row.getObject(1) == null ? new Lookup(Optional.empty(), known)
                        : new Lookup(Optional.of(new StoredView(row.getObject(2, UUID.class), row.getLong(3),
                                row.getBytes(4), row.getBytes(5))), true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the funding answer of plan " + planId, e);
        }
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
    public void save(UUID planId, UUID housingOrganisationId, long version, String body, String organisationBody) {
        entityManager.createNativeQuery("""
                        INSERT INTO plan_funding_view (plan_id, housing_organisation_id, version, body, organisation_body)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (plan_id) DO UPDATE SET housing_organisation_id = excluded.housing_organisation_id,
                            version = excluded.version, body = excluded.body,
                            organisation_body = excluded.organisation_body""")
                .setParameter(1, planId)
                .setParameter(2, housingOrganisationId)
                .setParameter(3, version)
                .setParameter(4, body)
                .setParameter(5, organisationBody)
                .executeUpdate();
    }
}
