package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.plans.domain.HousingArea;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class HousingAreaRepository implements PanacheRepositoryBase<HousingArea, UUID> {

    public Map<UUID, HousingArea> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(HousingArea::id, Function.identity()));
    }

    public List<HousingArea> page(KeysetQuery query) {
        return query.apply(this::find);
    }
}
