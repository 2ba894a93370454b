package dk.kk.boligsocial.kit.persistence;

import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A page of rows in (time, id) order, starting after a position: keyset pagination stays as fast
 * on page 500 as on page 1 and does not skip or repeat rows when rows are inserted meanwhile.
 * Filters are added as HQL conditions with named parameters.
 */
public final class KeysetQuery {

    private final String timeField;
    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();
    private final int limit;

    private KeysetQuery(String timeField, Instant afterTime, UUID afterId, int limit) {
        this.timeField = timeField;
        this.limit = limit;
        if (afterTime != null) {
            conditions.add("(" + timeField + " > :afterTime or (" + timeField + " = :afterTime and id > :afterId))");
            parameters.and("afterTime", afterTime).and("afterId", afterId);
        }
    }

    /** Rows ordered by {@code timeField} and id, from the page's cursor on. */
    public static KeysetQuery by(String timeField, PageRequest page) {
        Cursor after = page.after().orElse(null);
        return new KeysetQuery(timeField, after == null ? null : after.createdAt(), after == null ? null : after.id(),
                page.limit());
    }

    public KeysetQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.and(name, value);
        return this;
    }

    /** Runs the query; it fetches one row more than the limit, so the caller knows if another page follows. */
    public <T> List<T> apply(BiFunction<String, Parameters, PanacheQuery<T>> find) {
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find.apply(where + " order by " + timeField + ", id", parameters).page(0, limit + 1).list();
    }
}
