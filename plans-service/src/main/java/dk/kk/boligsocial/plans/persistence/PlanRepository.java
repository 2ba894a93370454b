package dk.kk.boligsocial.plans.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.CoFinancingRefusal;
import dk.kk.boligsocial.plans.domain.CoFinancingState;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    // a refusal is plain strings; JsonColumns reads the column back
    private static final ObjectMapper REFUSAL_JSON = new ObjectMapper();

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
     * Records funding-service's word on a plan's co-financing, unless a later word is already recorded (an event of
     * funding's is never applied over a newer one). Only these columns are written, so the plan's version (its ETag)
     * stays: a decision prepared on the plan as read is not refused because funding answered meanwhile.
     *
     * @param refusal the refusal reasons if {@code state} is REFUSED, else {@code null}
     * @param at      when funding-service decided it
     * @return the plan's version if the word was recorded; empty if the plan is unknown or a later word is recorded
     */
    public Optional<Long> recordCoFinancing(UUID planId, CoFinancingState state, CoFinancingRefusal refusal, Instant at) {
        List<?> written = getEntityManager().createNativeQuery("""
                UPDATE plan SET co_financing = :state, co_financing_reasons = CAST(NULLIF(:reasons, '') AS jsonb),
                                co_financing_at = :at
                WHERE id = :id AND (co_financing_at IS NULL OR co_financing_at <= :at)
                RETURNING version""")
                .setParameter("state", state.name())
                .setParameter("reasons", refusal == null ? "" : json(refusal))
                .setParameter("at", at)
                .setParameter("id", planId)
                .getResultList();
        return written.stream().findFirst().map(version -> ((Number) version).longValue());
    }

    /**
     * Keeps {@code json} as the answer of the plan at {@code version}, writing those two columns alone (the version
     * stays): for a plan changed by a statement of its own, such as {@link #recordCoFinancing}.
     */
    public void keepAnswer(UUID planId, long version, String json) {
        getEntityManager().createQuery(
                        "update Plan p set p.answer = :answer, p.answerVersion = :version where p.id = :id and p.version = :version")
                .setParameter("answer", json)
                .setParameter("version", version)
                .setParameter("id", planId)
                .executeUpdate();
    }

    private static String json(CoFinancingRefusal refusal) {
        try {
            return REFUSAL_JSON.writeValueAsString(refusal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a refusal of plain strings is always JSON", e);
        }
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
