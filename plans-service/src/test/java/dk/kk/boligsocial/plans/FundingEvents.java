package dk.kk.boligsocial.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.KafkaTopic;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** funding-service's events about a plan, as funding-service publishes them on boligsocial.funding, for the tests. */
final class FundingEvents {

    static final KafkaTopic FUNDING = KafkaTopic.named("boligsocial.funding");
    static final String SOURCE = "/funding-service";
    static final String RESERVED = "dk.kk.boligsocial.funding.reserved.v1";
    static final String REFUSED = "dk.kk.boligsocial.funding.reservation-refused.v1";
    static final String COMMITTED = "dk.kk.boligsocial.funding.committed.v1";
    static final String RELEASED = "dk.kk.boligsocial.funding.released.v1";
    static final String ADJUSTED = "dk.kk.boligsocial.funding.reservation-adjusted.v1";
    static final String REVISION_REFUSED = "dk.kk.boligsocial.funding.revision-refused.v1";
    static final String CLOSED_OUT = "dk.kk.boligsocial.funding.closed-out.v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FundingEvents() {
    }

    static String refused(Api.TestPlan plan, Instant at) {
        Map<String, Object> event = identity(plan);
        event.put("stage", "PREQUALIFICATION");
        event.put("reasons", List.of(Map.of("code", "POOL_EXHAUSTED",
                "message", "total: 2,000,000.00 requested, 1,000,000.00 available")));
        event.put("requested", List.of(municipal(2012, "500000.00")));
        event.put("ruleChecks", List.of());
        event.put("refusedAt", at.toString());
        return json(event);
    }

    static String reserved(Api.TestPlan plan, Instant at) {
        Map<String, Object> event = identity(plan);
        event.put("poolId", UUID.randomUUID().toString());
        event.put("reservations", List.of(municipal(2012, "500000.00")));
        event.put("totalReserved", money("500000.00"));
        event.put("ruleChecks", List.of());
        event.put("reservedAt", at.toString());
        return json(event);
    }

    static String adjusted(Api.TestPlan plan, Instant at) {
        Map<String, Object> event = identity(plan);
        event.put("poolId", UUID.randomUUID().toString());
        event.put("contentVersion", 2);
        event.put("previous", List.of());
        event.put("reservations", List.of(municipal(2012, "400000.00")));
        event.put("totalReserved", money("400000.00"));
        event.put("ruleChecks", List.of());
        event.put("adjustedAt", at.toString());
        return json(event);
    }

    static String revisionRefused(Api.TestPlan plan, Instant at) {
        Map<String, Object> event = identity(plan);
        event.put("contentVersion", 2);
        event.put("reasons", List.of(Map.of("code", "YEAR_EXHAUSTED",
                "message", "year 2012: 5,000,000.00 requested, 1,000,000.00 available")));
        event.put("requested", List.of(municipal(2012, "5000000.00")));
        event.put("held", List.of(municipal(2012, "500000.00")));
        event.put("ruleChecks", List.of());
        event.put("refusedAt", at.toString());
        return json(event);
    }

    static String committed(Api.TestPlan plan, Instant at) {
        Map<String, Object> event = identity(plan);
        event.put("basis", "RESERVATION");
        event.put("commitments", List.of(municipal(2012, "500000.00")));
        event.put("municipalCommitted", money("500000.00"));
        event.put("reservationReleased", money("500000.00"));
        event.put("committedAt", at.toString());
        return json(event);
    }

    static String closedOut(Api.TestPlan plan, Instant at) {
        Map<String, Object> event = identity(plan);
        event.put("cause", "PLAN_COMPLETED");
        event.put("released", List.of(municipal(2012, "150000.00")));
        event.put("returnedToPool", money("150000.00"));
        event.put("totalPaid", money("350000.00"));
        event.put("closedAt", at.toString());
        return json(event);
    }

    static String publish(Api.TestPlan plan, String type, String json) {
        return FUNDING.publish(plan.id().toString(), type, SOURCE, json);
    }

    private static Map<String, Object> identity(Api.TestPlan plan) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("planId", plan.id().toString());
        event.put("roundId", "2011-14");
        event.put("housingOrganisationId", plan.organisationId().toString());
        event.put("causationEventId", UUID.randomUUID().toString());
        return event;
    }

    private static Map<String, Object> municipal(int year, String amount) {
        return Map.of("source", "MUNICIPALITY", "year", year, "amount", money(amount));
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "DKK");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
