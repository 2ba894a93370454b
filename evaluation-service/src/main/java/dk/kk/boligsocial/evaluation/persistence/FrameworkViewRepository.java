package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.FrameworkView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FrameworkViewRepository implements PanacheRepositoryBase<FrameworkView, UUID> {

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
