package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.funding.messaging.PlanEventsHandler;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.testkit.SentStatements;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * What a read and a reaction cost in SQL statements (Hibernate's; the libraries add their own fixed few to a
 * reaction: the processed-event row, the audit row, the outbox lock and row). A plan's funding is one stored row,
 * the round report one query over running sums (none while the round has not changed), and a reaction's cost does
 * not grow with the pool or the plan.
 * Each figure is the least of three runs: the consumer of other tests' events may run Hibernate statements at the
 * same moment, and those are counted too.
 */
@QuarkusTest
class QueryCostTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PlanEventsHandler handler;

    @Test
    void aPlansFundingIsOneStatementTheReportOneAndAReactionAFew() {
        String round = Fixtures.newRound("100000000.00", 2012, "50000000.00", 2013, "50000000.00");
        long reserve = Long.MAX_VALUE;
        long commit = Long.MAX_VALUE;
        long read = Long.MAX_VALUE;
        long report = Long.MAX_VALUE;
        long reportAgain = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            UUID plan = UUID.randomUUID();
            UUID org = UUID.randomUUID();
            reserve = Math.min(reserve, statementsOf(() -> react(
                    Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00")))));
            commit = Math.min(commit, statementsOf(() -> react(
                    Fixtures.granted(plan, round, org, Fixtures.budget("1000000.00")))));
            // sent as the driver counts them: the read bypasses Hibernate (docs/decisions.md, Speed)
            read = Math.min(read, SentStatements.of(
                    () -> as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200)));
            // the round changed (the plan's money): its version, then the report's query
            report = Math.min(report, SentStatements.of(
                    () -> as(Tokens.reader()).get("/v1/reports/rounds/" + round).then().statusCode(200)));
            // unchanged since: its version only, and the report made just before
            reportAgain = Math.min(reportAgain, SentStatements.of(
                    () -> as(Tokens.reader()).get("/v1/reports/rounds/" + round).then().statusCode(200)));
        }

        long unknown = SentStatements.of(
                () -> as(Tokens.kommune()).get("/v1/plans/" + UUID.randomUUID() + "/funding").then().statusCode(404));

        System.out.printf("statements: GET funding = %d (of a plan funding does not know: %d), GET round report = %d"
                + " (again, unchanged: %d), reserve = %d, commit = %d%n", read, unknown, report, reportAgain, reserve,
                commit);
        assertEquals(1, read, "a plan's funding is its stored answer, one row");
        assertEquals(1, unknown, "a plan funding does not know (yet) is the same one look-up: every poll before a"
                + " reaction asks for one");
        assertEquals(2, report, "the round report of a changed round is its version and one query over the running"
                + " sums");
        assertEquals(1, reportAgain, "the round report of an unchanged round is its version: the report is kept");
        // find the plan; the pool under its lock, its years, the rules, its holdings; insert the plan, the ledger
        // entries (one batch) and the answer; the round's chain head for the event (issue 15: the database chains the
        // entries as they are inserted, so the head is read back once)
        assertTrue(reserve <= 9, "a reservation took " + reserve + " statements");
        // the same, with the plan's history instead of the look-up, and its update instead of its insert
        assertTrue(commit <= 10, "a commitment took " + commit + " statements");
    }

    @Test
    void aSimulationLocksThePlansItNamesOnceAndItsPoolOnce() {
        String round = Fixtures.newRound("100000000.00", 2012, "50000000.00", 2013, "50000000.00");
        String pool = as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().statusCode(200).extract()
                .path("items[0].id");
        List<Map<String, Object>> grants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID plan = UUID.randomUUID();
            assertTrue(react(Fixtures.prequalified(plan, round, UUID.randomUUID(), Fixtures.budget("1000000.00"))));
            grants.add(Map.of("type", "GRANT", "planId", plan));
        }
        long one = Long.MAX_VALUE;
        long five = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            one = Math.min(one, SentStatements.of(() -> simulate(pool, grants.subList(0, 1))));
            five = Math.min(five, SentStatements.of(() -> simulate(pool, grants)));
        }
        System.out.printf("statements: simulation of one grant = %d, of five = %d%n", one, five);
        // each further grant: the plan's ledger history, the pool's holdings, its entries (one batch) and the plan's
        // update; its plan was locked with the others at the start, and the pool stays locked (no statement for either)
        assertTrue(five - one <= 4 * 4, "four more grants took " + (five - one) + " more statements");
    }

    private static void simulate(String pool, List<Map<String, Object>> changes) {
        as(Tokens.kommune()).body(Map.of("changes", changes)).post("/v1/pools/" + pool + "/simulations").then()
                .statusCode(200).body("changes.outcome", everyItem(is("ACCEPTED")));
    }

    private boolean react(PlanEvent event) {
        IncomingEvent incoming = new IncomingEvent(UUID.randomUUID().toString(),
                EventType.ofPayloadType(event.getClass()).type(), "/plans-service", event.planId().toString(),
                OffsetDateTime.now(), null, Fixtures.json(event));
        return consumer.handleOnce(PlanEventsHandler.CONSUMER, incoming, handler.routes());
    }

    private long statementsOf(Supplier<Boolean> work) {
        sessionFactory.getStatistics().clear();
        assertTrue(work.get(), "the work was done");
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
