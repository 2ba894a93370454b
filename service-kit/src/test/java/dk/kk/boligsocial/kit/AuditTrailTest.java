package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.web.CorrelationId;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AuditTrailTest {

    @Inject
    AuditTrail audit;

    @Test
    void theKitMigrationCreatesTheTableInTheServicesSchema() {
        assertEquals(1, Sql.count("select count(*) from information_schema.tables where table_schema = 'kit_test' and table_name = 'audit_record'"));
        assertEquals(0, Sql.count("select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'audit_record'"));
    }

    @Test
    void aMutationWritesAnAuditRecordWithActorVersionAndCorrelationId() {
        String resourceId = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.kommune()).header("X-Correlation-Id", "audit-" + resourceId)
                .when().post("/v1/probes/audited?resourceId=" + resourceId)
                .then().statusCode(204);

        assertEquals(1, Sql.count("""
                select count(*) from audit_record
                where resource_id = ? and actor = 'test-kommune' and organisation_id is null and action = 'probe.audited'
                  and resource_type = 'probe' and resource_version = 7 and correlation_id = ? and recorded_at > now() - interval '1 minute'""",
                resourceId, "audit-" + resourceId));
    }

    @Test
    void theCallersOrganisationIsRecorded() {
        UUID organisation = UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.boligorganisation(organisation)).contentType(ContentType.JSON).body(ProbeBodies.valid())
                .when().post("/v1/probes")
                .then().statusCode(201).extract().path("id");

        assertEquals(1, Sql.count("select count(*) from audit_record where resource_id = ? and organisation_id = ? and action = 'probe.created'",
                id, organisation));
    }

    @Test
    void theAuditRecordRollsBackWithTheMutation() {
        String resourceId = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.kommune())
                .when().post("/v1/probes/audited?fail=true&resourceId=" + resourceId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://boligsocial.kk.dk/problems/conflict"))
                .body("detail", equalTo("probe is not in a state that allows this"))
                .body("currentStatus", equalTo("GRANTED"))
                .body("allowedDecisions", contains("activation"));

        assertEquals(0, Sql.count("select count(*) from audit_record where resource_id = ?", resourceId));
    }

    @Test
    void auditingOutsideATransactionIsRefused() {
        long before = Sql.count("select count(*) from audit_record where resource_id = 'x'");
        given().auth().oauth2(Tokens.kommune())
                .when().post("/v1/probes/audited-without-transaction")
                .then().statusCode(500)
                .contentType("application/problem+json");
        assertEquals(before, Sql.count("select count(*) from audit_record where resource_id = 'x'"));
        assertThrows(TransactionalException.class, () -> audit.record("probe.lost", "probe", "lost", 1));
        assertEquals(0, Sql.count("select count(*) from audit_record where resource_id = 'lost'"));
    }

    @Test
    void withoutAnAuthenticatedCallerTheActorIsTheSystem() {
        String resourceId = UUID.randomUUID().toString();
        MDC.put(CorrelationId.MDC_KEY, "event-" + resourceId);
        try {
            QuarkusTransaction.requiringNew().run(() -> audit.record("probe.reacted", "probe", resourceId, 2));
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
        assertEquals(1, Sql.count("select count(*) from audit_record where resource_id = ? and actor = 'system' and correlation_id = ?",
                resourceId, "event-" + resourceId));
    }

    @Test
    void anExplicitActorIsRecordedAsGiven() {
        String resourceId = UUID.randomUUID().toString();
        UUID organisation = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                audit.recordAs("funding-service", organisation, "evt-1", "funding.reserved", "reservation", resourceId, 1));
        assertEquals(1, Sql.count("""
                select count(*) from audit_record where resource_id = ? and actor = 'funding-service' and organisation_id = ?
                  and correlation_id = 'evt-1' and action = 'funding.reserved'""", resourceId, organisation));
    }

    /** A reaction's record names the event it reacted to and the event it published (issue 10). */
    @Test
    void aReactionNamesTheEventItReactedToAndTheEventItPublished() {
        String resourceId = UUID.randomUUID().toString();
        UUID published = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                audit.recordReaction("evt-" + resourceId, "probe.reserved", "probe", resourceId, 1, published));
        assertEquals(1, Sql.count("""
                select count(*) from audit_record where resource_id = ? and actor = 'system' and cause_event_id = ?
                  and correlation_id = ? and published_event_id = ?""",
                resourceId, "evt-" + resourceId, "evt-" + resourceId, published));
    }

    @Test
    void aMutationThatPublishedNamesItsEvent() {
        String resourceId = UUID.randomUUID().toString();
        UUID published = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> audit.record("probe.disbursed", "probe", resourceId, 3, published));
        assertEquals(1, Sql.count("""
                select count(*) from audit_record where resource_id = ? and published_event_id = ? and cause_event_id is null""",
                resourceId, published));
    }
}
