package dk.kk.boligsocial.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.events.funding.FundingEvent;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The funding records, written as funding-service writes them, are what their schemas describe. */
class FundingSchemaValidationTest {

    static Stream<FundingEvent> fundingEvents() {
        return FundingSamples.fundingEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("fundingEvents")
    void everySampleValidatesAndReadsBack(FundingEvent event) throws IOException {
        EventType type = EventType.ofPayloadType(event.getClass());
        String json = WireFormat.write(event);

        assertEquals(Set.of(), WireFormat.validate(type, WireFormat.read(json)), type.type());
        assertEquals(event, WireFormat.MAPPER.readValue(json, event.getClass()));
    }

    @Test
    void reservationsAndReleasesHoldOnlyMunicipalLines() {
        JsonNode json = WireFormat.read(WireFormat.write(FundingSamples.reserved()));
        ((ObjectNode) json.at("/reservations/0")).put("source", "LBF");

        Set<ValidationMessage> errors = WireFormat.validate(EventType.FUNDING_RESERVED, json);
        assertTrue(errors.stream().anyMatch(e -> e.getType().equals("const")), errors::toString);
        assertThrows(IllegalArgumentException.class, () -> new FundingReleasedV1(Samples.PLAN, Samples.ROUND,
                Samples.ORGANISATION, "x", FundingReleasedV1.ReleaseCause.PLAN_WITHDRAWN,
                List.of(Samples.line(BudgetSource.LBF, 2012, "1.00")), Money.dkk("1.00"), Instant.now()));
    }

    @Test
    void aRefusalNeedsAReason() {
        JsonNode json = WireFormat.read(WireFormat.write(FundingSamples.refused()));
        ((ArrayNode) json.get("reasons")).removeAll();

        assertTrue(WireFormat.validate(EventType.FUNDING_RESERVATION_REFUSED, json).stream()
                .anyMatch(e -> e.getType().equals("minItems")));
        assertThrows(IllegalArgumentException.class, () -> new FundingReservationRefusedV1(Samples.PLAN,
                Samples.ROUND, Samples.ORGANISATION, "x", FundingReservationRefusedV1.RefusalStage.GRANT, List.of(),
                List.of(), List.of(), Instant.now()));
    }

    @Test
    void aDisbursementIsPositiveAndTheRemainderNeverNegative() {
        JsonNode json = WireFormat.read(WireFormat.write(FundingSamples.disbursed()));
        ((ObjectNode) json.get("remainingCommitment")).put("amount", new BigDecimal("-0.01"));
        assertTrue(WireFormat.validate(EventType.FUNDING_DISBURSED, json).stream()
                .anyMatch(e -> e.getType().equals("minimum")));
        assertThrows(IllegalArgumentException.class, () -> new FundingDisbursedV1(Samples.PLAN, Samples.ROUND,
                Samples.ORGANISATION, UUID.randomUUID(), BudgetSource.LBF, 2012, Money.dkk("0"), "ref",
                Money.dkk("1"), "kommune", Instant.now()));
    }
}
