package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.hamcrest.Matchers.is;

import dk.kk.boligsocial.funding.persistence.ReportRepository;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service keeps each round's report figures until the round's version moves (V11): the report must still show
 * every change at once, whichever way it was made, and never one that was rolled back.
 */
@QuarkusTest
class RoundReportFreshnessTest {

    @Test
    void everyTableTheReportReadsMovesTheRoundsVersion() {
        assertFalse(ReportRepository.TABLES_READ.isEmpty());
        for (String table : ReportRepository.TABLES_READ) {
            assertEquals(1, Sql.count("""
                    select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid
                    where c.relname = ? and c.relnamespace = current_schema()::regnamespace
                      and t.tgname = 'round_report_changed'""", table),
                    table + " is read by the round report, so its changes must move the round's version");
        }
    }

    @Test
    void aChangeMadeByHandShowsInTheNextReport() {
        String round = Fixtures.newRound("10000000.00", 2012, "6000000.00", 2013, "4000000.00");
        String report = "/v1/reports/rounds/" + round;
        as(Tokens.reader()).get(report).then().statusCode(200)
                .body("pool.years.find { it.year == 2012 }.capacity.amount", Fixtures.exactly("6000000.00"));

        // past the service: a pool's year edited in the database (a table keyed by its pool, not its round)
        Sql.update("update pool_year set capacity = 5000000.00 where year = 2012"
                + " and pool_id = (select id from pool where round_id = ?)", round);
        as(Tokens.reader()).get(report).then().statusCode(200)
                .body("pool.years.find { it.year == 2012 }.capacity.amount", Fixtures.exactly("5000000.00"));

        // and the pool's own row
        Sql.update("update pool set name = 'Omdøbt pulje' where round_id = ?", round);
        as(Tokens.reader()).get(report).then().statusCode(200).body("pool.name", is("Omdøbt pulje"));
    }

    @Test
    void aBookingShowsInTheNextReportAndARolledBackChangeMovesNothing() throws SQLException {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String report = "/v1/reports/rounds/" + round;
        as(Tokens.reader()).get(report).then().statusCode(200)
                .body("pool.reserved.amount", Fixtures.exactly("0.00"));
        long version = version(round);

        // a change that rolls back (as a what-if simulation's do) leaves the version where it was
        try (Connection connection = Sql.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update pool set name = 'Forsøg' where round_id = '" + round + "'");
            connection.rollback();
        }
        assertEquals(version, version(round));

        UUID plan = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, UUID.randomUUID(),
                Fixtures.budget("1000000.00"))));
        assertNotEquals(version, version(round), "the booking moved the version");
        as(Tokens.reader()).get(report).then().statusCode(200)
                .body("pool.name", is("Testpulje " + round))
                .body("pool.reserved.amount", Fixtures.exactly("2000000.00"))
                .body("plansByState.RESERVED", is(1));
    }

    private static long version(String round) {
        return Sql.count("select version from round_report_version where round_id = ?", round);
    }
}
