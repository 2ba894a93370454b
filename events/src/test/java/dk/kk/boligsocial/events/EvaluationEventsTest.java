package dk.kk.boligsocial.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dk.kk.boligsocial.events.evaluation.EvaluationCompletedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationEvent;
import dk.kk.boligsocial.events.evaluation.EvaluationFrameworkCreatedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationMeasurementApprovedV1;
import dk.kk.boligsocial.events.evaluation.MissingIndicator;
import dk.kk.boligsocial.events.evaluation.ReportingDueSoonV1;
import dk.kk.boligsocial.events.evaluation.ReportingOverdueV1;
import dk.kk.boligsocial.events.evaluation.FrameworkIndicator;
import dk.kk.boligsocial.events.evaluation.IndicatorDirection;
import dk.kk.boligsocial.events.evaluation.IndicatorUnit;
import dk.kk.boligsocial.events.evaluation.ReportingPeriod;
import dk.kk.boligsocial.events.evaluation.ThemeAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation records, written the way evaluation-service writes them, are what their schemas describe. */
class EvaluationEventsTest {

    static final UUID INDICATOR = UUID.fromString("a0000000-0000-4000-8000-000000000101");

    static EvaluationFrameworkCreatedV1 frameworkCreated() {
        return new EvaluationFrameworkCreatedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, Samples.THEMES,
                Samples.START, Samples.END,
                List.of(new ReportingPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)),
                        new ReportingPeriod(2013, LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31))),
                List.of(new FrameworkIndicator(INDICATOR, "YOUTH_IN_CLUBS", "BOERN_UNGE_FAMILIER", IndicatorUnit.PERCENT,
                                IndicatorDirection.HIGHER_IS_BETTER),
                        new FrameworkIndicator(UUID.fromString("a0000000-0000-4000-8000-000000000205"),
                                "PASSIVE_SUPPORT_16_64", "BESKAEFTIGELSE_OG_UDDANNELSE", IndicatorUnit.PERCENT,
                                IndicatorDirection.LOWER_IS_BETTER)),
                Instant.parse("2011-12-01T12:00:01.5Z"));
    }

    static EvaluationCompletedV1 completed() {
        return new EvaluationCompletedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION,
                UUID.fromString("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"),
                List.of(new ThemeAssessment("BOERN_UNGE_FAMILIER", 4, "Flere unge i klubber."),
                        new ThemeAssessment("BESKAEFTIGELSE_OG_UDDANNELSE", 2, "Få er kommet i job.")),
                "evaluator-cbu", Instant.parse("2016-03-01T10:00:00Z"));
    }

    static EvaluationMeasurementApprovedV1 measurementApproved() {
        return new EvaluationMeasurementApprovedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION,
                UUID.fromString("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"), INDICATOR, "YOUTH_IN_CLUBS",
                IndicatorUnit.PERCENT, 2013, new BigDecimal("45.50"), "evaluator-cbu", "kommune-sagsbehandler-3",
                Instant.parse("2014-01-27T14:00:00Z"));
    }

    static List<MissingIndicator> missing() {
        return List.of(new MissingIndicator(INDICATOR, "YOUTH_IN_CLUBS"));
    }

    static Stream<EvaluationEvent> samples() {
        return Stream.of(frameworkCreated(), completed(), measurementApproved(),
                new ReportingDueSoonV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, 2013, LocalDate.of(2014, 3, 1),
                        missing(), Instant.parse("2014-02-15T06:00:00Z")),
                new ReportingOverdueV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, 2013, LocalDate.of(2014, 3, 1),
                        missing(), Instant.parse("2014-03-02T06:00:00Z")));
    }

    @Test
    void anApprovedValueKeepsItsDecimalsAndRefusesAThird() {
        JsonNode approved = WireFormat.read(WireFormat.write(measurementApproved()));
        assertEquals("45.50", approved.get("value").decimalValue().setScale(2).toPlainString());
        ((ObjectNode) approved).put("value", new BigDecimal("45.505"));
        assertTrue(hasError(EventType.EVALUATION_MEASUREMENT_APPROVED, approved, "multipleOf"));
        assertThrows(IllegalArgumentException.class, () -> new EvaluationMeasurementApprovedV1(Samples.PLAN,
                Samples.ROUND, Samples.ORGANISATION, UUID.randomUUID(), INDICATOR, "YOUTH_IN_CLUBS",
                IndicatorUnit.PERCENT, 2013, new BigDecimal("45.505"), "a", "b", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> new ReportingOverdueV1(Samples.PLAN, Samples.ROUND,
                Samples.ORGANISATION, 2013, LocalDate.of(2014, 3, 1), List.of(), Instant.now()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleValidatesAndReadsBack(EvaluationEvent event) throws IOException {
        EventType type = EventType.ofPayloadType(event.getClass());
        String json = WireFormat.write(event);

        assertEquals(Set.of(), WireFormat.validate(type, WireFormat.read(json)), type.type());
        assertEquals(event, WireFormat.MAPPER.readValue(json, event.getClass()));
        assertEquals(Topics.EVALUATIONS, type.topic());
    }

    @Test
    void brokenPayloadsFailValidation() {
        JsonNode created = WireFormat.read(WireFormat.write(frameworkCreated()));
        ((ObjectNode) created.at("/indicators/0")).put("unit", "LITRES");
        assertTrue(hasError(EventType.EVALUATION_FRAMEWORK_CREATED, created, "enum"));

        JsonNode completed = WireFormat.read(WireFormat.write(completed()));
        ((ObjectNode) completed.at("/assessments/0")).put("rating", 6);
        assertTrue(hasError(EventType.EVALUATION_COMPLETED, completed, "maximum"));
        ((ObjectNode) completed.at("/assessments/0")).put("rating", 3);
        ((ObjectNode) completed).remove("housingOrganisationId");
        assertTrue(hasError(EventType.EVALUATION_COMPLETED, completed, "required"));
    }

    @Test
    void recordsRefuseWhatTheSchemasRefuse() {
        assertThrows(IllegalArgumentException.class, () -> new ThemeAssessment("SUNDHED", 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ThemeAssessment("Sundhed", 3, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportingPeriod(2012, LocalDate.of(2012, 6, 1), LocalDate.of(2013, 5, 31)));
        assertThrows(IllegalArgumentException.class, () -> new EvaluationCompletedV1(Samples.PLAN, Samples.ROUND,
                Samples.ORGANISATION, UUID.randomUUID(), List.of(), "x", Instant.now()));
    }

    private static boolean hasError(EventType type, JsonNode json, String keyword) {
        Set<ValidationMessage> errors = WireFormat.validate(type, json);
        return errors.stream().anyMatch(error -> error.getType().equals(keyword));
    }
}
