package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.FrameworkView;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FrameworkViewRepository implements PanacheRepositoryBase<FrameworkView, UUID> {

    /** A plan's framework document as kept (UTF-8, as read; null until built) and its owner for the scoping. */
    public record KeptDocument(UUID housingOrganisationId, byte[] document) {
    }

    private static final String DOCUMENT =
            "SELECT housing_organisation_id, document FROM framework_view WHERE plan_id = ?";

    private final AgroalDataSource dataSource;

    public FrameworkViewRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One primary-key lookup with plain JDBC on the same data source, the document as the bytes PostgreSQL sent:
     * the hottest read of this service, where loading the view as an entity (session, snapshot for dirty checking)
     * and decoding the document into a String to encode it again were most of what a read cost (bench/README.md).
     */
    public Optional<KeptDocument> document(UUID planId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(DOCUMENT)) {
            select.setObject(1, planId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new KeptDocument(row.getObject(1, UUID.class), row.getBytes(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the framework document of plan " + planId, e);
        }
    }

    /**
     * Locks the plan's view until commit: every change to a plan's read models takes this lock before it reads the
     * tables they are built from, so that of two concurrent changes the later one sees the earlier and the
     * documents never miss a committed change. No foreign key points here, so inserts of measurements and the like
     * never wait for it.
     */
    public Optional<FrameworkView> findForUpdate(UUID planId) {
        return findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE);
    }
}
