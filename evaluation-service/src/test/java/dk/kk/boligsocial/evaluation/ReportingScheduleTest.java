package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reporting schedule (issue 14): each period is due by its round's rule unless the municipality sets a date for
 * the plan, and GET /v1/work answers what is to be reported, approved or chased, for the caller's role and scope.
 */
@QuarkusTest
class ReportingScheduleTest {

    @Test
    void periodsAreDueByTheRoundsRuleUnlessTheMunicipalitySetsADateForThePlan() {
        Api.TestPlan plan = Api.grantedPlan();
        String framework = "/v1/plans/" + plan.id() + "/framework";
        // 2011-14: 1 March after the year
        as(Tokens.reader()).get(framework).then().statusCode(200)
                .body("periods.dueOn", contains("2013-03-01", "2014-03-01", "2015-03-01", "2016-03-01"))
                .body("periods.dueOnSetBy", everyItem(nullValue()));
        String dueDate = "/v1/plans/" + plan.id() + "/periods/2013/due-date";

        as(Tokens.evaluator()).body(Map.of("dueOn", "2014-04-15")).put(dueDate).then().statusCode(403);
        as(Tokens.kommune()).body(Map.of("dueOn", "2012-12-31")).put(dueDate).then().statusCode(400)
                .body("errors[0].field", is("dueOn"));
        as(Tokens.kommune()).body(Map.of("dueOn", "2017-01-01")).put(dueDate).then().statusCode(400)
                .body("errors[0].field", is("dueOn"));
        as(Tokens.kommune()).body(Map.of()).put(dueDate).then().statusCode(400).body("errors[0].field", is("dueOn"));
        as(Tokens.kommune()).body(Map.of("dueOn", "2014-04-15")).put("/v1/plans/" + plan.id() + "/periods/2011/due-date")
                .then().statusCode(404);
        as(Tokens.reader()).get(framework).then().body("periods[1].dueOn", is("2014-03-01"));

        as(Tokens.kommune()).body(Map.of("dueOn", "2014-04-15")).put(dueDate).then().statusCode(200)
                .body("year", is(2013)).body("dueOn", is("2014-04-15")).body("dueOnSetBy", is("test-kommune"));
        as(Tokens.reader()).get(framework).then()
                .body("periods.dueOn", contains("2013-03-01", "2014-04-15", "2015-03-01", "2016-03-01"));
        assertEquals(1, Sql.count("select count(*) from audit_record where action = 'period.due-date-set'"
                + " and actor = 'test-kommune' and resource_id = ?", plan.id() + "/2013"));

        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/2013/lock").then().statusCode(200);
        as(Tokens.kommune()).body(Map.of("dueOn", "2014-05-01")).put(dueDate).then().statusCode(409);
        as(Tokens.reader()).get(framework).then().body("periods[1].dueOn", is("2014-04-15"));
    }

