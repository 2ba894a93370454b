package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.MeasurementComment;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeasurementCommentRepository implements PanacheRepositoryBase<MeasurementComment, UUID> {

    public List<MeasurementComment> page(KeysetQuery query) {
        return query.apply(this::find);
    }
}
