package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundEvent;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** plans-service's rounds give evaluation its themes and reporting rules (round.opened.v1, round.revised.v1). */
@QuarkusTest
class RoundThemesFromEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final AtomicInteger FIRST_YEAR = new AtomicInteger(2030 + ThreadLocalRandom.current().nextInt(0, 20));

    @Test
    void anOpenedRoundGivesItsThemesAndReportingRuleAndARedeliveryChangesNothing() {
        int first = FIRST_YEAR.getAndAdd(4);
        String round = first + "-" + String.format("%02d", (first + 3) % 100);
        RoundOpenedV1 opened = new RoundOpenedV1(round, 0, Instant.parse("2014-11-03T09:00:00Z"), "test-kommune",
                definition(first, List.of(theme("TRYGHED_OG_TRIVSEL", 1, "Tryghed og trivsel"),
                        theme("UDDANNELSE_OG_BESKAEFTIGELSE", 2, "Uddannelse og beskæftigelse")), 4, 15));
        String ceId = publish(opened, UUID.randomUUID().toString());
        awaitProcessed(ceId);

        as(Tokens.reader()).queryParam("roundId", round).get("/v1/reports/themes").then().statusCode(200)
                .body("themes.theme", contains("TRYGHED_OG_TRIVSEL", "UDDANNELSE_OG_BESKAEFTIGELSE"))
                .body("themes[0].nameDa", is("Tryghed og trivsel"))
                .body("themes[0].plans", is(0));
        // a new round's catalogue is empty: the municipality or the plans add indicators
        as(Tokens.reader()).queryParam("roundId", round).get("/v1/indicators").then().statusCode(200)
                .body("items.size()", is(0));
        long audited = audited(round);

        publish(opened, ceId);
        awaitProcessed(publish(opened, UUID.randomUUID().toString()));
        assertEquals(audited, audited(round), "the same round again changes nothing");
        assertEquals(2, Sql.count("select count(*) from round_theme where round_id = ?", round));

        // a grant in the round: its periods are due by the round's rule (15 April of the following year)
        UUID plan = UUID.randomUUID();
        List<BudgetLine> budget = List.of(new BudgetLine(BudgetSource.LBF, first, Money.dkk("1000000.00")));
        PlanGrantedV1 grant = new PlanGrantedV1(plan, "Helhedsplan " + round, round, UUID.randomUUID(),
                List.of(UUID.randomUUID()), List.of("TRYGHED_OG_TRIVSEL"), LocalDate.of(first, 1, 1),
                LocalDate.of(first + 1, 12, 31), budget, Money.dkk("1000000.00"), budget,
                new Decision("test-lbf", Instant.parse("2014-12-01T12:00:00Z"), "LBF", null));
        Api.PLANS.publish(plan.toString(), EventType.PLAN_GRANTED.type(), "/plans-service", json(grant));
        Api.awaitFramework(plan);
        as(Tokens.reader()).get("/v1/plans/" + plan + "/framework").then().statusCode(200)
                .body("periods.dueOn", contains((first + 1) + "-04-15", (first + 2) + "-04-15"));
    }

    @Test
    void aRevisionRenamesAddsAndDropsThemesButKeepsThoseIndicatorsReferTo() {
        int first = FIRST_YEAR.getAndAdd(4);
        String round = first + "-" + String.format("%02d", (first + 3) % 100);
        awaitProcessed(publish(new RoundOpenedV1(round, 0, Instant.parse("2014-11-03T09:00:00Z"), "test-kommune",
                definition(first, List.of(theme("A_THEME", 1, "A"), theme("B_THEME", 2, "B"), theme("C_THEME", 3, "C")),
                        3, 1)), UUID.randomUUID().toString()));
        as(Tokens.kommune()).body(Map.of("code", "C_INDICATOR_" + first, "roundId", round, "theme", "C_THEME",
                        "nameDa", "Noget", "nameEn", "Something", "unit", "COUNT", "direction", "HIGHER_IS_BETTER",
                        "description", "Et tal."))
                .post("/v1/indicators").then().statusCode(201);

        awaitProcessed(publish(new RoundRevisedV1(round, 1, Instant.parse("2014-12-03T09:00:00Z"), "test-kommune",
                definition(first, List.of(theme("D_THEME", 1, "D"), theme("A_THEME", 2, "A, omdøbt")), 3, 1)),
                UUID.randomUUID().toString()));

        // B goes; C stays for its indicator (after the round's own themes, in its old position)
        as(Tokens.reader()).queryParam("roundId", round).get("/v1/reports/themes").then().statusCode(200)
                .body("themes.theme", contains("D_THEME", "A_THEME", "C_THEME"))
                .body("themes[1].nameDa", is("A, omdøbt"));
    }

    @Test
    void theSeededRoundAnnouncedByPlansServiceChangesNothing() {
        RoundDefinition seeded = new RoundDefinition("Boligsociale helhedsplaner 2011-14", "Runden.", 4, "DKK",
                LocalDate.of(2011, 1, 1), 2011, 2014, List.of(
                        new RoundDefinition.Theme("BOERN_UNGE_FAMILIER", 1, "Børn, unge og familier",
                                "Children, young people and families", "…"),
                        new RoundDefinition.Theme("SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", 2, "Det sociale liv og evnen til at bo",
                                "Social life and the ability to live in a home", "…"),
                        new RoundDefinition.Theme("BESKAEFTIGELSE_OG_UDDANNELSE", 3, "Beskæftigelse og uddannelse",
                                "Employment and education", "…"),
                        new RoundDefinition.Theme("SUNDHED", 4, "Sundhed", "Health", "…"),
                        new RoundDefinition.Theme("INTEGRATION", 5, "Integration", "Integration", "…")),
                new RoundDefinition.Pool("Medfinansieringspulje 2012–2014", List.of(
                        new RoundDefinition.PoolYear(2012, Money.dkk("10000000.00")))),
                new RoundDefinition.CoFinancing(BigDecimal.ONE, null),
                new RoundDefinition.Reporting(3, 1, 1));
        awaitProcessed(publish(new RoundOpenedV1("2011-14", 0, Instant.parse("2011-04-04T00:00:00Z"), "system", seeded),
                UUID.randomUUID().toString()));
        assertEquals(0, audited("2011-14"), "the seeded themes and rule are what the event says");
        assertEquals(5, Sql.count("select count(*) from round_theme where round_id = '2011-14'"));
    }

    private static RoundDefinition definition(int first, List<RoundDefinition.Theme> themes, int dueMonth, int dueDay) {
        return new RoundDefinition("Runde " + first, "En testrunde.", 4, "DKK", LocalDate.of(first, 1, 1), first,
                first + 3, themes,
                new RoundDefinition.Pool("Pulje", List.of(new RoundDefinition.PoolYear(first, Money.dkk("1000000.00")))),
                new RoundDefinition.CoFinancing(BigDecimal.ONE, null),
                new RoundDefinition.Reporting(dueMonth, dueDay, 1));
    }

    private static RoundDefinition.Theme theme(String code, int position, String nameDa) {
        return new RoundDefinition.Theme(code, position, nameDa, nameDa + " (en)", "Om " + nameDa + ".");
    }

    private static String publish(RoundEvent event, String ceId) {
        return Api.PLANS.publish(event.roundId(), ceId, EventType.ofPayloadType(event.getClass()).type(),
                "/plans-service", json(event));
    }

    private static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitProcessed(String ceId) {
        Await.until(Duration.ofSeconds(30), () -> Sql.count(
                "select count(*) from processed_event where consumer = 'evaluation-service' and event_id = ?", ceId) == 1);
    }

    private static long audited(String round) {
        return Sql.count("select count(*) from audit_record where resource_type = 'round' and resource_id = ?", round);
    }
}
