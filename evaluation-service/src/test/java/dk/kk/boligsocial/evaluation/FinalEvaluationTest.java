package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * plan.completed.v1 opens the final evaluation as due; submitting it announces evaluation.completed.v1. The theme
 * report sums up progress and latest ratings across plans.
 */
@QuarkusTest
class FinalEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFinalEvaluationIsOpenedOnCompletionAndItsSubmissionIsAnnounced() throws Exception {
        Api.TestPlan plan = Api.grantedPlan();
        String evaluations = "/v1/plans/" + plan.id() + "/evaluations";
        as(Tokens.evaluator()).body(Map.of("kind", "MIDTERM", "assessments", Api.assessments(Api.THEMES, 3)))
                .post(evaluations).then().statusCode(201).body("status", is("SUBMITTED"))
                .body("author", is("test-evaluator"));
        as(Tokens.evaluator()).body(Map.of("kind", "FINAL", "assessments", Api.assessments(Api.THEMES, 4)))
                .post(evaluations).then().statusCode(409);

        Api.publishCompleted(plan);
        Await.until(Duration.ofSeconds(30), () -> as(Tokens.reader()).queryParam("kind", "FINAL").get(evaluations)
                .then().extract().jsonPath().getList("items").size() == 1);
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then().body("status", is("COMPLETED"));
        String finalId = as(Tokens.reader()).queryParam("kind", "FINAL").get(evaluations).then()
                .body("items[0].status", is("DUE")).extract().path("items[0].id");
        // the completion again (e.g. republished by hand, so under a new ce_id): still one FINAL evaluation
        String again = Api.publishCompleted(plan);
        Await.until(Duration.ofSeconds(30), () -> Sql.count(
                "select count(*) from processed_event where consumer = 'evaluation-service' and event_id = ?", again) == 1);
        assertEquals(1, Sql.count("select count(*) from evaluation where plan_id = ? and kind = 'FINAL'", plan.id()));

