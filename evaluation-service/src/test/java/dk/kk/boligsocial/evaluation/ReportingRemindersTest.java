package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.evaluation.application.ReportingReminders;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The reminder job: reporting.due-soon.v1 and reporting.overdue.v1 once per period (and due date), through the
 * outbox to the real broker, however often and however many instances run it at once.
 */
@QuarkusTest
class ReportingRemindersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReportingReminders reminders;

    @Test
    void eachReminderIsSentOnceHoweverManyInstancesRunTheJob() throws Exception {
        // 2008-2009: due dates (1 March 2009 and 2010) that no other test's plan has, so the job's runs for those
        // days remind this plan only
        Api.TestPlan plan = Api.grantedPlan(List.of("SUNDHED"), LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));
        Api.report(plan.id(), Api.SELF_RATED_HEALTH, 2008, "3.50", Tokens.evaluator()).then().statusCode(201);

        // nothing is due within 14 days of 10 February; on 20 February 1 March is
        assertEquals(0, reminders.remind(LocalDate.of(2009, 2, 10)));
        assertEquals(1, concurrently(LocalDate.of(2009, 2, 20)));
        assertEquals(0, reminders.remind(LocalDate.of(2009, 2, 21)));
        // 1 March itself is still "due soon"; the day after, it is overdue, once
        assertEquals(0, reminders.remind(LocalDate.of(2009, 3, 1)));
        assertEquals(1, concurrently(LocalDate.of(2009, 3, 2)));
        assertEquals(0, reminders.remind(LocalDate.of(2009, 3, 3)));

        // the municipality gives the plan until 20 March: the new date gets reminders of its own
        as(Tokens.kommune()).body(Map.of("dueOn", "2009-03-20"))
                .put("/v1/plans/" + plan.id() + "/periods/2008/due-date").then().statusCode(200);
        assertEquals(1, concurrently(LocalDate.of(2009, 3, 10)));
        // 2009's values are all reported before its due date comes near: no reminder for 2009
        Api.report(plan.id(), Api.SELF_RATED_HEALTH, 2009, "3.75", Tokens.evaluator()).then().statusCode(201);
        Api.report(plan.id(), java.util.UUID.fromString("a0000000-0000-4000-8000-000000000402"), 2009, "40",
                Tokens.evaluator()).then().statusCode(201);
        assertEquals(1, concurrently(LocalDate.of(2010, 2, 20)));

        List<ConsumerRecord<String, String>> records = Api.EVALUATIONS.recordsWithKey(plan.id().toString(), 5,
                Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.evaluation.framework-created.v1",
                "dk.kk.boligsocial.reporting.due-soon.v1", "dk.kk.boligsocial.reporting.overdue.v1",
                "dk.kk.boligsocial.reporting.due-soon.v1", "dk.kk.boligsocial.reporting.overdue.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList());
        List<String> dueDates = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records.subList(1, 5)) {
            EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());
            JsonNode payload = JSON.readTree(record.value());
            assertEquals(2008, payload.get("year").asInt());
            assertEquals(plan.organisationId().toString(), payload.get("housingOrganisationId").asText());
            // the reported SELF_RATED_HEALTH is not missing; the other health indicator is
            assertEquals("HEALTH_ACTIVITY_PARTICIPANTS", payload.get("missing").get(0).get("code").asText());
            assertEquals(1, payload.get("missing").size());
            dueDates.add(payload.get("dueOn").asText());
        }
        assertEquals(List.of("2009-03-01", "2009-03-01", "2009-03-20", "2009-03-20"), dueDates);
        assertEquals(4, Sql.count("select count(*) from reporting_reminder r join reporting_period p on p.id = r.period_id"
                + " where p.plan_id = ? and r.event_id is not null", plan.id()));
        assertEquals(2, Sql.count("select count(*) from audit_record where action = 'reporting.overdue-reminded'"
                + " and actor = 'system' and resource_id = ?", plan.id() + "/2008"));
    }

    /** Two runs of the job for the same day at once, as two instances would; answers how many reminders they sent. */
    private int concurrently(LocalDate today) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> reminders.remind(today);
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            int sent = 0;
            for (Future<Integer> result : runs) {
                sent += result.get();
            }
            return sent;
        } finally {
            pool.shutdown();
        }
    }
}
