package dk.kk.boligsocial.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The round records, written the way plans-service writes them, are what their schemas describe. */
class RoundEventsTest {

    static RoundDefinition round2011() {
        return new RoundDefinition("Boligsociale helhedsplaner 2011-14", "Ny runde boligsociale helhedsplaner.", 4, "DKK",
                LocalDate.of(2011, 1, 1), 2011, 2014,
                List.of(new RoundDefinition.Theme("BOERN_UNGE_FAMILIER", 1, "Børn, unge og familier",
                                "Children, young people and families", "Børn og unge."),
                        new RoundDefinition.Theme("SUNDHED", 4, "Sundhed", "Health", "Sundhed.")),
                new RoundDefinition.Pool("Medfinansieringspulje 2012–2014",
                        List.of(new RoundDefinition.PoolYear(2012, Money.dkk("10000000.00")),
                                new RoundDefinition.PoolYear(2013, Money.dkk("10000000")),
                                new RoundDefinition.PoolYear(2014, Money.dkk("10000000.00")))),
                new RoundDefinition.CoFinancing(new BigDecimal("1.0"), null),
                new RoundDefinition.Reporting(3, 1, 1));
    }

    @Test
    void openedAndRevisedRoundsMatchTheirSchemasAndReadBack() throws Exception {
        for (Object event : List.of(
                new RoundOpenedV1("2011-14", 0, Instant.parse("2011-04-04T00:00:00Z"), "system", round2011()),
                new RoundRevisedV1("2011-14", 3, Instant.parse("2011-05-04T10:00:00Z"), "kommune-1", round2011()))) {
            EventType type = EventType.ofPayloadType(event.getClass());
            JsonNode wire = WireFormat.read(WireFormat.write(event));
            assertEquals(Set.of(), WireFormat.validate(type, wire), type.type());
            assertTrue(wire.at("/round/coFinancing").has("minimumLocalShare"), "null stays on the wire");
            assertEquals(event, WireFormat.MAPPER.treeToValue(wire, event.getClass()));
            assertEquals(EventSubject.ROUND_ID, type.subject());
            assertEquals(Topics.PLANS, type.topic());
        }
        assertEquals(30000000, round2011().pool().capacity().intValueExact());
    }

    @Test
    void schemaRefusesWhatNoServiceCouldKeep() {
        JsonNode good = WireFormat.read(WireFormat.write(
                new RoundOpenedV1("2015-18", 0, Instant.parse("2014-11-03T09:00:00Z"), "k", round2011())));
        ObjectNode badId = good.deepCopy();
        badId.put("roundId", "2015/18");
        assertFalse(WireFormat.validate(EventType.ROUND_OPENED, badId).isEmpty());
        ObjectNode badMoney = good.deepCopy();
        ((ObjectNode) badMoney.at("/round/pool/years/0/capacity")).put("amount", new BigDecimal("1.001"));
        assertFalse(WireFormat.validate(EventType.ROUND_OPENED, badMoney).isEmpty());
        ObjectNode badDay = good.deepCopy();
        ((ObjectNode) badDay.at("/round/reporting")).put("dueDay", 31);
        assertFalse(WireFormat.validate(EventType.ROUND_OPENED, badDay).isEmpty());
    }

    @Test
    void recordsRefuseInconsistentRounds() {
        assertThrows(IllegalArgumentException.class, () -> new RoundOpenedV1("2015-2018", 0, Instant.EPOCH, "k", round2011()));
        RoundDefinition r = round2011();
        assertThrows(IllegalArgumentException.class, () -> new RoundDefinition(r.name(), r.description(), 4, "DKK",
                r.opensOn(), 2013, 2014, r.themes(), r.pool(), r.coFinancing(), r.reporting()));
    }

    @Test
    void subjectsOfPlansAndRoundsHaveTheirOwnForms() {
        assertTrue(EventSubject.ROUND_ID.matches("2015-18"));
        assertFalse(EventSubject.ROUND_ID.matches("3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c"));
        assertTrue(EventSubject.PLAN_ID.matches("3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c"));
        assertFalse(EventSubject.PLAN_ID.matches("2015-18"));
        assertEquals(EventSubject.PLAN_ID, EventType.FUNDING_RESERVED.subject());
    }
}
