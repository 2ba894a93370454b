package dk.kk.boligsocial.funding;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanActivatedV1;
import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Plan events as plans-service writes them, pools over HTTP, and waiting for the consumer. */
public final class Fixtures {

    public static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");
    public static final KafkaTopic FUNDING = KafkaTopic.named("boligsocial.funding");

    static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final RestAssuredConfig EXACT_NUMBERS = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    private Fixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().config(EXACT_NUMBERS).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", Tokens.bearer(token));
    }

    /**
     * Money and shares in responses compared exactly: RestAssured reads JSON decimals as float by default, and a
     * float cannot tell 999,999.99 from 1,000,000.00 (nor 10,000,000.00 from 10,000,000.40), so an øre-level error
     * would pass unnoticed.
     */
    public static Matcher<BigDecimal> exactly(String value) {
        return Matchers.comparesEqualTo(new BigDecimal(value));
    }

    /** A new round with a pool of this capacity; per-year capacities as (year, amount) pairs; rule: 1:1 match. */
    public static String newRound(String capacity, Object... yearCapacities) {
        String roundId = "t" + ROUNDS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> years = new ArrayList<>();
        for (int i = 0; i < yearCapacities.length; i += 2) {
            years.add(Map.of("year", yearCapacities[i], "capacity", money((String) yearCapacities[i + 1])));
        }
        as(Tokens.kommune()).body(Map.of("roundId", roundId, "name", "Testpulje " + roundId,
                        "capacity", money(capacity), "years", years,
                        "rules", Map.of("housingOrganisationMatchRatio", new BigDecimal("1.0"))))
                .post("/v1/pools").then().statusCode(201);
        return roundId;
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "DKK");
    }

    public static BudgetLine line(BudgetSource source, int year, String amount) {
        return new BudgetLine(source, year, Money.dkk(amount));
    }

    /** A budget over 2012-2013: LBF 3 mio. a year, municipality and housing organisation {@code each} a year. */
    public static List<BudgetLine> budget(String each) {
        return List.of(line(BudgetSource.LBF, 2012, "3000000.00"), line(BudgetSource.LBF, 2013, "3000000.00"),
                line(BudgetSource.MUNICIPALITY, 2012, each), line(BudgetSource.MUNICIPALITY, 2013, each),
                line(BudgetSource.HOUSING_ORGANISATION, 2012, each), line(BudgetSource.HOUSING_ORGANISATION, 2013, each));
    }

    static Decision decision(String actor) {
        return new Decision(actor, Instant.parse("2011-06-15T12:00:00Z"), "LBF 2011-0457", null);
    }

    public static PlanPrequalifiedV1 prequalified(UUID plan, String round, UUID org, List<BudgetLine> budget) {
        return new PlanPrequalifiedV1(plan, "Helhedsplan " + plan, round, org, List.of(UUID.randomUUID()),
                List.of("BOERN_UNGE_FAMILIER"), LocalDate.of(2012, 1, 1), LocalDate.of(2013, 12, 31), budget,
                decision("test-lbf"));
    }

    /** The grant as plans-service builds it: LBF's amount on the LBF lines, co-financing as requested. */
    public static PlanGrantedV1 granted(UUID plan, String round, UUID org, List<BudgetLine> budget) {
        BigDecimal lbf = budget.stream().filter(l -> l.source() == BudgetSource.LBF)
                .map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanGrantedV1(plan, "Helhedsplan " + plan, round, org, List.of(UUID.randomUUID()),
                List.of("BOERN_UNGE_FAMILIER"), LocalDate.of(2012, 1, 1), LocalDate.of(2013, 12, 31), budget,
                Money.dkk(lbf), budget, decision("test-lbf"));
    }

    /** A revision of a prequalified plan, as plans-service announces it, to version {@code version}. */
    public static PlanRevisedV1 revised(UUID plan, String round, UUID org, List<BudgetLine> budget, int version) {
        return new PlanRevisedV1(plan, "Helhedsplan " + plan + " v" + version, round, org, List.of(UUID.randomUUID()),
                List.of("BOERN_UNGE_FAMILIER"), LocalDate.of(2012, 1, 1), LocalDate.of(2013, 12, 31), budget, version,
                PlanStatus.PREQUALIFIED, new Decision("test-kommune", Instant.parse("2011-09-12T10:00:00Z"), null, null));
    }

    public static PlanWithdrawnV1 withdrawn(UUID plan, String round, UUID org) {
        return new PlanWithdrawnV1(plan, round, org, PlanStatus.PREQUALIFIED, decision("test-kommune"));
    }

    public static PlanRejectedV1 rejected(UUID plan, String round, UUID org) {
        return new PlanRejectedV1(plan, round, org, decision("test-lbf"));
    }

    public static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String type(PlanEvent event) {
        return EventType.ofPayloadType(event.getClass()).type();
    }

    /** Publishes the event on boligsocial.plans as plans-service would; returns its ce_id. */
    public static String publish(PlanEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    public static String publish(PlanEvent event, String ceId) {
        return PLANS.publish(event.planId().toString(), ceId, type(event), "/plans-service", json(event));
    }

    /**
     * Waits until the consumer has handled everything published so far under this key: a marker with the same key
     * lands on the same partition behind the earlier records, and funding ignores {@code plan.activated.v1}. Awaiting
     * the first copy of a duplicate is not enough, because the second copy leaves no new row to wait for.
     */
    public static void awaitDrained(UUID key) {
        awaitProcessed(publish(new PlanActivatedV1(key, "marker", UUID.randomUUID(), decision("test-marker"))));
    }

    public static void awaitProcessed(String ceId) {
        Await.until(Duration.ofSeconds(30), () -> Sql.count(
                "select count(*) from processed_event where consumer = 'funding-service' and event_id = ?", ceId) == 1);
    }

    public static String state(UUID plan) {
        return as(Tokens.kommune()).get("/v1/plans/" + plan + "/funding").then().statusCode(200).extract().path("state");
    }

    public static long ledger(UUID plan, String kind) {
        return Sql.count("select count(*) from ledger_entry where plan_id = ? and kind = ?", plan, kind);
    }

    /** A plan of a new organisation, prequalified and granted in {@code round}: 1,000,000 a year of each source's co-financing over 2012-2013. */
    public static CommittedPlan committedPlan(String round) {
        UUID plan = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        awaitProcessed(publish(prequalified(plan, round, org, budget("1000000.00"))));
        awaitProcessed(publish(granted(plan, round, org, budget("1000000.00"))));
        return new CommittedPlan(plan, org);
    }

    public record CommittedPlan(UUID id, UUID organisationId) {
    }
}
