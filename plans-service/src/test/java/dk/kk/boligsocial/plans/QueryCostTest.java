package dk.kk.boligsocial.plans;

import static dk.kk.boligsocial.plans.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.SentStatements;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * What the endpoints cost in SQL statements: a plan read is one statement, a page of plans one query (no N+1), as the
 * PostgreSQL driver sends them; writes as Hibernate counts them.
 */
@QuarkusTest
class QueryCostTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfPlansCostsTheSameFewQueriesHoweverManyPlansItHolds() {
        UUID organisation = Api.createOrganisation();
        UUID area = Api.createArea(organisation);
        for (int i = 0; i < 30; i++) {
            as(Tokens.kommune()).body(Api.planBody(organisation, area)).post("/v1/plans").then().statusCode(201);
        }
        long listQueries = sentStatementsOf(() -> as(Tokens.reader())
                .queryParam("housingOrganisationId", organisation).queryParam("limit", 30)
                .get("/v1/plans").then().statusCode(200).body("items.size()", is(30)));
        String planId = as(Tokens.reader()).queryParam("housingOrganisationId", organisation).queryParam("limit", 1)
                .get("/v1/plans").then().extract().path("items[0].id");
        long getQueries = sentStatementsOf(() -> as(Tokens.reader()).get("/v1/plans/" + planId).then().statusCode(200));

        System.out.printf("queries: GET /v1/plans (30 plans) = %d, GET /v1/plans/{id} = %d%n", listQueries, getQueries);
        // counted as the driver sends them (the reads bypass Hibernate): a plan is one row, its answer kept ready in it;
        // a page is one query of those rows, whatever the page holds
        assertEquals(1, listQueries, "list of 30 plans");
        assertEquals(1, getQueries, "one plan");
    }

    /**
     * Writes, counted as Hibernate counts them: the kit's audit record and the outbox row are written with plain JDBC
     * and come on top (one insert each; the outbox also takes its per-aggregate advisory lock).
     */
    @Test
    void creatingAPlanCostsSixStatementsAndADecisionFour() {
        UUID organisation = Api.createOrganisation();
        UUID area = Api.createArea(organisation);
        as(Tokens.kommune()).body(Api.planBody(organisation, area)).post("/v1/plans").then().statusCode(201);

        long create = statementsOf(() -> as(Tokens.kommune()).body(Api.planBody(organisation, area)).post("/v1/plans")
                .then().statusCode(201));
        String planId = as(Tokens.reader()).queryParam("housingOrganisationId", organisation).queryParam("limit", 1)
                .get("/v1/plans").then().extract().path("items[0].id");
        long submit = statementsOf(() -> as(Tokens.kommune()).header("If-Match", "\"0\"")
                .body(java.util.Map.of("recommendation", "Anbefales.")).post("/v1/plans/" + planId + "/submission")
                .then().statusCode(200));

        System.out.printf("statements: POST /v1/plans = %d, POST /v1/plans/{id}/submission = %d%n", create, submit);
        // organisation, areas, the round with its themes (one join: rounds can be revised now, so they are no longer
        // in the second-level cache, which would serve a revised round late on the other instances) and its row's share
        // lock (a concurrent revision cannot drop a theme the plan picks); plan, history entry
        assertEquals(6, create, "creating a plan");
        // plan row locked, its round read for the effective date (no longer cached, see above); plan updated, history entry
        assertEquals(4, submit, "a submission");
    }

    private long statementsOf(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static long sentStatementsOf(Runnable request) {
        return SentStatements.of(request);
    }
}
