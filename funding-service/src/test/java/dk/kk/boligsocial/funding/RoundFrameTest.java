package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static dk.kk.boligsocial.funding.Fixtures.exactly;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundEvent;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** plans-service's rounds become funding's pools and co-financing rules (round.opened.v1, round.revised.v1). */
@QuarkusTest
class RoundFrameTest {

    /** Rounds of this class end in 2013 (the plan events of the fixtures book 2012 and 2013); first years differ. */
    private static final AtomicInteger FIRST_YEAR = new AtomicInteger(2000);

    @Test
    void anOpenedRoundBecomesItsPoolAndRuleAndARedeliveryChangesNothing() {
        String round = newRoundId();
        RoundOpenedV1 opened = new RoundOpenedV1(round, 0, Instant.parse("2011-11-01T09:00:00Z"), "test-kommune",
                definition("Pulje " + round, "4000000.00", "6000000.00", "0.5", "0.2"));
        String ceId = publish(opened);
        Fixtures.awaitProcessed(ceId);

        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].name", is("Pulje " + round))
                .body("items[0].capacity.amount", exactly("10000000.00"))
                .body("items[0].years[0].year", is(2012))
                .body("items[0].years[0].capacity.amount", exactly("4000000.00"))
                .body("items[0].years[1].capacity.amount", exactly("6000000.00"))
                .body("items[0].rules.housingOrganisationMatchRatio", exactly("0.5000"))
                .body("items[0].rules.minimumLocalShare", exactly("0.2000"))
                .body("items[0].version", is(0));
        long audited = audited(round);

        // the same event again, and the same round under a new event id (e.g. plans-service's outbox sent it twice)
        publish(opened, ceId);
        String again = publish(opened);
        Fixtures.awaitProcessed(again);
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then()
                .body("items.size()", is(1))
                .body("items[0].capacity.amount", exactly("10000000.00"))
                .body("items[0].version", is(0));
        assertEquals(audited, audited(round), "nothing changed, nothing audited");
    }

    @Test
    void theSeededRoundAnnouncedByPlansServiceChangesNothing() {
        String pool = as(Tokens.kommune()).get("/v1/pools?roundId=2011-14").then().statusCode(200)
                .extract().path("items[0].id");
        int version = as(Tokens.kommune()).get("/v1/pools/" + pool).then().extract().path("version");
        RoundDefinition seeded = new RoundDefinition("Boligsociale helhedsplaner 2011-14", "Runden.", 4, "DKK",
                LocalDate.of(2011, 1, 1), 2011, 2014,
                List.of(new RoundDefinition.Theme("SUNDHED", 1, "Sundhed", "Health", "Sundhed.")),
                new RoundDefinition.Pool("Medfinansieringspulje 2012–2014", List.of(
                        new RoundDefinition.PoolYear(2012, Money.dkk("10000000.00")),
                        new RoundDefinition.PoolYear(2013, Money.dkk("10000000.00")),
                        new RoundDefinition.PoolYear(2014, Money.dkk("10000000.00")))),
                new RoundDefinition.CoFinancing(new BigDecimal("1.0"), null),
                new RoundDefinition.Reporting(3, 1, 1));
        Fixtures.awaitProcessed(publish(new RoundOpenedV1("2011-14", 0, Instant.parse("2011-04-04T00:00:00Z"),
                "system", seeded)));

        as(Tokens.kommune()).get("/v1/pools/" + pool).then().statusCode(200)
                .body("version", is(version))
                .body("capacity.amount", exactly("30000000.00"))
                .body("years.size()", is(3))
                .body("rules.housingOrganisationMatchRatio", exactly("1.0000"));
        assertEquals(0, Sql.count("select count(*) from audit_record where resource_id = ? and action = 'pool.reframed'",
                pool));
    }

    @Test
    void aRevisionThatWouldLowerAYearBelowWhatIsHeldKeepsThatYearAndAppliesTheRest() {
        String round = newRoundId();
        Fixtures.awaitProcessed(publish(new RoundOpenedV1(round, 0, Instant.parse("2011-11-01T09:00:00Z"),
                "test-kommune", definition("Pulje " + round, "3000000.00", "3000000.00", "1.0", null))));
        UUID plan = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(plan, round, UUID.randomUUID(),
                Fixtures.budget("2000000.00"))));
        assertEquals("RESERVED", Fixtures.state(plan));

        String revision = publish(new RoundRevisedV1(round, 1, Instant.parse("2011-12-01T09:00:00Z"), "test-kommune",
                definition("Pulje " + round + " (revideret)", "1000000.00", "4000000.00", "0.5", null)));
        Fixtures.awaitProcessed(revision);

        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().statusCode(200)
                .body("items[0].name", is("Pulje " + round + " (revideret)"))
                .body("items[0].years[0].capacity.amount", exactly("3000000.00"))
                .body("items[0].years[0].reserved.amount", exactly("2000000.00"))
                .body("items[0].years[1].capacity.amount", exactly("4000000.00"))
                .body("items[0].capacity.amount", exactly("7000000.00"))
                .body("items[0].rules.housingOrganisationMatchRatio", exactly("0.5000"));
        assertEquals(1, Sql.count("select count(*) from audit_record where cause_event_id = ? and action = ?",
                revision, "pool.capacity-refused"), "the refusal is kept");
        // a later revision the holdings allow goes through
        String lower = publish(new RoundRevisedV1(round, 2, Instant.parse("2011-12-02T09:00:00Z"), "test-kommune",
                definition("Pulje " + round, "2000000.00", "4000000.00", "0.5", null)));
        Fixtures.awaitProcessed(lower);
        as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then()
                .body("items[0].years[0].capacity.amount", exactly("2000000.00"))
                .body("items[0].available.amount", exactly("2000000.00"));
    }

    private static String newRoundId() {
        return FIRST_YEAR.incrementAndGet() + "-13";
    }

    private static RoundDefinition definition(String poolName, String capacity2012, String capacity2013, String ratio,
            String localShare) {
        return new RoundDefinition("Runde", "En testrunde.", 4, "DKK", LocalDate.of(2011, 1, 1), 2010, 2013,
                List.of(new RoundDefinition.Theme("BOERN_UNGE_FAMILIER", 1, "Børn", "Children", "Børn og unge.")),
                new RoundDefinition.Pool(poolName, List.of(
                        new RoundDefinition.PoolYear(2012, Money.dkk(capacity2012)),
                        new RoundDefinition.PoolYear(2013, Money.dkk(capacity2013)))),
                new RoundDefinition.CoFinancing(new BigDecimal(ratio), localShare == null ? null : new BigDecimal(localShare)),
                new RoundDefinition.Reporting(3, 1, 1));
    }

    private static String publish(RoundEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    private static String publish(RoundEvent event, String ceId) {
        return Fixtures.PLANS.publish(event.roundId(), ceId, EventType.ofPayloadType(event.getClass()).type(),
                "/plans-service", Fixtures.json(event));
    }

    private static long audited(String round) {
        return Sql.count("select count(*) from audit_record a join pool p on a.resource_id = p.id::text"
                + " where p.round_id = ?", round);
    }
}
