package dk.kk.boligsocial.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.plans.Api.Step;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What an integrator subscribed to boligsocial.plans receives. */
@QuarkusTest
class PlanEventsTest {

    private static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prequalificationAndGrantArriveOnceEachAsCloudEventsWithTheWholePlan() throws Exception {
        Api.TestPlan plan = Api.draft();
        Api.take(plan.id(), Step.SUBMISSION, Step.PREQUALIFICATION, Step.APPROVAL, Step.GRANT);

        List<ConsumerRecord<String, String>> records = PLANS.recordsWithKey(plan.id().toString(), 4, Duration.ofSeconds(30));
        assertEquals(List.of("dk.kk.boligsocial.plan.submitted.v1", "dk.kk.boligsocial.plan.prequalified.v1",
                        "dk.kk.boligsocial.plan.approved.v1", "dk.kk.boligsocial.plan.granted.v1"),
                records.stream().map(r -> KafkaTopic.header(r, "ce_type")).toList(),
                "one record per decision, in order");

        for (ConsumerRecord<String, String> record : records) {
            assertEquals(plan.id().toString(), record.key());
            assertEquals("1.0", KafkaTopic.header(record, "ce_specversion"));
            assertEquals("/plans-service", KafkaTopic.header(record, "ce_source"));
            assertEquals(plan.id().toString(), KafkaTopic.header(record, "ce_subject"));
            assertEquals("application/json", KafkaTopic.header(record, "content-type"));
            UUID.fromString(KafkaTopic.header(record, "ce_id"));
            assertNotNull(OffsetDateTime.parse(KafkaTopic.header(record, "ce_time")));
            EventContract.assertValid(KafkaTopic.header(record, "ce_type"), record.value());
        }
        assertEquals(4, records.stream().map(r -> KafkaTopic.header(r, "ce_id")).distinct().count());

        JsonNode prequalified = JSON.readTree(records.get(1).value());
        assertEquals(plan.id().toString(), prequalified.get("planId").asText());
        assertEquals("2011-14", prequalified.get("roundId").asText());
        assertEquals(plan.organisationId().toString(), prequalified.get("housingOrganisationId").asText());
        assertEquals(plan.areaId().toString(), prequalified.get("housingAreaIds").get(0).asText());
        assertEquals(12, prequalified.get("requestedBudget").size());
        assertEquals("test-lbf", prequalified.get("decision").get("actor").asText());
        assertEquals("LBF 2011-0457", prequalified.get("decision").get("reference").asText());

        JsonNode granted = JSON.readTree(records.get(3).value());
        assertEquals(0, new BigDecimal("10000000.00").compareTo(granted.get("grantedAmount").get("amount").decimalValue()));
        BigDecimal lbfGranted = BigDecimal.ZERO;
        BigDecimal municipal = BigDecimal.ZERO;
        for (JsonNode line : granted.get("grantedBudget")) {
            if (line.get("source").asText().equals("LBF")) {
                lbfGranted = lbfGranted.add(line.get("amount").get("amount").decimalValue());
            } else if (line.get("source").asText().equals("MUNICIPALITY")) {
                municipal = municipal.add(line.get("amount").get("amount").decimalValue());
            }
        }
        assertEquals(0, new BigDecimal("10000000.00").compareTo(lbfGranted), "LBF lines add up to the grant");
        assertEquals(0, new BigDecimal("2000000.00").compareTo(municipal), "co-financing as requested");
    }

    @Test
    void everyTransitionAnnouncesItsEvent() {
        Api.TestPlan rejected = Api.planIn("REJECTED");
        Api.TestPlan withdrawn = Api.planIn("WITHDRAWN");
        Api.TestPlan completed = Api.planIn("COMPLETED");
        assertEquals(List.of("dk.kk.boligsocial.plan.submitted.v1", "dk.kk.boligsocial.plan.rejected.v1"),
                types(rejected.id(), 2));
        assertEquals(List.of("dk.kk.boligsocial.plan.withdrawn.v1"), types(withdrawn.id(), 1));
        assertEquals(List.of("dk.kk.boligsocial.plan.submitted.v1", "dk.kk.boligsocial.plan.prequalified.v1",
                "dk.kk.boligsocial.plan.approved.v1", "dk.kk.boligsocial.plan.granted.v1",
                "dk.kk.boligsocial.plan.activated.v1", "dk.kk.boligsocial.plan.completed.v1"), types(completed.id(), 6));
        PLANS.recordsWithKey(completed.id().toString(), 6, Duration.ofSeconds(30))
                .forEach(r -> EventContract.assertValid(KafkaTopic.header(r, "ce_type"), r.value()));
    }

    private static List<String> types(UUID plan, int expected) {
        return PLANS.recordsWithKey(plan.toString(), expected, Duration.ofSeconds(30)).stream()
                .map(r -> KafkaTopic.header(r, "ce_type")).toList();
    }
}
