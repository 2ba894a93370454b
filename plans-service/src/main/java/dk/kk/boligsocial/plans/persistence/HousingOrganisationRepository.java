package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.plans.domain.HousingOrganisation;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
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

    public List<HousingOrganisation> page(KeysetQuery query) {
        return query.apply(this::find);
    }
}
