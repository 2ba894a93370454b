package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Framework;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<Framework, UUID> {

    /** Loads a framework holding its row lock until commit, so that changes to one plan's framework queue up. */
    public Optional<Framework> findForUpdate(UUID planId) {
        return findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE);
    }
}
