package dk.kk.boligsocial.evaluation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The themes of each round as this service knows them (table round_theme: 2011-14 seeded by Flyway, every round
 * as plans-service announces it, see RoundFrames). */
@ApplicationScoped
public class RoundThemes {

    /** A theme of a round. */
    public record Theme(String code, String nameDa, String nameEn) {
    }

    private final EntityManager em;

    public RoundThemes(EntityManager em) {
        this.em = em;
    }

    /** The round's themes in their order; empty for a round this service does not know. */
    public List<Theme> of(String roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name_da, name_en from round_theme where round_id = ?1 order by position")
                .setParameter(1, roundId)
                .getResultList();
        return rows.stream().map(r -> new Theme((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
