package dk.kk.boligsocial.events;

import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTypeTest {

    @Test
    void typesAreTheOnesOfTheDesign() {
        List<String> expected = List.of(
                "dk.kk.boligsocial.plan.submitted.v1",
                "dk.kk.boligsocial.plan.prequalified.v1",
                "dk.kk.boligsocial.plan.rejected.v1",
                "dk.kk.boligsocial.plan.approved.v1",
                "dk.kk.boligsocial.plan.granted.v1",
                "dk.kk.boligsocial.plan.activated.v1",
                "dk.kk.boligsocial.plan.completed.v1",
                "dk.kk.boligsocial.plan.withdrawn.v1",
                "dk.kk.boligsocial.plan.revised.v1",
                "dk.kk.boligsocial.round.opened.v1",
                "dk.kk.boligsocial.round.revised.v1",
                "dk.kk.boligsocial.funding.reserved.v1",
                "dk.kk.boligsocial.funding.reservation-refused.v1",
                "dk.kk.boligsocial.funding.committed.v1",
                "dk.kk.boligsocial.funding.released.v1",
                "dk.kk.boligsocial.funding.disbursed.v1",
                "dk.kk.boligsocial.funding.reservation-adjusted.v1",
                "dk.kk.boligsocial.funding.revision-refused.v1",
                "dk.kk.boligsocial.funding.disbursement-approved.v1",
                "dk.kk.boligsocial.funding.disbursement-corrected.v1",
                "dk.kk.boligsocial.funding.grant-amended.v1",
                "dk.kk.boligsocial.funding.closed-out.v1",
                "dk.kk.boligsocial.evaluation.framework-created.v1",
                "dk.kk.boligsocial.evaluation.completed.v1",
                "dk.kk.boligsocial.evaluation.measurement-approved.v1",
                "dk.kk.boligsocial.reporting.due-soon.v1",
                "dk.kk.boligsocial.reporting.overdue.v1");
        assertEquals(expected, Arrays.stream(EventType.values()).map(EventType::type).toList());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void topicFollowsTheAggregateOfTheType(EventType type) {
        String aggregate = type.type().substring(EventType.TYPE_PREFIX.length()).split("\\.")[0];
        String expectedTopic = switch (aggregate) {
            // rounds are plans-service's too, on its one topic
            case "plan", "round" -> Topics.PLANS;
            case "funding" -> Topics.FUNDING;
            // the reporting schedule's reminders are evaluation-service's, about a plan's evaluation framework
            case "evaluation", "reporting" -> Topics.EVALUATIONS;
            default -> throw new AssertionError("unknown aggregate " + aggregate);
        };
        assertEquals(expectedTopic, type.topic());
        assertTrue(type.type().matches("dk\\.kk\\.boligsocial\\.[a-z]+\\.[a-z-]+\\.v[0-9]+"), type.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void ofTypeFindsEveryTypeByItsCeType(EventType type) {
        assertEquals(Optional.of(type), EventType.ofType(type.type()));
        assertEquals(type.topic(), EventType.topicOf(type.type()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plan.prequalified.v1", "dk.kk.boligsocial.plan.prequalified.v2",
            "DK.KK.BOLIGSOCIAL.PLAN.PREQUALIFIED.V1", "dk.kk.boligsocial.plan.prequalified.v1 ", "PLAN_PREQUALIFIED"})
    void unknownTypesAreNotFound(String ceType) {
        assertEquals(Optional.empty(), EventType.ofType(ceType));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventType.topicOf(ceType));
        assertTrue(e.getMessage().contains(String.valueOf(ceType)), e.getMessage());
    }

    @Test
    void everyPlanTypeHasARecordOfThePlanEventHierarchy() {
        Set<Class<?>> planPayloads = Arrays.stream(EventType.values())
                .filter(type -> type.aggregateType().equals("plan"))
                .map(EventType::payloadType)
                .collect(Collectors.toSet());
        assertEquals(Set.of(PlanEvent.class.getPermittedSubclasses()), planPayloads);
        planPayloads.forEach(payload -> assertTrue(payload.isRecord(), payload.getName()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaResourceIsNamedAfterTheTypeAndPresentExactlyWhenThePayloadIs(EventType type) {
        if (type.payloadType() == null) {
            assertNull(type.schemaResource());
            return;
        }
        String name = type.type().substring(EventType.TYPE_PREFIX.length());
        assertEquals("schemas/" + name + ".json", type.schemaResource());
        assertNotNull(EventType.class.getClassLoader().getResource(type.schemaResource()), type.schemaResource());
    }

    @Test
    void producersFindTheTypeOfTheirPayload() {
        assertEquals(EventType.PLAN_PREQUALIFIED, EventType.ofPayloadType(PlanPrequalifiedV1.class));
        assertEquals(EventType.PLAN_GRANTED, EventType.ofPayloadType(PlanGrantedV1.class));
        assertThrows(IllegalArgumentException.class, () -> EventType.ofPayloadType(String.class));
        for (PlanEvent event : Samples.planEvents()) {
            assertEquals(event.getClass(), EventType.ofPayloadType(event.getClass()).payloadType());
        }
    }

    @Test
    void cloudEventHeaderNamesAreTheKafkaBinaryModeOnes() {
        assertEquals(List.of("ce_id", "ce_type", "ce_source", "ce_time", "ce_subject", "ce_specversion",
                        "content-type", "traceparent"),
                List.of(CloudEventHeaders.CE_ID, CloudEventHeaders.CE_TYPE, CloudEventHeaders.CE_SOURCE,
                        CloudEventHeaders.CE_TIME, CloudEventHeaders.CE_SUBJECT, CloudEventHeaders.CE_SPECVERSION,
                        CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.TRACEPARENT));
        assertEquals("1.0", CloudEventHeaders.SPECVERSION);
        assertEquals("application/json", CloudEventHeaders.APPLICATION_JSON);
    }
}
