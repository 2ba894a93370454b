package dk.kk.boligsocial.plans.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.CoFinancingRefusal;
import dk.kk.boligsocial.plans.domain.CoFinancingState;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    // a refusal is plain strings; JsonColumns reads the column back
    private static final ObjectMapper REFUSAL_JSON = new ObjectMapper();

    private static final String ANSWER =
            "SELECT housing_organisation_id, version, answer_version, answer FROM plan WHERE id = ?";

    private final AgroalDataSource dataSource;

    public PlanRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One primary-key lookup of four columns, no entity loaded, the answer as the UTF-8 bytes PostgreSQL sent. The one
     * read of this service that bypasses Hibernate, on the same data source: it is the hottest request there is, and
     * Hibernate's query execution (session, query plan lookup, parameter binding, result assembly) was a fifth of
     * its CPU, and decoding the answer into a String and encoding it back another tenth (JFR, bench/README.md).
     * Nothing here is cached by Hibernate: a plan is never in the second-level cache.
     */
    public Optional<StoredAnswer> answer(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(ANSWER)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAnswer(row.getObject(1, UUID.class), row.getLong(2),
                        row.getObject(3, Long.class), row.getBytes(4)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the answer of plan " + id, e);
        }
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
        // the same conditions in the same order as the indexes plan_status, plan_round, plan_org and plan_page
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        page.after().ifPresent(after -> {
            conditions.add("(created_at, id) > (?, ?)");
            parameters.add(OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC));
            parameters.add(after.id());
        });
        if (filter.status() != null) {
            conditions.add("status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.roundId() != null) {
            conditions.add("round_id = ?");
            parameters.add(filter.roundId());
        }
        if (filter.theme() != null) {
            conditions.add("themes @> ARRAY[?]::text[]");
            parameters.add(filter.theme());
        }
        if (filter.housingOrganisationId() != null) {
            conditions.add("housing_organisation_id = ?");
            parameters.add(filter.housingOrganisationId());
        }
        if (onlyOrganisation != null) {
            conditions.add("housing_organisation_id = ?");
            parameters.add(onlyOrganisation);
        }
        String sql = "SELECT id, created_at, version, answer_version, answer FROM plan"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY created_at, id LIMIT ?";
        parameters.add(page.limit() + 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<ListedAnswer> rows = new ArrayList<>(page.limit() + 1);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new ListedAnswer(row.getObject(1, UUID.class),
                            row.getObject(2, OffsetDateTime.class).toInstant(), row.getLong(3),
                            row.getObject(4, Long.class), row.getBytes(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read a page of plans", e);
        }
    }
}
