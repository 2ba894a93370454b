package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The theme report adds up on a portfolio of 10,000 plans (about 90,000 plan indicators, 160,000 measurements,
 * 10,000 evaluations), seeded straight into the tables in a round of its own so that no other test's figures move.
 * Its time is printed, not asserted (a measurement, not a timed test): about 0.3 s for the whole round and 0.15 s
 * for one housing organisation on a shared 2-core machine.
 */
@QuarkusTest
class ThemeReportAtScaleTest {

    private static final String ROUND = "SCALE-10K";

    /**
     * One statement each: the themes of 2011-14 again, 3 indicators per theme, 10,000 plans of 100 organisations.
     * Seeded past the service, so the plans' rows of the theme report are then written as the service writes them
     * after each change.
     */
    private static final List<String> SEED = List.of(
            "insert into round_theme select 'SCALE-10K', code, position, name_da, name_en from round_theme where round_id = '2011-14'",
            "insert into indicator (id, code, round_id, theme_code, name_da, name_en, unit, direction, description, score_min, score_max, version, created_at) " +
            "select gen_random_uuid(), 'SCALE_' || rt.position || '_' || n, 'SCALE-10K', rt.code, 'Skala ' || n, 'Scale ' || n, " +
            "       case n when 1 then 'PERCENT' when 2 then 'COUNT' else 'DKK' end, " +
            "       case n when 3 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end, 'Scale test', null, null, 0, now() " +
            "from round_theme rt cross join generate_series(1, 3) n where rt.round_id = 'SCALE-10K'",
            "insert into framework (plan_id, round_id, housing_organisation_id, title, period_start, period_end, status, completed_at, version, created_at, themes) " +
            "select p.id, 'SCALE-10K', ('00000000-0000-4000-8000-' || lpad((p.g % 100)::text, 12, '0'))::uuid, 'Plan ' || p.g, " +
            "       date '2012-01-01', date '2015-12-31', 'ACTIVE', null, 0, now(), " +
            "       array(select rt.code from generate_series(0, 2) k join round_theme rt on rt.round_id = 'SCALE-10K' " +
            "             and rt.position = (abs(hashtext(p.id::text)) + k) % 5 + 1 order by k) " +
            "from (select gen_random_uuid() as id, g from generate_series(1, 10000) g) p",
            "insert into framework_view (plan_id, housing_organisation_id, document) " +
            "select plan_id, housing_organisation_id, null from framework where round_id = 'SCALE-10K'",
            "insert into reporting_period (id, plan_id, year, starts_on, ends_on, due_on, locked, version) " +
            "select gen_random_uuid(), f.plan_id, y, make_date(y, 1, 1), make_date(y, 12, 31), make_date(y + 1, 3, 1), false, 0 " +
            "from framework f cross join generate_series(2012, 2015) y where f.round_id = 'SCALE-10K'",
            "insert into plan_indicator (id, plan_id, indicator_id, position, baseline_value, baseline_date, baseline_source, version, updated_at) " +
            "select gen_random_uuid(), f.plan_id, i.id, row_number() over (partition by f.plan_id order by ft.position, i.code) - 1, " +
            "       50, date '2011-12-31', null, 1, now() " +
            "from framework f cross join unnest(f.themes) with ordinality ft(theme_code, position) " +
            "join indicator i on i.round_id = 'SCALE-10K' and i.theme_code = ft.theme_code where f.round_id = 'SCALE-10K'",
            "insert into indicator_target (plan_indicator_id, year, target_value) " +
            "select pi.id, 2013, case i.direction when 'LOWER_IS_BETTER' then 30 else 70 end " +
            "from plan_indicator pi join indicator i on i.id = pi.indicator_id where i.round_id = 'SCALE-10K'",
            "insert into measurement (id, plan_indicator_id, plan_id, year, value, note, status, reported_by, reported_by_organisation, " +
            "                         reported_at, reviewed_by, reviewed_at, review_comment, version, created_by, created_at) " +
            "select gen_random_uuid(), pi.id, pi.plan_id, y, 25 + abs(hashtext(pi.id::text || y)) % 60, null, " +
            "       case when y = 2013 and abs(hashtext(pi.id::text)) % 7 = 0 then 'RETURNED' else 'APPROVED' end, " +
            "       'scale-test', null, now(), 'scale-test', now(), null, 1, 'scale-test', now() " +
            "from plan_indicator pi join indicator i on i.id = pi.indicator_id cross join generate_series(2012, 2013) y " +
            "where i.round_id = 'SCALE-10K' and abs(hashtext(pi.id::text)) % 10 <> 0",
            "insert into evaluation (id, plan_id, kind, status, author, submitted_at, version, created_at) " +
            "select gen_random_uuid(), f.plan_id, 'BASELINE', 'SUBMITTED', 'scale-test', now(), 1, now() " +
            "from framework f where f.round_id = 'SCALE-10K'",
            "insert into evaluation_assessment (evaluation_id, position, theme_code, rating, findings) " +
            "select e.id, ft.position - 1, ft.theme_code, abs(hashtext(e.id::text || ft.theme_code)) % 5 + 1, 'Scale test' " +
            "from evaluation e join framework f on f.plan_id = e.plan_id and f.round_id = 'SCALE-10K' " +
            "cross join unnest(f.themes) with ordinality ft(theme_code, position)");

