package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    private static final String ANSWER = "select new " + StoredAnswer.class.getName()
            + "(p.housingOrganisationId, p.version, p.answerVersion, p.answer) from Plan p where p.id = :id";

    /**
     * One primary-key lookup of four columns, no entity loaded. A query of the entity model rather than native SQL:
     * its plan and result mapping are made once, where a native query reads the result set's metadata every time.
     */
    public Optional<StoredAnswer> answer(UUID id) {
        return getEntityManager().createQuery(ANSWER, StoredAnswer.class)
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst();
    }

    /**
     * Loads a plan to change it, holding its row lock until commit: concurrent decisions on one
     * plan queue up, and the second sees the first one's version (and gets 412), instead of both
     * passing the If-Match check.
     */
    public Optional<Plan> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A page of plans' stored answers, oldest first, with one row more than the page holds if another page follows:
     * one query of five columns, no entity loaded.
     *
     * @param onlyOrganisation the housing organisation the caller is limited to, or {@code null}
     */
    public List<ListedAnswer> answerPage(PlanFilter filter, UUID onlyOrganisation, PageRequest page) {
        KeysetQuery query = KeysetQuery.by("createdAt", page);
        if (filter.status() != null) {
            query.where("status = :status", "status", filter.status());
        }
        if (filter.roundId() != null) {
            query.where("roundId = :roundId", "roundId", filter.roundId());
        }
        if (filter.theme() != null) {
            query.where("array_contains(themes, :theme)", "theme", filter.theme());
        }
        if (filter.housingOrganisationId() != null) {
            query.where("housingOrganisationId = :org", "org", filter.housingOrganisationId());
        }
        if (onlyOrganisation != null) {
            query.where("housingOrganisationId = :own", "own", onlyOrganisation);
        }
        return query.apply((where, parameters) -> find(where, parameters).project(ListedAnswer.class));
    }
}
