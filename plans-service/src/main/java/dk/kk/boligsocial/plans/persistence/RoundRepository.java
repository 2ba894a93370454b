package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.plans.domain.Round;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<Round, String> {

    /** Rounds ordered by id, after the given id (keyset page); {@code limit + 1} rows tell if there is more. */
    public List<Round> page(String afterId, int limit) {
        return find("id > :after order by id", Parameters.with("after", afterId == null ? "" : afterId))
                .page(0, limit + 1).list();
    }
}
