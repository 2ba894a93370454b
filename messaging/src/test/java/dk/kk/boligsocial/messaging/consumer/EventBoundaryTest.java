package dk.kk.boligsocial.messaging.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a consumer lets in from Kafka: each rule of {@link EventBoundary} on its own. */
class EventBoundaryTest {

    private static final JsonMapper WIRE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final String PREQUALIFIED = EventType.PLAN_PREQUALIFIED.type();

    private final EventBoundary boundary = new EventBoundary(Map.of("other.topic", "/other-service"));

    @Test
    void anEventFromTheTopicsOwnerThatMatchesItsSchemaIsLetIn() {
        assertDoesNotThrow(() -> boundary.admit(Topics.PLANS, event(UUID.randomUUID().toString(), PREQUALIFIED,
                Topics.PLANS_SOURCE, json(prequalified()))));
        assertDoesNotThrow(() -> boundary.admit("other.topic", event("1", "com.example.other.v1", "/other-service", "{}")),
                "a configured topic, a type this build does not know");
    }

    @Test
    void onlyTheServiceThatOwnsTheTopicMayPublishOnIt() {
        String payload = json(prequalified());

        assertRefused("only /plans-service publishes there",
                event("1", PREQUALIFIED, "/funding-service", payload));
        assertRefused("only /plans-service publishes there", event("2", PREQUALIFIED, null, payload));
        assertRefused("has no known producer",
                () -> boundary.admit("boligsocial.unknown", event("3", PREQUALIFIED, Topics.PLANS_SOURCE, payload)));
        assertRefused("is published on boligsocial.plans", () -> boundary.admit(Topics.FUNDING,
                event("4", PREQUALIFIED, Topics.FUNDING_SOURCE, payload)));
    }

    @Test
    void idsAndTypesFitTheirColumnsAndHoldNoControlCharacters() {
        String payload = json(prequalified());

        assertRefused("more than 255", event("x".repeat(256), PREQUALIFIED, Topics.PLANS_SOURCE, payload));
        assertDoesNotThrow(() -> boundary.admit(Topics.PLANS, event("x".repeat(255), PREQUALIFIED, Topics.PLANS_SOURCE, payload)));
        assertRefused("control character", event("id\u0000", PREQUALIFIED, Topics.PLANS_SOURCE, payload));
        assertRefused("more than 200", event("1", "dk.kk.boligsocial." + "x".repeat(200), Topics.PLANS_SOURCE, "{}"));
    }

    @Test
    void theSubjectHasTheFormOfItsTypesAggregate() {
        String round = json(roundOpened());
        String opened = EventType.ROUND_OPENED.type();
        assertDoesNotThrow(() -> boundary.admit(Topics.PLANS,
                subjectEvent("1", opened, Topics.PLANS_SOURCE, "2015-18", round)), "a round event keyed by its round");
        assertDoesNotThrow(() -> boundary.admit(Topics.PLANS,
                subjectEvent("2", opened, Topics.PLANS_SOURCE, null, round)), "ce_subject is optional in CloudEvents");
        assertRefused("that type is about a round id",
                subjectEvent("3", opened, Topics.PLANS_SOURCE, UUID.randomUUID().toString(), round));
        assertRefused("that type is about a plan id",
                subjectEvent("4", PREQUALIFIED, Topics.PLANS_SOURCE, "2015-18", json(prequalified())));
        assertRefused("that type is about a plan id",
                subjectEvent("5", PREQUALIFIED, Topics.PLANS_SOURCE, "subject", json(prequalified())));
        assertRefused("more than 200", subjectEvent("6", "com.example.other.v1", Topics.PLANS_SOURCE, "s".repeat(201), "{}"));
        assertRefused("control character",
                subjectEvent("7", "com.example.other.v1", Topics.PLANS_SOURCE, "2015-18\n", "{}"));
        assertDoesNotThrow(() -> boundary.admit(Topics.PLANS,
                subjectEvent("8", "com.example.other.v1", Topics.PLANS_SOURCE, "any-key", "{}")),
                "a type this build does not know: any key of the column's size");
    }

