package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.evaluation.application.FrameworkLifecycle;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.testkit.SentStatements;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * What the hot paths cost in SQL statements prepared by Hibernate (the kits' own JDBC statements, such as the
 * outbox and audit inserts, are not counted): a framework with data in every part must not cost a query per
 * indicator, period or target (N+1), and the reaction to plan.granted must stay a handful of batched statements.
 */
@QuarkusTest
class QueryCostTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    FrameworkLifecycle lifecycle;

    @Test
    void aFrameworkWithDataInEveryPartCostsTheSameFewQueries() {
        Api.TestPlan plan = Api.grantedPlan(List.of("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "SUNDHED"));
        for (UUID indicator : List.of(Api.YOUTH_IN_CLUBS, Api.VANDALISM_COSTS)) {
            Api.setBaseline(plan.id(), indicator, "40.00");
            Api.setTarget(plan.id(), indicator, 2012, "30.00");
            Api.setTarget(plan.id(), indicator, 2013, "50.00");
            Api.review(plan.id(), indicator, Api.reported(plan.id(), indicator, 2012, "35.00"), "APPROVED", null)
                    .then().statusCode(200);
        }
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/lock").then().statusCode(200);

        // sent as the driver counts them: the framework read bypasses Hibernate (docs/decisions.md, Speed)
        long framework = SentStatements.of(() -> as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework")
                .then().statusCode(200));
        long missing = SentStatements.of(() -> as(Tokens.reader()).get("/v1/plans/" + UUID.randomUUID() + "/framework")
                .then().statusCode(404));
        // the theme report: the round's version, and the report itself only when the version moved since (V13)
        Runnable themeReport = () -> as(Tokens.kommune()).queryParam("roundId", "2011-14")
                .get("/v1/reports/themes").then().statusCode(200);
        Runnable ownThemeReport = () -> as(Tokens.boligorganisation(plan.organisationId()))
                .queryParam("roundId", "2011-14").get("/v1/reports/themes").then().statusCode(200);
        long themes = SentStatements.of(themeReport);
        long themesAgain = SentStatements.of(themeReport);
        long ownThemes = SentStatements.of(ownThemeReport);
        long ownThemesAgain = SentStatements.of(ownThemeReport);

        System.out.printf("statements: GET framework = %d, GET framework (none) = %d, GET themes = %d then %d,"
                + " GET themes (one organisation) = %d then %d%n", framework, missing, themes, themesAgain, ownThemes,
                ownThemesAgain);
        assertEquals(1, framework, "the framework is its kept document, one row");
        assertEquals(1, missing, "a missing framework is one look-up");
        // made again: the version and the report, and on a connection's first report the driver's look-up of the
        // result's columns (pg_attribute), which Hibernate asks for and the driver then keeps for that connection
        assertTrue(themes <= 3, "the theme report took " + themes + " statements");
        assertEquals(1, themesAgain, "an unchanged round's theme report is its version, one row");
        assertTrue(ownThemes <= 2, "an organisation's theme report took " + ownThemes + " statements");
        assertEquals(1, ownThemesAgain, "an unchanged round's theme report of an organisation is its version, one row");
    }

    @Test
    void theReactionToAGrantIsAFewBatchedStatements() {
        PlanGrantedV1 grant = Api.granted(UUID.randomUUID(), UUID.randomUUID(),
                List.of("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "SUNDHED", "INTEGRATION"));
        long created = statementsOf(() -> QuarkusTransaction.requiringNew()
                .run(() -> lifecycle.createFramework(grant, UUID.randomUUID().toString())));
        long again = statementsOf(() -> QuarkusTransaction.requiringNew()
                .run(() -> lifecycle.createFramework(grant, UUID.randomUUID().toString())));

        System.out.printf("statements: createFramework = %d, createFramework again = %d%n", created, again);
        // the framework's existence, the catalogue, the round's due rule (issue 14), then one batch per table:
        // framework, periods, plan indicators, view and theme progress
        assertTrue(created <= 8, "createFramework took " + created + " statements");
        assertTrue(again <= 1, "a repeated grant took " + again + " statements");
    }

    private long statementsOf(Runnable work) {
        sessionFactory.getStatistics().clear();
        work.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
