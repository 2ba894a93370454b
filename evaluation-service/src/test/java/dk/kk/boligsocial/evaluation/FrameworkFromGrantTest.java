package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** plan.granted.v1 on the topic becomes the plan's evaluation framework, announced once. */
@QuarkusTest
class FrameworkFromGrantTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGrantedPlanGetsTheCatalogueIndicatorsOfItsThemesAndOnePeriodPerYear() throws Exception {
        Api.TestPlan plan = Api.grantedPlan();

        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then().statusCode(200)
                .body("roundId", is("2011-14"))
                .body("housingOrganisationId", is(plan.organisationId().toString()))
                .body("status", is("ACTIVE"))
                .body("themes", contains("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"))
                .body("periods.year", contains(2012, 2013, 2014, 2015))
                .body("periods[0].startsOn", is("2012-01-01"))
                .body("periods[3].endsOn", is("2015-12-31"))
                .body("periods.locked", everyItem(is(false)))
                .body("indicators.code", contains("YOUTH_IN_CLUBS", "YOUTH_LEISURE_JOBS", "PARENTS_IN_ACTIVITIES",
                        "RESIDENTS_FEELING_SAFE", "VANDALISM_COSTS", "ENVIRONMENT_AMBASSADORS", "REPORTED_CRIME",
                        "UNREST_INCIDENTS", "MAINTENANCE_COSTS"))
                .body("indicators.theme", everyItem(oneOf("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO")))
                .body("indicators[0].current.track", is("NO_DATA"));

        List<ConsumerRecord<String, String>> records = Api.EVALUATIONS.recordsWithKey(plan.id().toString(), 1,
                Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one framework-created event");
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("dk.kk.boligsocial.evaluation.framework-created.v1", KafkaTopic.header(record, "ce_type"));
        assertEquals("1.0", KafkaTopic.header(record, "ce_specversion"));
        assertEquals("/evaluation-service", KafkaTopic.header(record, "ce_source"));
        assertEquals(plan.id().toString(), KafkaTopic.header(record, "ce_subject"));
        assertEquals("application/json", KafkaTopic.header(record, "content-type"));
        UUID.fromString(KafkaTopic.header(record, "ce_id"));
        assertNotNull(OffsetDateTime.parse(KafkaTopic.header(record, "ce_time")));
        EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());

        JsonNode payload = JSON.readTree(record.value());
        assertEquals(plan.id().toString(), payload.get("planId").asText());
        assertEquals("2011-14", payload.get("roundId").asText());
        assertEquals(plan.organisationId().toString(), payload.get("housingOrganisationId").asText());
        assertEquals(4, payload.get("periods").size());
        assertEquals(9, payload.get("indicators").size());
        assertEquals("VANDALISM_COSTS", payload.get("indicators").get(4).get("code").asText());
        assertEquals("LOWER_IS_BETTER", payload.get("indicators").get(4).get("direction").asText());
    }

    @Test
    void theSameGrantTwiceMakesOneFrameworkAndOneEvent() {
        Api.TestPlan plan = new Api.TestPlan(UUID.randomUUID(), UUID.randomUUID());
        PlanGrantedV1 grant = Api.granted(plan.id(), plan.organisationId(), List.of("SUNDHED"));
        String ceId = Api.publishGranted(grant);
        Api.publishGranted(grant, ceId);
        // the same grant again under a new ce_id (e.g. republished by hand): still one framework
        String republished = Api.publishGranted(grant);
        // one key, one partition: once the last record is processed, so are the ones before it
        Await.until(Duration.ofSeconds(30), () -> Sql.count(
                "select count(*) from processed_event where consumer = 'evaluation-service' and event_id = ?", republished) == 1);

        assertEquals(1, Sql.count("select count(*) from processed_event where event_id = ?", ceId));
        assertEquals(1, Sql.count("select count(*) from framework where plan_id = ?", plan.id()));
        assertEquals(2, Sql.count("select count(*) from plan_indicator where plan_id = ?", plan.id()));
        assertEquals(4, Sql.count("select count(*) from reporting_period where plan_id = ?", plan.id()));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'framework.created' and resource_id = ?",
                plan.id().toString()));
        assertEquals(1, Api.EVALUATIONS.recordsWithKey(plan.id().toString(), 1, Duration.ofSeconds(30)).size());
    }
}
