package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Measurement;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

    public List<Measurement> page(KeysetQuery query) {
        return query.apply(this::find);
    }

    public Optional<Measurement> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
