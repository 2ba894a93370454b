package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * What-if simulation of a pool (issue 15): the committee tries changes with the real decision code and reads what
 * they would do, with reasons and remedies for what would be refused, and nothing of it stays: no ledger entry, no
 * plan, no rule or capacity change, no outbox row, no event, no audit record. The pools of these tests: 10 mio. kr.,
 * 5 mio. a year for 2012 and 2013, the 1:1 match rule.
 */
@QuarkusTest
class SimulationTest {

    /** {@code count} ADD_PLAN changes of small 2013 plans that all fit the pool (a simulation that takes a while). */
    private static List<Map<String, Object>> smallPlansAdded(int count) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(change("type", "ADD_PLAN", "budget", List.of(line("MUNICIPALITY", 2013, "100000.00"),
                    line("HOUSING_ORGANISATION", 2013, "100000.00"))));
        }
        return changes;
    }

    private static String poolOf(String round) {
        return as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().statusCode(200).extract().path("items[0].id");
    }

    private static Map<String, Object> line(String source, int year, String amount) {
        return Map.of("source", source, "year", year, "amount", Fixtures.money(amount));
    }

    private static Map<String, Object> change(Object... fields) {
        Map<String, Object> change = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            change.put((String) fields[i], fields[i + 1]);
        }
        return change;
    }

    private static Response simulate(String pool, List<Map<String, Object>> changes) {
        return as(Tokens.kommune()).body(Map.of("changes", changes)).post("/v1/pools/" + pool + "/simulations");
    }

    /** Rows that a decision would write, of the round or in all where the table has no round. */
    private static List<Long> footprint(String round) {
        return List.of(Sql.count("select count(*) from ledger_entry where round_id = ?", round),
                Sql.count("select count(*) from plan_funding where round_id = ?", round),
                Sql.count("select count(*) from plan_funding_view"),
                Sql.count("select count(*) from outbox_event"),
                Sql.count("select count(*) from audit_record"),
                Sql.count("select count(*) from co_financing_rule where round_id = ? and housing_organisation_match_ratio = 1.0", round),
                Sql.count("select count(*) from pool_year y join pool p on p.id = y.pool_id where p.round_id = ? and y.capacity = 5000000.00", round),
                Sql.count("select count(*) from pool where round_id = ? and capacity = 10000000.00", round),
                Sql.count("select coalesce(sum(entries), 0) from ledger_chain where round_id = ?", round));
    }

    @Test
    void theChangesAreDecidedByTheRealRulesWithRemediesAndNothingStays() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        UUID reserved = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(reserved, round, UUID.randomUUID(),
                Fixtures.budget("1000000.00"))));
        UUID added = UUID.randomUUID();
        List<Long> before = footprint(round);

        simulate(pool, List.of(
                change("type", "GRANT", "planId", reserved),
                // 2012 has 4 mio. left after the grant: 4.5 mio. is refused, 2013 has room for the 0.5 mio. too many
                change("type", "ADD_PLAN", "title", "Helhedsplan for meget 2012", "budget", List.of(
                        line("MUNICIPALITY", 2012, "4500000.00"), line("HOUSING_ORGANISATION", 2012, "4500000.00"))),
                // the housing organisation is 300,000 short of the 1:1 match
                change("type", "ADD_PLAN", "planId", added, "budget", List.of(line("LBF", 2013, "2000000.00"),
                        line("MUNICIPALITY", 2013, "1000000.00"), line("HOUSING_ORGANISATION", 2013, "700000.00"))),
                change("type", "SET_RULES", "housingOrganisationMatchRatio", 0.5),
                change("type", "PREQUALIFY", "planId", added),
                change("type", "SET_YEAR_CAPACITY", "year", 2012, "capacity", Fixtures.money("500000.00")),
                change("type", "MOVE_MUNICIPAL", "planId", added, "fromYear", 2013, "toYear", 2012,
                        "amount", Fixtures.money("250000.00"))))
                .then().statusCode(200)
                .body("roundId", is(round))
                .body("before.years.find { it.year == 2012 }.reserved.amount", Fixtures.exactly("1000000.00"))
                .body("before.years.find { it.year == 2012 }.committed.amount", Fixtures.exactly("0.00"))
                .body("changes[0].outcome", is("ACCEPTED"))
                .body("changes[1].outcome", is("REFUSED"))
                .body("changes[1].reasons.code", hasItem("YEAR_EXHAUSTED"))
                .body("changes[1].remedies.find { it.code == 'LOWER_YEAR' }.amount.amount", Fixtures.exactly("500000.00"))
                .body("changes[1].remedies.find { it.code == 'MOVE_TO_YEAR' }.year", is(2013))
                .body("changes[1].remedies.find { it.code == 'MOVE_TO_YEAR' }.amount.amount", Fixtures.exactly("500000.00"))
                .body("changes[2].outcome", is("REFUSED"))
                .body("changes[2].planId", is(added.toString()))
                .body("changes[2].reasons.code", hasItems("RULE_FAILED"))
                .body("changes[2].remedies.find { it.code == 'RAISE_HOUSING_ORGANISATION' }.amount.amount",
                        Fixtures.exactly("300000.00"))
                .body("changes[2].remedies.find { it.code == 'LOWER_MUNICIPALITY' }.amount.amount",
                        Fixtures.exactly("300000.00"))
                .body("changes[3].outcome", is("ACCEPTED"))
                // under the 1:2 rule the plan refused a moment ago is reserved
                .body("changes[4].outcome", is("ACCEPTED"))
                // 2012 holds 1 mio. (the grant): its capacity cannot go below that
                .body("changes[5].outcome", is("REFUSED"))
                .body("changes[5].reasons[0].code", is("CAPACITY_BELOW_HELD"))
                .body("changes[5].remedies[0].amount.amount", Fixtures.exactly("500000.00"))
                .body("changes[6].outcome", is("ACCEPTED"))
                .body("after.years.find { it.year == 2012 }.reserved.amount", Fixtures.exactly("250000.00"))
                .body("after.years.find { it.year == 2012 }.committed.amount", Fixtures.exactly("1000000.00"))
                .body("after.years.find { it.year == 2013 }.reserved.amount", Fixtures.exactly("750000.00"))
                .body("after.years.find { it.year == 2013 }.committed.amount", Fixtures.exactly("1000000.00"))
                .body("leverageAfter.plans", is(2));

        assertEquals(before, footprint(round), "nothing of the simulation stays");
        assertEquals("RESERVED", Fixtures.state(reserved));
        as(Tokens.kommune()).get("/v1/plans/" + added + "/funding").then().statusCode(404);
        assertEquals(1, Fixtures.FUNDING.recordsWithKey(reserved.toString(), 1, Duration.ofSeconds(30)).size(),
                "only the real reservation was announced");
        assertEquals(0, Fixtures.FUNDING.recordsWithKey(added.toString(), 0, Duration.ofSeconds(5)).size());
    }

    @Test
    void aGrantedPlansYearsMoveAsAnAmendmentWouldMoveThem() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        UUID plan = Fixtures.committedPlan(round).id();
        List<Long> before = footprint(round);

        simulate(pool, List.of(
                change("type", "MOVE_MUNICIPAL", "planId", plan, "fromYear", 2012, "toYear", 2013,
                        "amount", Fixtures.money("600000.00")),
                // 2014 has no capacity in this pool: refused, and 2012 has room again for what was moved
                change("type", "MOVE_MUNICIPAL", "planId", plan, "fromYear", 2013, "toYear", 2014,
                        "amount", Fixtures.money("100000.00"))))
                .then().statusCode(200)
                .body("changes[0].outcome", is("ACCEPTED"))
                .body("changes[0].ruleChecks[0].outcome", is("PASSED"))
                .body("changes[1].outcome", is("REFUSED"))
                .body("changes[1].reasons.code", hasItem("YEAR_NOT_IN_POOL"))
                .body("changes[1].remedies.find { it.code == 'MOVE_TO_YEAR' && it.year == 2012 }.amount.amount",
                        Fixtures.exactly("100000.00"))
                .body("after.years.find { it.year == 2012 }.committed.amount", Fixtures.exactly("400000.00"))
                .body("after.years.find { it.year == 2013 }.committed.amount", Fixtures.exactly("1600000.00"));

        assertEquals(before, footprint(round), "nothing of the simulation stays");
        as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)
                .body("budget.find { it.source == 'MUNICIPALITY' && it.year == 2012 }.amount.amount",
                        Fixtures.exactly("1000000.00"));
    }

    @Test
    void aRealDecisionDuringSimulationsWaitsNoLongerThanOneAndIsBooked() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00"))));
        List<Map<String, Object>> twenty = smallPlansAdded(20);

        CompletableFuture<Integer> simulations = CompletableFuture.supplyAsync(() -> {
            int accepted = 0;
            for (int i = 0; i < 5; i++) {
                accepted += simulate(pool, twenty).then().statusCode(200).extract()
                        .<List<String>>path("changes.outcome").stream().filter("ACCEPTED"::equals).toList().size();
            }
            return accepted;
        });
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.granted(plan, round, org, Fixtures.budget("1000000.00"))));

        assertEquals(100, simulations.get(60, TimeUnit.SECONDS));
        assertEquals("COMMITTED", Fixtures.state(plan));
        assertEquals(1, Sql.count("select count(*) from plan_funding where round_id = ?", round),
                "the simulations' plans are gone");
        as(Tokens.kommune()).get("/v1/pools/" + pool + "/proof").then().statusCode(200)
                .body("verified", is(true))
                .body("entries", is(10))
                .body("total.heldNow.amount", Fixtures.exactly("2000000.00"));
    }

    @Test
    void aSimulationAndARealGrantOfTheSamePlanWaitForEachOtherWithoutDeadlock() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00"))));
        // the plan's grant comes last, so a simulation is long under way when it decides on the plan; a real grant
        // locks the plan, then the pool: a simulation that locked the pool first and the plan at its last change
        // would deadlock with it (PostgreSQL would fail one of them after a second)
        List<Map<String, Object>> changes = smallPlansAdded(19);
        changes.add(change("type", "GRANT", "planId", plan));

        // PostgreSQL breaks a deadlock by failing one side, and the consumer would retry a failed real grant: count
        // the consumer's retries (its warnings) to see whether any happened
        List<String> retries = new CopyOnWriteArrayList<>();
        Handler retryWarnings = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().contains("failed on attempt")) {
                    retries.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger consumerLog = Logger.getLogger(IdempotentConsumer.class.getName());
        consumerLog.addHandler(retryWarnings);
        List<String> outcomes;
        try {
            CompletableFuture<List<String>> simulations = CompletableFuture.supplyAsync(() -> {
                List<String> lastOutcomes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    lastOutcomes.add(simulate(pool, changes).then().statusCode(200).extract()
                            .path("changes[19].outcome"));
                }
                return lastOutcomes;
            });
            Fixtures.awaitProcessed(Fixtures.publish(Fixtures.granted(plan, round, org,
                    Fixtures.budget("1000000.00"))));
            outcomes = simulations.get(60, TimeUnit.SECONDS);
        } finally {
            consumerLog.removeHandler(retryWarnings);
        }

        assertEquals(List.of(), retries, "the real grant went through without a retry (no deadlock)");
        assertEquals(8, outcomes.size(), "every simulation answered");
        // before the real grant the simulated one is accepted; after it the plan is committed already
        assertTrue(outcomes.stream().allMatch(o -> o.equals("ACCEPTED") || o.equals("REFUSED")), outcomes.toString());
        assertEquals("COMMITTED", Fixtures.state(plan));
        assertEquals(1, Sql.count("select count(*) from ledger_entry where plan_id = ? and kind = 'COMMITMENT'"
                + " and source = 'MUNICIPALITY' and year = 2012", plan), "the real grant booked once");
        as(Tokens.kommune()).get("/v1/pools/" + pool + "/proof").then().statusCode(200).body("verified", is(true));
    }

    @Test
    void badChangesAreProblemsAndOnlyTheMunicipalitySimulates() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        UUID other = Fixtures.committedPlan(Fixtures.newRound("1000000000.00")).id();
        List<Long> before = footprint(round);

        as(Tokens.kommune()).body(Map.of("changes", List.of())).post("/v1/pools/" + pool + "/simulations").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("changes"));
        simulate(pool, List.of(change("type", "GRANT"), change("type", "MOVE_MUNICIPAL", "planId", other,
                "fromYear", 2012, "toYear", 2012, "amount", Fixtures.money("-1.00")),
                change("type", "ADD_PLAN"), change("type", "SET_YEAR_CAPACITY", "year", 1999)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("changes[0].planId", "changes[1].toYear", "changes[1].amount.amount",
                        "changes[2].budget", "changes[3].year", "changes[3].capacity"));
        simulate(pool, List.of(change("type", "RECOUNT"))).then().statusCode(400)
                .contentType("application/problem+json");
        simulate(UUID.randomUUID().toString(), List.of(change("type", "SET_CAPACITY", "capacity",
                Fixtures.money("1.00")))).then().statusCode(404).contentType("application/problem+json");
        simulate(pool, List.of(change("type", "WITHDRAW", "planId", UUID.randomUUID()))).then().statusCode(404)
                .contentType("application/problem+json");
        simulate(pool, List.of(change("type", "WITHDRAW", "planId", other))).then().statusCode(422)
                .contentType("application/problem+json");
        for (String token : List.of(Tokens.lbf(), Tokens.revisor(), Tokens.reader(),
                Tokens.boligorganisation(UUID.randomUUID()))) {
            as(token).body(Map.of("changes", List.of(change("type", "SET_CAPACITY", "capacity",
                    Fixtures.money("1.00"))))).post("/v1/pools/" + pool + "/simulations").then().statusCode(403);
        }
        assertEquals(before, footprint(round));
    }
}