    @Test
    void amountsBelowTenToTheThirteenth() {
        assertRefused("exclusive maximum value of 10000000000000", prequalifiedWith(json -> ((ObjectNode) json.at("/requestedBudget/0/amount"))
                .put("amount", new BigDecimal("10000000000000.00"))));
        assertRefused("multiple of", prequalifiedWith(json -> ((ObjectNode) json.at("/requestedBudget/0/amount"))
                .put("amount", new BigDecimal("100.001"))));
    }

    @Test
    void periodsInTheYears2000To2100() {
        assertRefused("periodEnd", prequalifiedWith(json -> json.put("periodEnd", "+999999999-12-31")));
        assertRefused("periodStart", prequalifiedWith(json -> json.put("periodStart", "1999-12-31")));
    }

    @Test
    void payloadsThatDoNotMatchTheirSchemaAreRefused() {
        assertRefused("title", prequalifiedWith(json -> json.remove("title")));
        assertRefused("status", prequalifiedWith(json -> json.put("status", "PREQUALIFIED")));
        assertRefused("planId", prequalifiedWith(json -> json.put("planId", "not-a-uuid")));
    }

    @Test
    void textWithAControlCharacterIsRefusedWhateverTheType() {
        assertRefused("control character in $.title", prequalifiedWith(json -> json.put("title", "Helhedsplan\u0000")));
        assertRefused("control character in $.note",
                () -> boundary.admit("other.topic", event("1", "com.example.other.v1", "/other-service", "{\"note\":\"a\\u0007\"}")));
        assertDoesNotThrow(() -> boundary.admit("other.topic",
                event("2", "com.example.other.v1", "/other-service", "{\"note\":\"line\\nbreak\\ttab\"}")));
    }

    private void assertRefused(String because, IncomingEvent event) {
        assertRefused(because, () -> boundary.admit(Topics.PLANS, event));
    }

    private static void assertRefused(String because, org.junit.jupiter.api.function.Executable admit) {
        PermanentEventFailure refused = assertThrows(PermanentEventFailure.class, admit);
        assertTrue(refused.getMessage().contains(because), () -> "expected '" + because + "' in: " + refused.getMessage());
    }

    private static IncomingEvent prequalifiedWith(Consumer<ObjectNode> change) {
        ObjectNode json = WIRE.valueToTree(prequalified());
        change.accept(json);
        return event(UUID.randomUUID().toString(), PREQUALIFIED, Topics.PLANS_SOURCE, json.toString());
    }

    private static IncomingEvent event(String id, String type, String source, String json) {
        return subjectEvent(id, type, source, UUID.randomUUID().toString(), json);
    }

    private static IncomingEvent subjectEvent(String id, String type, String source, String subject, String json) {
        return new IncomingEvent(id, type, source, subject, null, null, json);
    }

    static RoundOpenedV1 roundOpened() {
        return new RoundOpenedV1("2015-18", 0, Instant.parse("2014-11-03T09:00:00Z"), "kommune-1",
                new RoundDefinition("Boligsociale indsatser 2015-18", "Fire indsatsområder.", 4, "DKK",
                        LocalDate.parse("2015-01-01"), 2015, 2018,
                        List.of(new RoundDefinition.Theme("TRYGHED_OG_TRIVSEL", 1, "Tryghed og trivsel",
                                "Safety and well-being", "Tryghed.")),
                        new RoundDefinition.Pool("Medfinansieringspulje 2015-2018",
                                List.of(new RoundDefinition.PoolYear(2015, Money.dkk("8000000.00")))),
                        new RoundDefinition.CoFinancing(BigDecimal.ONE, null),
                        new RoundDefinition.Reporting(3, 1, 1)));
    }

    static PlanPrequalifiedV1 prequalified() {
        return new PlanPrequalifiedV1(UUID.randomUUID(), "Helhedsplan for Mjølnerparken", "2011-14", UUID.randomUUID(),
                List.of(UUID.randomUUID()), List.of("SUNDHED"), LocalDate.parse("2012-01-01"), LocalDate.parse("2015-12-31"),
                List.of(new BudgetLine(BudgetSource.MUNICIPALITY, 2012, Money.dkk("1000000.00")),
                        new BudgetLine(BudgetSource.HOUSING_ORGANISATION, 2012, Money.dkk("1000000.00"))),
                new Decision("lbf", Instant.parse("2011-12-01T12:00:00Z"), "LBF 2011-0457", null));
    }

    private static String json(Object payload) {
        try {
            return WIRE.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
