package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Indicator;
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
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public List<Indicator> page(KeysetQuery query) {
        return query.apply(this::find);
    }

    /** The catalogue indicators of some themes of a round, in catalogue order. */
    public List<Indicator> ofThemes(String roundId, Collection<String> themes) {
        return list("roundId = ?1 and theme in ?2 and planId is null order by createdAt, id", roundId, themes);
    }

    public boolean codeExists(String code) {
        return count("code", code) > 0;
    }

    public Map<UUID, Indicator> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }
}