        String path = evaluations + "/" + finalId;
        as(Tokens.evaluator()).body(Map.of("assessments", Api.assessments(Api.THEMES, 4)))
                .post(path + "/submission").then().statusCode(428);
        as(Tokens.evaluator()).header("If-Match", Api.etag(path))
                .body(Map.of("assessments", Api.assessments(List.of("BOERN_UNGE_FAMILIER"), 4)))
                .post(path + "/submission").then().statusCode(400).body("errors[0].field", is("assessments"));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path))
                .body(Map.of("assessments", List.of(
                        Map.of("theme", "BOERN_UNGE_FAMILIER", "rating", 4, "findings", "Flere unge i klubber."),
                        Map.of("theme", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "rating", 2, "findings", "Hærværket er uændret."))))
                .post(path + "/submission").then().statusCode(200)
                .body("status", is("SUBMITTED")).body("author", is("test-evaluator"))
                .body("assessments.rating", contains(4, 2));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path))
                .body(Map.of("assessments", Api.assessments(Api.THEMES, 5)))
                .post(path + "/submission").then().statusCode(409);

        List<ConsumerRecord<String, String>> records = Api.EVALUATIONS.recordsWithKey(plan.id().toString(), 2,
                Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.evaluation.framework-created.v1",
                        "dk.kk.boligsocial.evaluation.completed.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        ConsumerRecord<String, String> completed = records.get(1);
        assertEquals(plan.id().toString(), completed.key());
        assertEquals(plan.id().toString(), KafkaTopic.header(completed, "ce_subject"));
        assertEquals("/evaluation-service", KafkaTopic.header(completed, "ce_source"));
        assertEquals("application/json", KafkaTopic.header(completed, "content-type"));
        UUID.fromString(KafkaTopic.header(completed, "ce_id"));
        EventContract.assertValid(KafkaTopic.header(completed, "ce_type"), completed.value());
        JsonNode payload = JSON.readTree(completed.value());
        assertEquals(finalId, payload.get("evaluationId").asText());
        assertEquals("2011-14", payload.get("roundId").asText());
        assertEquals(plan.organisationId().toString(), payload.get("housingOrganisationId").asText());
        assertEquals(2, payload.get("assessments").get(1).get("rating").asInt());
        assertEquals("test-evaluator", payload.get("author").asText());

        as(Tokens.reader()).get(evaluations).then().body("items.kind", contains("MIDTERM", "FINAL"));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'evaluation.opened' and resource_id = ?",
                finalId));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'evaluation.submitted'"
                + " and actor = 'test-evaluator' and resource_id = ?", finalId));
    }

    @Test
    void theThemeReportCountsPlansTracksAverageProgressAndLatestRatings() {
        // two plans of one housing organisation, whose token scopes the report to exactly these two
        UUID organisation = UUID.randomUUID();
        Api.TestPlan ahead = Api.grantedPlan(organisation, List.of("SUNDHED"));
        Api.TestPlan behind = Api.grantedPlan(organisation, List.of("SUNDHED"));
        UUID health = Api.SELF_RATED_HEALTH;
        Api.setBaseline(ahead.id(), health, "2.50");
        Api.setTarget(ahead.id(), health, 2012, "3.50");
        Api.review(ahead.id(), health, Api.reported(ahead.id(), health, 2012, "3.75"), "APPROVED", null).then().statusCode(200);
        Api.setBaseline(behind.id(), health, "3.00");
        Api.setTarget(behind.id(), health, 2012, "4.00");
        Api.review(behind.id(), health, Api.reported(behind.id(), health, 2012, "3.25"), "APPROVED", null).then().statusCode(200);
        Api.review(behind.id(), health, Api.reported(behind.id(), health, 2012, "5.00"), "RETURNED", "Forkert skala.")
                .then().statusCode(200);
        String aheadEvaluations = "/v1/plans/" + ahead.id() + "/evaluations";
        as(Tokens.kommune()).body(Map.of("kind", "BASELINE", "assessments", Api.assessments(List.of("SUNDHED"), 5)))
                .post(aheadEvaluations).then().statusCode(201);
        // the later MIDTERM replaces the BASELINE as the plan's latest rating
        as(Tokens.evaluator()).body(Map.of("kind", "MIDTERM", "assessments", Api.assessments(List.of("SUNDHED"), 2)))
                .post(aheadEvaluations).then().statusCode(201);
        as(Tokens.kommune()).body(Map.of("kind", "BASELINE", "assessments", Api.assessments(List.of("SUNDHED"), 3)))
                .post("/v1/plans/" + behind.id() + "/evaluations").then().statusCode(201);

        as(Tokens.boligorganisation(organisation)).queryParam("roundId", "2011-14").get("/v1/reports/themes").then()
                .statusCode(200)
                .body("themes.theme", contains("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO",
                        "BESKAEFTIGELSE_OG_UDDANNELSE", "SUNDHED", "INTEGRATION"))
                .body("themes[3].plans", is(2))
                // SELF_RATED_HEALTH and HEALTH_ACTIVITY_PARTICIPANTS of each plan
                .body("themes[3].indicators", is(4))
                .body("themes[3].onTrack", is(1))
                .body("themes[3].offTrack", is(1))
                .body("themes[3].noData", is(2))
                // ((3.75 - 2.50) / (3.50 - 2.50) + (3.25 - 3.00) / (4.00 - 3.00)) / 2 = (1.25 + 0.25) / 2; the returned 5.00 does not count
                .body("themes[3].averageProgress", is(0.75f))
                .body("themes[3].latestEvaluations.evaluations", is(2))
                .body("themes[3].latestEvaluations.averageRating", is(2.5f))
                .body("themes[3].latestEvaluations.distribution.count", contains(0, 1, 1, 0, 0))
                .body("themes[0].plans", is(0))
                .body("themes[0].averageProgress", nullValue());
        as(Tokens.reader()).queryParam("roundId", "2011-14").get("/v1/reports/themes").then().statusCode(200);
        as(Tokens.reader()).get("/v1/reports/themes").then().statusCode(400).body("errors[0].field", is("roundId"));
        as(Tokens.reader()).queryParam("roundId", "1999-02").get("/v1/reports/themes").then().statusCode(400)
                .body("errors[0].field", is("roundId"));
    }
}