    @Test
    void theWorkQueuesFollowTheDueDatesTheCallersRoleAndItsOrganisation() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int year = today.getYear();
        // last year's period overdue, this year's due in a month, next year's not begun: pinned by due dates set
        // relative to today, so the queues are the same whatever day the test runs
        Api.TestPlan plan = Api.grantedPlan(List.of("BOERN_UNGE_FAMILIER"), LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year + 1, 12, 31));
        setDue(plan, year - 1, today.minusDays(10));
        setDue(plan, year, today.plusDays(30));
        String own = Tokens.boligorganisation(plan.organisationId());

        JsonPath work = queues(own);
        assertEquals(Set.of(plan.id().toString()), Set.copyOf(work.getList("overdue.items.planId")));
        assertEquals(Set.of(year - 1), Set.copyOf(work.getList("overdue.items.year")));
        assertEquals(Set.of(year), Set.copyOf(work.getList("needsReporting.items.year")));
        assertEquals(List.of(), work.getList("awaitingApproval.items"));
        List<String> codes = work.getList("overdue.items.code");
        assertEquals(true, codes.containsAll(List.of("YOUTH_IN_CLUBS", "YOUTH_LEISURE_JOBS", "PARENTS_IN_ACTIVITIES")));
        assertEquals(today.minusDays(10).toString(), work.getString("overdue.items[0].dueOn"));
        assertEquals(work.getList("overdue.items").size(), work.getList("needsReporting.items").size());

        // a value reported leaves the overdue queue and awaits approval; a draft is still to be reported
        String clubs = Api.report(plan.id(), Api.YOUTH_IN_CLUBS, year - 1, "40", Tokens.evaluator()).then()
                .statusCode(201).extract().path("id");
        String draft = Api.drafted(plan.id(), Api.PARENTS_IN_ACTIVITIES, year, "3", own);
        work = queues(own);
        assertEquals(false, work.getList("overdue.items.code").contains("YOUTH_IN_CLUBS"));
        assertEquals(List.of(clubs), work.getList("awaitingApproval.items.measurementId"));
        assertEquals("REPORTED", work.getString("awaitingApproval.items[0].status"));
        assertEquals(List.of("DRAFT"), work.getList("needsReporting.items.findAll { it.code == 'PARENTS_IN_ACTIVITIES' }.status"));
        assertEquals(List.of(draft), work.getList("needsReporting.items.findAll { it.code == 'PARENTS_IN_ACTIVITIES' }.measurementId"));

        // an assigned reporter's indicator is theirs (and the municipality's) to report, no one else's
        String jobs = Api.indicatorPath(plan.id(), Api.YOUTH_LEISURE_JOBS);
        as(Tokens.kommune()).header("If-Match", Api.etag(jobs)).body(Map.of("reporter", "evaluator-cbu"))
                .put(jobs + "/reporter").then().statusCode(200);
        String assigned = Tokens.token("evaluator-cbu", Set.of(Tokens.EVALUATOR), null);
        work(Tokens.evaluator(), plan).then().body("overdue.items.code", not(hasItem("YOUTH_LEISURE_JOBS")))
                .body("needsReporting.items.code", not(hasItem("YOUTH_LEISURE_JOBS")));
        work(own, plan).then().body("overdue.items.code", not(hasItem("YOUTH_LEISURE_JOBS")));
        work(assigned, plan).then().body("overdue.items.code", hasItem("YOUTH_LEISURE_JOBS"))
                .body("overdue.items.find { it.code == 'YOUTH_LEISURE_JOBS' }.reporter", is("evaluator-cbu"));
        work(Tokens.kommune(), plan).then().body("overdue.items.code", hasItem("YOUTH_LEISURE_JOBS"));

        // the municipality's approval queue leaves out what the caller reported, which they may not approve
        String caseworker = Api.kommune("kommune-sagsbehandler-7");
        String ownReport = Api.report(plan.id(), Api.PARENTS_IN_ACTIVITIES, year - 1, "5", caseworker).then()
                .statusCode(201).extract().path("id");
        work(caseworker, plan).then().body("awaitingApproval.items.measurementId", contains(clubs));
        work(Tokens.kommune(), plan).then().body("awaitingApproval.items.measurementId", contains(clubs, ownReport));
        Api.review(plan.id(), Api.YOUTH_IN_CLUBS, clubs, "APPROVED", null).then().statusCode(200);
        work(Tokens.kommune(), plan).then().body("awaitingApproval.items.measurementId", contains(ownReport));
        work(Tokens.lbf(), plan).then().statusCode(200).body("overdue.items.code", hasItem("YOUTH_LEISURE_JOBS"));

        // another housing organisation sees none of it, even when it names the plan
        String other = Tokens.boligorganisation(java.util.UUID.randomUUID());
        work(other, plan).then().statusCode(200).body("needsReporting.items", empty())
                .body("awaitingApproval.items", empty()).body("overdue.items", empty());
        work(other, null).then().body("overdue.items", empty());

        as(Tokens.kommune()).queryParam("planId", plan.id()).queryParam("limit", 1).get("/v1/work").then()
                .statusCode(200).body("needsReporting.items.size()", is(1)).body("needsReporting.more", is(true))
                .body("overdue.items.size()", is(1)).body("overdue.more", is(false));
        as(Tokens.kommune()).queryParam("planId", "nicht-uuid").get("/v1/work").then().statusCode(400)
                .body("errors[0].field", is("planId"));
        as(Tokens.kommune()).queryParam("limit", 0).get("/v1/work").then().statusCode(400)
                .body("errors[0].field", is("limit"));
        // a locked period is done: nothing of it is asked for any more
        as(Tokens.kommune()).post("/v1/plans/" + plan.id() + "/periods/" + (year - 1) + "/lock").then().statusCode(200);
        work(Tokens.kommune(), plan).then().body("overdue.items", empty()).body("awaitingApproval.items", empty());
    }

    private static void setDue(Api.TestPlan plan, int year, LocalDate dueOn) {
        as(Tokens.kommune()).body(Map.of("dueOn", dueOn.toString()))
                .put("/v1/plans/" + plan.id() + "/periods/" + year + "/due-date").then().statusCode(200);
    }

    private static io.restassured.response.Response work(String token, Api.TestPlan plan) {
        return plan == null ? as(token).get("/v1/work") : as(token).queryParam("planId", plan.id()).get("/v1/work");
    }

    private static JsonPath queues(String token) {
        return as(token).get("/v1/work").then().statusCode(200).extract().jsonPath();
    }
}
