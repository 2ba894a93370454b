package dk.kk.boligsocial.evaluation;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives evaluation-service the way plans-service (over Kafka) and municipal systems (over HTTP) would. */
public final class Api {

    public static final KafkaTopic PLANS = KafkaTopic.named("boligsocial.plans");
    public static final KafkaTopic EVALUATIONS = KafkaTopic.named("boligsocial.evaluations");

    public static final UUID YOUTH_IN_CLUBS = UUID.fromString("a0000000-0000-4000-8000-000000000101");
    public static final UUID YOUTH_LEISURE_JOBS = UUID.fromString("a0000000-0000-4000-8000-000000000102");
    public static final UUID PARENTS_IN_ACTIVITIES = UUID.fromString("a0000000-0000-4000-8000-000000000103");
    public static final UUID VANDALISM_COSTS = UUID.fromString("a0000000-0000-4000-8000-000000000202");
    public static final UUID SELF_RATED_HEALTH = UUID.fromString("a0000000-0000-4000-8000-000000000401");

    public static final List<String> THEMES = List.of("BOERN_UNGE_FAMILIER", "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", Tokens.bearer(token));
    }

    public static PlanGrantedV1 granted(UUID planId, UUID organisationId, List<String> themes) {
        return granted(planId, organisationId, themes, LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31));
    }

    /** A grant for another plan period, e.g. one whose due dates no other test's plans share. */
    public static PlanGrantedV1 granted(UUID planId, UUID organisationId, List<String> themes, LocalDate start,
            LocalDate end) {
        List<BudgetLine> budget = List.of(new BudgetLine(BudgetSource.LBF, start.getYear(), Money.dkk("1000000.00")));
        return new PlanGrantedV1(planId, "Helhedsplan for Testparken " + start.getYear() + "-" + end.getYear(),
                "2011-14", organisationId, List.of(UUID.randomUUID()), themes, start, end, budget,
                Money.dkk("1000000.00"), budget, new Decision("test-lbf", Instant.parse("2011-12-01T12:00:00Z"),
                        "LBF-tilsagn 2011-0457", null));
    }

    /** A plan of a new housing organisation granted for the given period, once its framework exists. */
    public static TestPlan grantedPlan(List<String> themes, LocalDate start, LocalDate end) {
        TestPlan plan = new TestPlan(UUID.randomUUID(), UUID.randomUUID());
        publishGranted(granted(plan.id(), plan.organisationId(), themes, start, end));
        awaitFramework(plan.id());
        return plan;
    }

    /** Publishes plan.granted.v1 as plans-service would; returns its ce_id. */
    public static String publishGranted(PlanGrantedV1 grant) {
        return PLANS.publish(grant.planId().toString(), EventType.PLAN_GRANTED.type(), "/plans-service", json(grant));
    }

    public static String publishGranted(PlanGrantedV1 grant, String ceId) {
        return PLANS.publish(grant.planId().toString(), ceId, EventType.PLAN_GRANTED.type(), "/plans-service", json(grant));
    }

    /** Publishes plan.completed.v1 as plans-service would; returns its ce_id. */
    public static String publishCompleted(TestPlan plan) {
        PlanCompletedV1 completed = new PlanCompletedV1(plan.id(), "2011-14", plan.organisationId(),
                new Decision("test-kommune", Instant.now(), null, null));
        return PLANS.publish(plan.id().toString(), EventType.PLAN_COMPLETED.type(), "/plans-service", json(completed));
    }

    /** A plan granted with the two themes {@link #THEMES}, once its framework exists. */
    public static TestPlan grantedPlan() {
        return grantedPlan(THEMES);
    }

    public static TestPlan grantedPlan(List<String> themes) {
        return grantedPlan(UUID.randomUUID(), themes);
    }

    /** A plan of the given housing organisation, e.g. a second plan of the same organisation. */
    public static TestPlan grantedPlan(UUID organisationId, List<String> themes) {
        TestPlan plan = new TestPlan(UUID.randomUUID(), organisationId);
        publishGranted(granted(plan.id(), plan.organisationId(), themes));
        awaitFramework(plan.id());
        return plan;
    }

    public static void awaitFramework(UUID planId) {
        Await.until(Duration.ofSeconds(30), () -> as(Tokens.reader()).get("/v1/plans/" + planId + "/framework")
                .statusCode() == 200);
    }

    public static String indicatorPath(UUID planId, UUID indicatorId) {
        return "/v1/plans/" + planId + "/indicators/" + indicatorId;
    }

    public static String etag(String path) {
        return as(Tokens.kommune()).get(path).then().statusCode(200).extract().header("ETag");
    }

    public static void setBaseline(UUID planId, UUID indicatorId, String value) {
        String path = indicatorPath(planId, indicatorId);
        as(Tokens.kommune()).header("If-Match", etag(path))
                .body(Map.of("value", new BigDecimal(value), "date", "2011-12-31", "source", "Tryghedsmåling 2011"))
                .put(path + "/baseline").then().statusCode(200);
    }

    public static void setTarget(UUID planId, UUID indicatorId, int year, String value) {
        String path = indicatorPath(planId, indicatorId);
        as(Tokens.evaluator()).header("If-Match", etag(path)).body(Map.of("value", new BigDecimal(value)))
                .put(path + "/targets/" + year).then().statusCode(200);
    }

    public static Response report(UUID planId, UUID indicatorId, int year, String value, String token) {
        return as(token).body(Map.of("year", year, "value", new BigDecimal(value), "note", "Optælling"))
                .post(indicatorPath(planId, indicatorId) + "/measurements");
    }

    public static String reported(UUID planId, UUID indicatorId, int year, String value) {
        return report(planId, indicatorId, year, value, Tokens.evaluator()).then().statusCode(201).extract().path("id");
    }

    /** A DRAFT reported by the given token's subject; answers its id. */
    public static String drafted(UUID planId, UUID indicatorId, int year, String value, String token) {
        return as(token).body(Map.of("year", year, "value", new BigDecimal(value), "draft", true))
                .post(indicatorPath(planId, indicatorId) + "/measurements").then().statusCode(201).extract().path("id");
    }

    public static String measurementPath(UUID planId, UUID indicatorId, String measurementId) {
        return indicatorPath(planId, indicatorId) + "/measurements/" + measurementId;
    }

    public static Response review(UUID planId, UUID indicatorId, String measurementId, String outcome, String comment) {
        return review(planId, indicatorId, measurementId, outcome, comment, Tokens.kommune());
    }

    /** A review by the given (kommune) token, e.g. a second person of the municipality. */
    public static Response review(UUID planId, UUID indicatorId, String measurementId, String outcome, String comment,
            String token) {
        String path = measurementPath(planId, indicatorId, measurementId);
        Map<String, Object> body = comment == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "comment", comment);
        return as(token).header("If-Match", etag(path)).body(body).post(path + "/review");
    }

    /** A kommune token of someone other than {@link Tokens#kommune()}. */
    public static String kommune(String subject) {
        return Tokens.token(subject, java.util.Set.of(Tokens.KOMMUNE), null);
    }

    public static List<Map<String, Object>> assessments(List<String> themes, int rating) {
        return themes.stream().map(t -> Map.<String, Object>of("theme", t, "rating", rating,
                "findings", "Vurdering af " + t)).toList();
    }

    static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record TestPlan(UUID id, UUID organisationId) {
    }
}
