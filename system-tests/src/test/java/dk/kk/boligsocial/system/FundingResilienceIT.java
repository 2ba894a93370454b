package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

/** funding-service killed in the middle of the work, and two instances sharing it: every reservation exactly once. */
class FundingResilienceIT {

    private static final String RESERVED = "dk.kk.boligsocial.funding.reserved.v1";

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void sigkillWhilePlansArePrequalifiedLosesAndDuplicatesNothing() {
        List<UUID> plans = submittedPlans("Genstartsplan", 20);
        for (int i = 0; i < plans.size(); i++) {
            if (i == 5) {
                system.killFunding();
            }
            api.prequalify(plans.get(i));
        }
        system.startFundingAgain();
        assertReservedExactlyOnce(plans);
    }

    @Test
    void twoInstancesInOneConsumerGroupBookEachEventOnce() {
        ServiceProcess second = system.startSecondFunding();
        try {
            Api.await("two members with partitions in consumer group funding-service", () -> {
                List<MemberDescription> members = ConsumerGroups.describe(system.bootstrapServers(), "funding-service")
                        .members().stream().filter(m -> !m.assignment().topicPartitions().isEmpty()).toList();
                return members.size() == 2 ? members : null;
            });
            List<UUID> plans = submittedPlans("Tvillingplan", 30);
            plans.forEach(api::prequalify);
            assertReservedExactlyOnce(plans);
        } finally {
            second.stop();
        }
    }

    private List<UUID> submittedPlans(String title, int count) {
        List<UUID> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID planId = api.createPlan(title + " " + i, new BigDecimal("10000.00"));
            api.submit(planId);
            plans.add(planId);
        }
        return plans;
    }

    /**
     * One RESERVATION in each plan's ledger and one funding.reserved.v1 event (by ce_id: a relay may resend a row it
     * had sent but not yet marked, with the same ce_id, which consumers skip).
     */
    private void assertReservedExactlyOnce(List<UUID> plans) {
        for (UUID planId : plans) {
            PlanFundingResponse funding = api.awaitFunding(planId, FundingState.RESERVED);
            assertEquals(List.of("RESERVATION"), FullStoryIT.ledgerKinds(funding), "ledger of " + planId);
        }
        Set<String> keys = plans.stream().map(UUID::toString).collect(Collectors.toSet());
        List<Topic.Event> events = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> keys.contains(e.key()) && RESERVED.equals(e.type()), plans.size(), Duration.ofSeconds(60));
        Map<String, Set<String>> idsByPlan = events.stream().collect(Collectors.groupingBy(Topic.Event::key,
                Collectors.mapping(Topic.Event::id, Collectors.toCollection(HashSet::new))));
        assertEquals(keys, idsByPlan.keySet(), "a funding.reserved.v1 for every plan");
        idsByPlan.forEach((plan, ids) -> assertEquals(1, ids.size(), "distinct funding.reserved.v1 of " + plan + ": " + ids));
        int duplicates = events.size() - plans.size();
        assertTrue(duplicates >= 0);
        System.out.printf("%d plans reserved exactly once (%d redelivered records with a known ce_id)%n", plans.size(), duplicates);
    }
}
