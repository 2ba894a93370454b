package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.HousingOrganisation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HousingOrganisationRepository implements PanacheRepositoryBase<HousingOrganisation, UUID> {

    public Optional<HousingOrganisation> findByCvr(String cvr) {
        return find("cvr", cvr).firstResultOptional();
    }

    /**
     * A page of organisations, oldest first, with one row more than the page holds if another page follows.
     *
     * @param onlyOrganisation the one organisation the caller may see, or {@code null}
     */
    public List<HousingOrganisation> page(UUID onlyOrganisation, PageRequest page) {
        KeysetQuery query = KeysetQuery.by("createdAt", page);
        if (onlyOrganisation != null) {
            query.where("id = :own", "own", onlyOrganisation);
        }
        return query.apply(this::find);
    }
}
