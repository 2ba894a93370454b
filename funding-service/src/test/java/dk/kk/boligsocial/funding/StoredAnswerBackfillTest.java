package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.funding.application.PlanFundingViewBackfill;
import dk.kk.boligsocial.funding.messaging.PlanEventsHandler;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.testkit.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A plan whose stored answer is missing (funding knew it before answers were kept) is answered from the tables with
 * the same body, and the backfill writes its stored answer.
 */
@QuarkusTest
class StoredAnswerBackfillTest {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PlanEventsHandler handler;

    @Inject
    PlanFundingViewBackfill backfill;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPlanWithoutStoredAnswerIsAnsweredFromTheTablesAndGetsOneFromTheBackfill() throws SQLException {
        String round = Fixtures.newRound("100000000.00", 2012, "50000000.00", 2013, "50000000.00");
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        react(Fixtures.prequalified(plan, round, org, Fixtures.budget("1000000.00")));
        react(Fixtures.granted(plan, round, org, Fixtures.budget("1000000.00")));
        String stored = funding(plan);

        execute("DELETE FROM plan_funding_view WHERE plan_id = ?", plan);
        assertEquals(0, storedAnswers(plan));
        assertEquals(stored, funding(plan), "answered from the tables, the same body");

        assertTrue(backfill.writeMissing() >= 1);
        assertEquals(1, storedAnswers(plan));
        assertEquals(stored, funding(plan), "answered from the stored row again");
    }

    private String funding(UUID plan) {
        return as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200).extract().asString();
    }

    private void react(PlanEvent event) {
        IncomingEvent incoming = new IncomingEvent(UUID.randomUUID().toString(),
                EventType.ofPayloadType(event.getClass()).type(), "/plans-service", event.planId().toString(),
                OffsetDateTime.now(), null, Fixtures.json(event));
        assertTrue(consumer.handleOnce(PlanEventsHandler.CONSUMER, incoming, handler.routes()));
    }

    private void execute(String sql, UUID plan) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, plan);
            statement.executeUpdate();
        }
    }

    private int storedAnswers(UUID plan) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM plan_funding_view WHERE plan_id = ?")) {
            statement.setObject(1, plan);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
