package dk.kk.boligsocial.evaluation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Writes what evaluation-service keeps of a round (its themes and its reporting rule) as plans-service announces it.
 * Each statement changes a row only where it differs, so an event that repeats what is stored writes nothing.
 */
@ApplicationScoped
public class RoundFrames {

    private final EntityManager em;

    public RoundFrames(EntityManager em) {
        this.em = em;
    }

    /** Adds the theme or brings it up to date; answers whether a row changed. */
    public boolean putTheme(String roundId, String code, int position, String nameDa, String nameEn) {
        return em.createNativeQuery("""
                        insert into round_theme (round_id, code, position, name_da, name_en) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (round_id, code) do update
                            set position = excluded.position, name_da = excluded.name_da, name_en = excluded.name_en
                            where (round_theme.position, round_theme.name_da, round_theme.name_en)
                                is distinct from (excluded.position, excluded.name_da, excluded.name_en)""")
                .setParameter(1, roundId).setParameter(2, code).setParameter(3, position)
                .setParameter(4, nameDa).setParameter(5, nameEn)
                .executeUpdate() > 0;
    }

    /**
     * Removes the round's themes that are not in {@code kept} and that no indicator (catalogue or a plan's own) refers
     * to; answers the codes of those left out of {@code kept} that stay because indicators refer to them.
     */
    @SuppressWarnings("unchecked")
    public List<String> dropThemesExcept(String roundId, List<String> kept) {
        String[] codes = kept.toArray(String[]::new);
        em.createNativeQuery("""
                        delete from round_theme rt
                        where rt.round_id = ?1 and not (rt.code = any (cast(?2 as text[])))
                          and not exists (select 1 from indicator i where i.round_id = rt.round_id and i.theme_code = rt.code)""")
                .setParameter(1, roundId).setParameter(2, codes)
                .executeUpdate();
        return em.createNativeQuery("""
                        select code from round_theme where round_id = ?1 and not (code = any (cast(?2 as text[])))
                        order by code""")
                .setParameter(1, roundId).setParameter(2, codes)
                .getResultList();
    }

    /** Sets the round's reporting rule; answers whether it changed. */
    public boolean putReportingRule(String roundId, int dueMonth, int dueDay, int yearsAfter) {
        return em.createNativeQuery("""
                        insert into round_reporting_rule (round_id, due_month, due_day, years_after) values (?1, ?2, ?3, ?4)
                        on conflict (round_id) do update
                            set due_month = excluded.due_month, due_day = excluded.due_day, years_after = excluded.years_after
                            where (round_reporting_rule.due_month, round_reporting_rule.due_day, round_reporting_rule.years_after)
                                is distinct from (excluded.due_month, excluded.due_day, excluded.years_after)""")
                .setParameter(1, roundId).setParameter(2, dueMonth).setParameter(3, dueDay).setParameter(4, yearsAfter)
                .executeUpdate() > 0;
    }
}
