package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The measurement workflow (issue 14): DRAFT → REPORTED → APPROVED, or RETURNED → corrected and REPORTED again; four
 * eyes on approval; an assigned reporter; a comments thread; every step audited and approvals announced.
 */
@QuarkusTest
class MeasurementWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDraftIsReportedReturnedCorrectedReportedAgainAndApprovedWithTheApprovalAnnounced() throws Exception {
        Api.TestPlan plan = Api.grantedPlan();
        UUID clubs = Api.YOUTH_IN_CLUBS;
        Api.setBaseline(plan.id(), clubs, "40.00");
        Api.setTarget(plan.id(), clubs, 2013, "60.00");
        String id = Api.drafted(plan.id(), clubs, 2013, "44.00", Tokens.evaluator());
        String path = Api.measurementPath(plan.id(), clubs, id);
        as(Tokens.reader()).get(path).then().statusCode(200).body("status", is("DRAFT"))
                .body("createdBy", is("test-evaluator")).body("reportedBy", nullValue()).body("reportedAt", nullValue());
        // a draft is the reporter's own: not for review yet
        Api.review(plan.id(), clubs, id, "APPROVED", null).then().statusCode(409).body("currentStatus", is("DRAFT"));

        as(Tokens.evaluator()).header("If-Match", Api.etag(path))
                .body(Map.of("value", new BigDecimal("45.00"), "note", "Klubtælling oktober")).put(path).then()
                .statusCode(200).body("status", is("DRAFT")).body("value", is(45.0f)).body("note", is("Klubtælling oktober"));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path)).post(path + "/submission").then().statusCode(200)
                .body("status", is("REPORTED")).body("reportedBy", is("test-evaluator"));
        // once reported it is the municipality's to review, no longer the reporter's to change
        as(Tokens.evaluator()).header("If-Match", Api.etag(path)).body(Map.of("value", new BigDecimal("50.00")))
                .put(path).then().statusCode(409).body("currentStatus", is("REPORTED"));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path)).post(path + "/submission").then().statusCode(409);

        Api.review(plan.id(), clubs, id, "RETURNED", "Afdeling 3 mangler.").then().statusCode(200)
                .body("status", is("RETURNED"));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path))
                .body(Map.of("value", new BigDecimal("48.00"), "note", "Med afdeling 3")).put(path).then()
                .statusCode(200).body("status", is("RETURNED")).body("value", is(48.0f));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path)).post(path + "/submission").then().statusCode(200)
                .body("status", is("REPORTED")).body("reviewComment", is("Afdeling 3 mangler."))
                .body("reviewedBy", is("test-kommune"));
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then()
                .body("indicators[0].current.track", is("NO_DATA"));

        Api.review(plan.id(), clubs, id, "APPROVED", null).then().statusCode(200).body("status", is("APPROVED"))
                .body("value", is(48.0f)).body("reviewedBy", is("test-kommune"));
        // (48 - 40) / (60 - 40) = 0.4: the corrected value counts
        as(Tokens.reader()).get(Api.indicatorPath(plan.id(), clubs)).then().body("current.actual", is(48.0f))
                .body("current.progress", is(0.4f));
        as(Tokens.evaluator()).header("If-Match", Api.etag(path)).body(Map.of("value", new BigDecimal("1.00")))
                .put(path).then().statusCode(409);

        List<ConsumerRecord<String, String>> records = Api.EVALUATIONS.recordsWithKey(plan.id().toString(), 2,
                Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.evaluation.framework-created.v1",
                "dk.kk.boligsocial.evaluation.measurement-approved.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        ConsumerRecord<String, String> approved = records.get(1);
        assertEquals(plan.id().toString(), KafkaTopic.header(approved, "ce_subject"));
        EventContract.assertValid(KafkaTopic.header(approved, "ce_type"), approved.value());
        JsonNode payload = JSON.readTree(approved.value());
        assertEquals(id, payload.get("measurementId").asText());
        assertEquals("YOUTH_IN_CLUBS", payload.get("indicatorCode").asText());
        assertEquals("PERCENT", payload.get("unit").asText());
        assertEquals(2013, payload.get("year").asInt());
        assertEquals(0, new BigDecimal("48.00").compareTo(payload.get("value").decimalValue()));
        assertEquals("test-evaluator", payload.get("reportedBy").asText());
        assertEquals("test-kommune", payload.get("approvedBy").asText());
        assertEquals(plan.organisationId().toString(), payload.get("housingOrganisationId").asText());

        Map<String, Long> steps = new HashMap<>();
        for (String action : List.of("measurement.drafted", "measurement.corrected", "measurement.reported",
                "measurement.returned", "measurement.approved")) {
            steps.put(action, Sql.count("select count(*) from audit_record where action = ? and resource_id = ?",
                    action, id));
        }
        assertEquals(Map.of("measurement.drafted", 1L, "measurement.corrected", 2L, "measurement.reported", 2L,
                "measurement.returned", 1L, "measurement.approved", 1L), steps);
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'measurement.approved'"
                + " and resource_id = ? and published_event_id::text = ?", id, KafkaTopic.header(approved, "ce_id")));
    }

    @Test
    void whoCreatedOrReportedAValueMayNotApproveItButAnotherCaseworkerMay() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID jobs = Api.YOUTH_LEISURE_JOBS;
        String first = Api.kommune("kommune-sagsbehandler-1");
        String second = Api.kommune("kommune-sagsbehandler-2");
        String id = Api.report(plan.id(), jobs, 2012, "12", first).then().statusCode(201)
                .body("status", is("REPORTED")).body("reportedBy", is("kommune-sagsbehandler-1")).extract().path("id");

        Api.review(plan.id(), jobs, id, "APPROVED", null, first).then().statusCode(409)
                .contentType("application/problem+json").body("rule", is("four-eyes"))
                .body("reportedBy", is("kommune-sagsbehandler-1"));
        as(Tokens.reader()).get(Api.measurementPath(plan.id(), jobs, id)).then().body("status", is("REPORTED"))
                .body("reviewedBy", nullValue());
        assertEquals(0, Sql.count("select count(*) from audit_record where action = 'measurement.approved'"
                + " and resource_id = ?", id));

        // a draft started by one and reported by another: neither may approve it
        String shared = Api.drafted(plan.id(), jobs, 2013, "14", second);
        String sharedPath = Api.measurementPath(plan.id(), jobs, shared);
        as(first).header("If-Match", Api.etag(sharedPath)).post(sharedPath + "/submission").then().statusCode(200)
                .body("createdBy", is("kommune-sagsbehandler-2")).body("reportedBy", is("kommune-sagsbehandler-1"));
        Api.review(plan.id(), jobs, shared, "APPROVED", null, second).then().statusCode(409).body("rule", is("four-eyes"));
        Api.review(plan.id(), jobs, shared, "APPROVED", null, first).then().statusCode(409).body("rule", is("four-eyes"));

        Api.review(plan.id(), jobs, id, "APPROVED", null, second).then().statusCode(200)
                .body("status", is("APPROVED")).body("reviewedBy", is("kommune-sagsbehandler-2"));
        Api.review(plan.id(), jobs, shared, "APPROVED", null, Tokens.kommune()).then().statusCode(200);
    }

    @Test
    void onceAReporterIsAssignedOnlyTheyAndTheMunicipalityReportTheIndicator() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID vandalism = Api.VANDALISM_COSTS;
        String indicator = Api.indicatorPath(plan.id(), vandalism);
        String assigned = Tokens.token("evaluator-cbu", java.util.Set.of(Tokens.EVALUATOR), null);
        String own = Tokens.boligorganisation(plan.organisationId());
        String draft = Api.drafted(plan.id(), vandalism, 2012, "100000", Tokens.evaluator());

        as(Tokens.evaluator()).header("If-Match", Api.etag(indicator)).body(Map.of("reporter", "evaluator-cbu"))
                .put(indicator + "/reporter").then().statusCode(403);
        as(Tokens.kommune()).body(Map.of("reporter", "evaluator-cbu")).put(indicator + "/reporter").then().statusCode(428);
        as(Tokens.kommune()).header("If-Match", Api.etag(indicator)).body(Map.of("reporter", " "))
                .put(indicator + "/reporter").then().statusCode(400).body("errors[0].field", is("reporter"));
        as(Tokens.kommune()).header("If-Match", Api.etag(indicator)).body(Map.of("reporter", "evaluator-cbu"))
                .put(indicator + "/reporter").then().statusCode(200).body("reporter", is("evaluator-cbu"));
        as(Tokens.reader()).get("/v1/plans/" + plan.id() + "/framework").then()
                .body("indicators.find { it.code == 'VANDALISM_COSTS' }.reporter", is("evaluator-cbu"));
        long before = Sql.count("select count(*) from measurement where plan_id = ?", plan.id());

        Api.report(plan.id(), vandalism, 2012, "90000", Tokens.evaluator()).then().statusCode(403)
                .contentType("application/problem+json").body("rule", is("assigned-reporter"))
                .body("reporter", is("evaluator-cbu"));
        Api.report(plan.id(), vandalism, 2012, "90000", own).then().statusCode(403).body("rule", is("assigned-reporter"));
        String draftPath = Api.measurementPath(plan.id(), vandalism, draft);
        as(Tokens.evaluator()).header("If-Match", Api.etag(draftPath)).post(draftPath + "/submission").then()
                .statusCode(403);
        assertEquals(before, Sql.count("select count(*) from measurement where plan_id = ?", plan.id()));
        as(Tokens.reader()).get(draftPath).then().body("status", is("DRAFT"));

        Api.report(plan.id(), vandalism, 2012, "90000", assigned).then().statusCode(201).body("reportedBy", is("evaluator-cbu"));
        Api.report(plan.id(), vandalism, 2012, "91000", Tokens.kommune()).then().statusCode(201);
        as(assigned).header("If-Match", Api.etag(draftPath)).post(draftPath + "/submission").then().statusCode(200);
        // the other indicators of the plan keep anyone who may report
        Api.report(plan.id(), Api.YOUTH_IN_CLUBS, 2012, "30", own).then().statusCode(201);

        Map<String, Object> clear = new HashMap<>();
        clear.put("reporter", null);
        as(Tokens.kommune()).header("If-Match", Api.etag(indicator)).body(clear).put(indicator + "/reporter").then()
                .statusCode(200).body("reporter", nullValue());
        Api.report(plan.id(), vandalism, 2012, "92000", Tokens.evaluator()).then().statusCode(201);
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'indicator.reporter-assigned'"
                + " and actor = 'test-kommune' and resource_id in (select id::text from plan_indicator where plan_id = ?)",
                plan.id()));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'indicator.reporter-cleared'"
                + " and resource_id in (select id::text from plan_indicator where plan_id = ?)", plan.id()));
    }

    @Test
    void aMeasurementHasACommentsThreadOldestFirst() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID clubs = Api.YOUTH_IN_CLUBS;
        String id = Api.reported(plan.id(), clubs, 2012, "31.00");
        String comments = Api.measurementPath(plan.id(), clubs, id) + "/comments";

        as(Tokens.kommune()).body(Map.of("text", "Er afdeling 3 talt med?")).post(comments).then().statusCode(201)
                .body("author", is("test-kommune")).body("measurementId", is(id));
        as(Tokens.boligorganisation(plan.organisationId())).body(Map.of("text", "Ja, alle afdelinger.")).post(comments)
                .then().statusCode(201).body("authorOrganisationId", is(plan.organisationId().toString()));
        as(Tokens.evaluator()).body(Map.of("text", " ")).post(comments).then().statusCode(400)
                .body("errors[0].field", is("text"));
        as(Tokens.boligorganisation(UUID.randomUUID())).body(Map.of("text", "Hej")).post(comments).then().statusCode(404);
        as(Tokens.reader()).body(Map.of("text", "Hej")).post(comments).then().statusCode(403);

        as(Tokens.reader()).get(comments).then().statusCode(200)
                .body("items.text", contains("Er afdeling 3 talt med?", "Ja, alle afdelinger."))
                .body("items.author", contains("test-kommune", "test-boligorganisation-" + plan.organisationId()));
        as(Tokens.reader()).queryParam("limit", 1).get(comments).then().body("items.size()", is(1))
                .body("next", org.hamcrest.Matchers.notNullValue());
        // comments go on in a locked period: they change no value
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2012/lock").then().statusCode(200);
        as(Tokens.evaluator()).body(Map.of("text", "Noteret.")).post(comments).then().statusCode(201);
        assertEquals(3, Sql.count("select count(*) from audit_record where action = 'measurement.commented'"
                + " and resource_id in (select id::text from measurement_comment where measurement_id = ?::uuid)", id));
    }
}