    @Test
    void theReportOf10000PlansIsRightAndFast() {
        if (Sql.count("select count(*) from round_theme where round_id = ?", ROUND) == 0) {
            SEED.forEach(Sql::update);
            Sql.count("select count(refresh_theme_progress(plan_id)) from framework where round_id = ?", ROUND);
            Sql.update("analyze");
        }
        as(Tokens.kommune()).queryParam("roundId", ROUND).get("/v1/reports/themes").then().statusCode(200);

        JsonPath report = measured(Tokens.kommune()).jsonPath();
        List<Map<String, Object>> themes = report.getList("themes");
        assertEquals(5, themes.size());
        // every plan has three themes; every theme has three indicators per plan
        assertEquals(30_000, report.<Integer>getList("themes.plans").stream().mapToInt(Integer::intValue).sum());
        for (int i = 0; i < themes.size(); i++) {
            String row = "themes[" + i + "].";
            int plans = report.getInt(row + "plans");
            assertEquals(3 * plans, report.getInt(row + "indicators"), row + "indicators");
            assertEquals(report.getInt(row + "indicators"), report.getInt(row + "onTrack") + report.getInt(row + "offTrack")
                    + report.getInt(row + "noData"), row + "tracks add up");
            assertEquals(plans, report.getInt(row + "latestEvaluations.evaluations"), row + "one evaluation per plan");
        }
        // only 2013 has targets: an indicator whose 2013 value is missing or was returned has no data, counted apart
        long noData = Sql.count("select count(*) from plan_indicator pi join framework f on f.plan_id = pi.plan_id"
                + " where f.round_id = ? and not exists (select 1 from measurement m where m.plan_indicator_id = pi.id"
                + " and m.status = 'APPROVED' and m.year = 2013)", ROUND);
        assertEquals(noData, report.<Integer>getList("themes.noData").stream().mapToLong(Integer::longValue).sum());
        // the report's sums, kept change by change, agree with progress computed afresh from the tables
        assertEquals(Sql.count("select count(*) from indicator_progress ip join framework f on f.plan_id = ip.plan_id"
                        + " where f.round_id = ? and ip.track = 'ON_TRACK'", ROUND),
                report.<Integer>getList("themes.onTrack").stream().mapToLong(Integer::longValue).sum());

        // one of the 100 organisations: its 100 plans only
        JsonPath own = measured(Tokens.boligorganisation(UUID.fromString("00000000-0000-4000-8000-000000000007"))).jsonPath();
        assertEquals(300, own.<Integer>getList("themes.plans").stream().mapToInt(Integer::intValue).sum());
    }

    /** The report three times; prints the median call's time. */
    private static Response measured(String token) {
        List<Long> millis = new ArrayList<>();
        Response response = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            response = as(token).queryParam("roundId", ROUND).get("/v1/reports/themes");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, response.statusCode());
        }
        Collections.sort(millis);
        System.out.printf("theme report over 10,000 plans: median %d ms of %s%n", millis.get(1), millis);
        return response;
    }
}
