package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service keeps each round's theme report until the round's theme report version moves (V13): the report must
 * still show every change at once, whichever way it was made, and never one that was rolled back. Each test uses a
 * round of its own, made by hand, so the demo round's figures (which other tests check against a rebuild) stay as
 * they are.
 */
@QuarkusTest
class ThemeReportFreshnessTest {

    @Test
    void everyTableTheReportReadsMovesTheRoundsVersion() {
        assertFalse(ProgressQueries.THEME_REPORT_TABLES.isEmpty());
        for (String table : ProgressQueries.THEME_REPORT_TABLES) {
            for (String trigger : new String[] {"theme_report_changed", "theme_report_truncated"}) {
                assertEquals(1, Sql.count("""
                        select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid
                        where c.relname = ? and c.relnamespace = current_schema()::regnamespace and t.tgname = ?""",
                        table, trigger), table + " is read by the theme report, so " + trigger + " must be on it");
            }
        }
    }

    @Test
    void aChangeMadeByHandShowsInTheNextReport() {
        String round = newRound();
        report(round).body("themes[0].plans", is(0)).body("themes[0].nameEn", is("Children"));
        report(round).body("themes[0].plans", is(0));

        // past the service: the sums of a theme, then the theme's name
        Sql.update("""
                insert into theme_tally (round_id, scope, theme_code, plans, indicators, on_track, off_track, no_data,
                                         progress_sum, progress_count, evaluations, rating_sum,
                                         rated_1, rated_2, rated_3, rated_4, rated_5)
                values (?, 'round', 'CHILDREN', 3, 6, 2, 1, 3, 1.5, 3, 0, 0, 0, 0, 0, 0, 0)""", round);
        report(round).body("themes[0].plans", is(3)).body("themes[0].onTrack", is(2));
        Sql.update("update round_theme set name_en = 'Children and families' where round_id = ? and code = 'CHILDREN'", round);
        report(round).body("themes[0].nameEn", is("Children and families")).body("themes[0].plans", is(3));
    }

    @Test
    void aRolledBackChangeMovesNothingAndATruncateForgetsEveryVersion() throws SQLException {
        String round = newRound();
        report(round).body("themes[0].plans", is(0));
        long version = version(round);

        try (Connection connection = Sql.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update round_theme set name_en = 'Forsøg' where round_id = '" + round + "'");
            connection.rollback();
            assertEquals(version, version(round), "a change rolled back leaves the version where it was");

            // no row trigger sees a truncate: its statement trigger drops every version, so none can come back
            statement.execute("truncate theme_tally");
            try (ResultSet rows = statement.executeQuery("select count(*) from theme_report_version")) {
                rows.next();
                assertEquals(0, rows.getLong(1), "a truncated theme_tally leaves no round a version");
            }
            connection.rollback();
        }
        assertEquals(version, version(round));
        report(round).body("themes[0].nameEn", is("Children"));

        Sql.update("update round_theme set position = position where round_id = ?", round);
        assertNotEquals(version, version(round), "any change of the round's themes moves the version");
    }

    /** A round of two themes that only this test knows: no plan, no sums yet. */
    private static String newRound() {
        String round = "T" + UUID.randomUUID().toString().substring(0, 8);
        Sql.update("insert into round_theme (round_id, code, position, name_da, name_en) values"
                + " (?, 'CHILDREN', 1, 'Børn', 'Children'), (?, 'JOBS', 2, 'Job', 'Jobs')", round, round);
        return round;
    }

    private static io.restassured.response.ValidatableResponse report(String round) {
        return as(Tokens.reader()).queryParam("roundId", round).get("/v1/reports/themes").then().statusCode(200);
    }

    private static long version(String round) {
        return Sql.count("select version from theme_report_version where round_id = ?", round);
    }
}
