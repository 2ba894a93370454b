package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.HousingArea;
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

    /**
     * A page of areas, oldest first, with one row more than the page holds if another page follows.
     *
     * @param housingOrganisationId only this organisation's areas, or {@code null} for all
     * @param onlyOrganisation      the housing organisation the caller is limited to, or {@code null}
     */
    public List<HousingArea> page(UUID housingOrganisationId, UUID onlyOrganisation, PageRequest page) {
        KeysetQuery query = KeysetQuery.by("createdAt", page);
        if (housingOrganisationId != null) {
            query.where("housingOrganisationId = :org", "org", housingOrganisationId);
        }
        if (onlyOrganisation != null) {
            query.where("housingOrganisationId = :own", "own", onlyOrganisation);
        }
        return query.apply(this::find);
    }
}
