package dk.kk.boligsocial.system;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The public HTTP APIs of the running system, the way a municipal system would call them. */
final class Api {

    static final String ROUND = "2011-14";
    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BoligsocialSystem system;
    private final String kommune = SystemIdentity.token("system-kommune", "kommune");
    private final String lbf = SystemIdentity.token("system-lbf", "lbf");
    private final String evaluator = SystemIdentity.token("system-evaluator", "evaluator");
    private final String reader = SystemIdentity.token("system-reader", "reader");
    private UUID organisationId;
    private UUID areaId;

    Api(BoligsocialSystem system) {
        this.system = system;
    }

    RequestSpecification plans(String token) {
        return spec(system.plansUri(), token);
    }

    RequestSpecification funding(String token) {
        return spec(system.fundingUri(), token);
    }

    RequestSpecification evaluation(String token) {
        return spec(system.evaluationUri(), token);
    }

    String kommune() {
        return kommune;
    }

    String lbf() {
        return lbf;
    }

    String evaluator() {
        return evaluator;
    }

    String reader() {
        return reader;
    }

    /** A DRAFT plan over 2012-2015 asking LBF for 1 mio. kr. and the pool for {@code municipal} in 2012, matched 1:1. */
    UUID createPlan(String title, BigDecimal municipal) {
        ensureOrganisation();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("roundId", ROUND);
        body.put("housingOrganisationId", organisationId);
        body.put("housingAreaIds", List.of(areaId));
        body.put("themes", List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"));
        body.put("targetGroups", List.of("Børn og unge 6-17 år"));
        body.put("periodStart", "2012-01-01");
        body.put("periodEnd", "2015-12-31");
        body.put("budget", List.of(
                line("LBF", new BigDecimal("1000000.00")),
                line("MUNICIPALITY", municipal),
                line("HOUSING_ORGANISATION", municipal)));
        body.put("activities", List.of(
                Map.of("theme", "BOERN_UNGE_FAMILIER", "title", "Fritidsjob", "description", "Unge hjælpes ud i fritidsjob."),
                Map.of("theme", "BESKAEFTIGELSE_OG_UDDANNELSE", "title", "Jobcafé", "description", "Opkvalificering.")));
        return UUID.fromString(plans(kommune).body(body).post("/v1/plans").then().statusCode(201).extract().path("id"));
    }

    /** Takes a lifecycle decision with the plan's current ETag; answers the HTTP response (expected 200). */
    Response decide(UUID planId, String decision, Map<String, Object> body, String token) {
        String etag = plans(kommune).get("/v1/plans/" + planId).then().statusCode(200).extract().header("ETag");
        RequestSpecification request = plans(token).header("If-Match", etag);
        if (body != null) {
            request.body(body);
        }
        Response response = request.post("/v1/plans/" + planId + "/" + decision);
        response.then().statusCode(200);
        return response;
    }

    void submit(UUID planId) {
        decide(planId, "submission", Map.of("recommendation", "Kommunen anbefaler planen."), kommune);
    }

    Response prequalify(UUID planId) {
        return decide(planId, "prequalification", Map.of("outcome", "PREQUALIFIED", "reference", "LBF 2011-0001",
                "reason", "Opfylder kriterierne."), lbf);
    }

    void approve(UUID planId) {
        decide(planId, "approval", Map.of("committee", "Teknik- og Miljøudvalget", "meetingDate", "2011-10-24",
                "reference", "2011-22288"), kommune);
    }

    Response grant(UUID planId) {
        return decide(planId, "grant", Map.of("reference", "LBF-tilsagn 2011-0001",
                "grantedAmount", Map.of("amount", new BigDecimal("1000000.00"), "currency", "DKK")), lbf);
    }

    /** The plan's funding once funding-service has it in this state (REFUSED fails fast unless asked for). */
    JsonPath awaitFunding(UUID planId, String state) {
        return await("funding of " + planId + " to be " + state, () -> {
            Response response = funding(reader).get("/v1/plans/" + planId + "/funding");
            if (response.statusCode() != 200) {
                return null;
            }
            String current = response.path("state");
            if ("REFUSED".equals(current) && !"REFUSED".equals(state)) {
                throw new AssertionError("funding refused plan " + planId + ": " + response.asString());
            }
            return state.equals(current) ? response.jsonPath() : null;
        });
    }

    JsonPath awaitFramework(UUID planId) {
        return await("framework of " + planId, () -> {
            Response response = evaluation(reader).get("/v1/plans/" + planId + "/framework");
            return response.statusCode() == 200 ? response.jsonPath() : null;
        });
    }

    JsonPath pool() {
        return funding(reader).get("/v1/pools").then().statusCode(200).extract().jsonPath()
                .setRootPath("items.find { it.roundId == '" + ROUND + "' }");
    }

    static <T> T await(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + EVENT_TIMEOUT.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + EVENT_TIMEOUT.toSeconds() + " s for " + what);
            }
            ServiceProcess.sleep(10);
        }
    }

    private static Map<String, Object> line(String source, BigDecimal amount) {
        return Map.of("source", source, "year", 2012, "amount", Map.of("amount", amount, "currency", "DKK"));
    }

    /** A hung service must fail the test, not hang the build. */
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000)
            .setParam("http.socket.timeout", 30_000));

    private static RequestSpecification spec(String baseUri, String token) {
        return given().config(TIMEOUTS).baseUri(baseUri).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    private synchronized void ensureOrganisation() {
        if (organisationId != null) {
            return;
        }
        organisationId = UUID.fromString(plans(kommune).body(Map.of("name", "Systemtest Boligselskab", "cvr", randomCvr()))
                .post("/v1/housing-organisations").then().statusCode(201).extract().path("id"));
        areaId = UUID.fromString(plans(kommune).body(Map.of("name", "Systemtestparken", "housingOrganisationId", organisationId,
                        "district", "Nørrebro", "dwellings", 500, "residents", 1200))
                .post("/v1/housing-areas").then().statusCode(201).extract().path("id"));
    }

    /** A CVR number that passes the modulus-11 check. */
    private static String randomCvr() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        while (true) {
            StringBuilder cvr = new StringBuilder().append(1 + RANDOM.nextInt(9));
            for (int i = 0; i < 6; i++) {
                cvr.append(RANDOM.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += weights[i] * (cvr.charAt(i) - '0');
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return cvr.append(check).toString();
            }
        }
    }
}
