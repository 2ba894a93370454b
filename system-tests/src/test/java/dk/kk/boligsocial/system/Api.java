package dk.kk.boligsocial.system;

import static io.restassured.RestAssured.given;

import dk.kk.boligsocial.client.evaluation.api.FrameworksApi;
import dk.kk.boligsocial.client.evaluation.model.FrameworkResponse;
import dk.kk.boligsocial.client.funding.api.PlanFundingApi;
import dk.kk.boligsocial.client.funding.api.PoolsApi;
import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import dk.kk.boligsocial.client.funding.model.PoolResponse;
import dk.kk.boligsocial.client.plans.ApiClient;
import dk.kk.boligsocial.client.plans.ApiException;
import dk.kk.boligsocial.client.plans.ApiResponse;
import dk.kk.boligsocial.client.plans.api.HousingAreasApi;
import dk.kk.boligsocial.client.plans.api.HousingOrganisationsApi;
import dk.kk.boligsocial.client.plans.api.PlansApi;
import dk.kk.boligsocial.client.plans.model.ActivityValue;
import dk.kk.boligsocial.client.plans.model.Approval;
import dk.kk.boligsocial.client.plans.model.BudgetLineValue;
import dk.kk.boligsocial.client.plans.model.BudgetSource;
import dk.kk.boligsocial.client.plans.model.HousingAreaRequest;
import dk.kk.boligsocial.client.plans.model.HousingOrganisationRequest;
import dk.kk.boligsocial.client.plans.model.MoneyValue;
import dk.kk.boligsocial.client.plans.model.PlanRequest;
import dk.kk.boligsocial.client.plans.model.PlanResponse;
import dk.kk.boligsocial.client.plans.model.Submission;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The public HTTP APIs of the running system, the way a municipal system would call them: plans are registered,
 * created and decided, a plan's funding, the pools and the evaluation framework read, through the Java clients
 * generated from the services' committed OpenAPI documents (module clients/java), so a contract that such a client
 * cannot use fails these tests (the full story reports and approves its measurement through them too); what the
 * tests inspect as raw answers (status codes, headers),
 * through REST Assured.
 */
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
        PlanRequest request = new PlanRequest()
                .title(title)
                .roundId(ROUND)
                .housingOrganisationId(organisationId)
                .housingAreaIds(List.of(areaId))
                .themes(List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"))
                .targetGroups(List.of("Børn og unge 6-17 år"))
                .periodStart(LocalDate.of(2012, 1, 1))
                .periodEnd(LocalDate.of(2015, 12, 31))
                .budget(List.of(
                        line(BudgetSource.LBF, new BigDecimal("1000000.00")),
                        line(BudgetSource.MUNICIPALITY, municipal),
                        line(BudgetSource.HOUSING_ORGANISATION, municipal)))
                .activities(List.of(
                        new ActivityValue().theme("BOERN_UNGE_FAMILIER").title("Fritidsjob").description("Unge hjælpes ud i fritidsjob."),
                        new ActivityValue().theme("BESKAEFTIGELSE_OG_UDDANNELSE").title("Jobcafé").description("Opkvalificering.")));
        return call(() -> plansClient(kommune).createPlan(request)).getId();
    }

    /** Takes a lifecycle decision with the plan's current ETag; answers the HTTP response (expected 200). */
    Response decide(UUID planId, String decision, Map<String, Object> body, String token) {
        return decide(planId, decision, body, token, Map.of());
    }

    /** A decision sent with further request headers, e.g. a caller's W3C {@code traceparent}. */
    Response decide(UUID planId, String decision, Map<String, Object> body, String token, Map<String, String> headers) {
        String etag = plans(kommune).get("/v1/plans/" + planId).then().statusCode(200).extract().header("ETag");
        RequestSpecification request = plans(token).header("If-Match", etag).headers(headers);
        if (body != null) {
            request.body(body);
        }
        Response response = request.post("/v1/plans/" + planId + "/" + decision);
        response.then().statusCode(200);
        return response;
    }

    void submit(UUID planId) {
        PlansApi plans = plansClient(kommune);
        call(() -> plans.submitPlan(planId, etag(planId), new Submission().recommendation("Kommunen anbefaler planen.")));
    }

    Response prequalify(UUID planId) {
        return prequalify(planId, Map.of());
    }

    Response prequalify(UUID planId, Map<String, String> headers) {
        return decide(planId, "prequalification", Map.of("outcome", "PREQUALIFIED", "reference", "LBF 2011-0001",
                "reason", "Opfylder kriterierne."), lbf, headers);
    }

    void approve(UUID planId) {
        PlansApi plans = plansClient(kommune);
        call(() -> plans.approvePlan(planId, etag(planId), new Approval().committee("Teknik- og Miljøudvalget")
                .meetingDate(LocalDate.of(2011, 10, 24)).reference("2011-22288")));
    }

    /** The plan's current ETag, read through the generated client. */
    private String etag(UUID planId) {
        ApiResponse<PlanResponse> plan = call(() -> plansClient(kommune).getPlanWithHttpInfo(planId));
        return plan.getHeaders().get("etag").get(0);
    }

    /** plans-service through the generated client, with the same time limits as REST Assured's calls. */
    private PlansApi plansClient(String token) {
        return new PlansApi(apiClient(token));
    }

    private ApiClient apiClient(String token) {
        ApiClient client = new ApiClient();
        // HTTP/1.1: a JDK client that upgrades to h2c was seen once to wait forever for a response body
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(system.plansUri().replaceAll("/$", ""));
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private interface Call<T> {
        T run() throws ApiException;
    }

    /** A problem answer fails the test with its status and body. */
    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new AssertionError("plans-service answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    Response grant(UUID planId) {
        return decide(planId, "grant", Map.of("reference", "LBF-tilsagn 2011-0001",
                "grantedAmount", Map.of("amount", new BigDecimal("1000000.00"), "currency", "DKK")), lbf);
    }

    /** The plan's funding once funding-service has it in this state (REFUSED fails fast unless asked for). */
    PlanFundingResponse awaitFunding(UUID planId, FundingState state) {
        return await("funding of " + planId + " to be " + state, () -> {
            PlanFundingResponse funding = planFunding(planId).orElse(null);
            if (funding == null) {
                return null;
            }
            if (funding.getState() == FundingState.REFUSED && state != FundingState.REFUSED) {
                throw new AssertionError("funding refused plan " + planId + ": " + funding);
            }
            return funding.getState() == state ? funding : null;
        });
    }

    /** The plan's funding, or empty while funding-service has not booked any event of it (404). */
    Optional<PlanFundingResponse> planFunding(UUID planId) {
        PlanFundingApi api = new PlanFundingApi(fundingClient(reader));
        return found("funding-service", () -> api.getPlanFunding(planId));
    }

    FrameworkResponse awaitFramework(UUID planId) {
        return await("framework of " + planId, () -> framework(planId).orElse(null));
    }

    /** The plan's evaluation framework, or empty while evaluation-service has none (404). */
    Optional<FrameworkResponse> framework(UUID planId) {
        FrameworksApi api = new FrameworksApi(evaluationClient(reader));
        return found("evaluation-service", () -> api.getFramework(planId));
    }

    /** The pool of the tests' round. */
    PoolResponse pool() {
        PoolsApi api = new PoolsApi(fundingClient(reader));
        return call("funding-service", () -> api.listPools(null, null, ROUND)).getItems().stream()
                .filter(pool -> ROUND.equals(pool.getRoundId()))
                .findFirst().orElseThrow(() -> new AssertionError("funding-service has no pool of round " + ROUND));
    }

    /** funding-service through its generated client, as the reader or another caller. */
    dk.kk.boligsocial.client.funding.ApiClient fundingClient(String token) {
        dk.kk.boligsocial.client.funding.ApiClient client = new dk.kk.boligsocial.client.funding.ApiClient();
        // HTTP/1.1: a JDK client that upgrades to h2c was seen once to wait forever for a response body
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(system.fundingUri().replaceAll("/$", ""));
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** evaluation-service through its generated client. */
    dk.kk.boligsocial.client.evaluation.ApiClient evaluationClient(String token) {
        dk.kk.boligsocial.client.evaluation.ApiClient client = new dk.kk.boligsocial.client.evaluation.ApiClient();
        // HTTP/1.1: a JDK client that upgrades to h2c was seen once to wait forever for a response body
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(system.evaluationUri().replaceAll("/$", ""));
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    interface ClientCall<T> {
        T run() throws Exception;
    }

    /** A call of any generated client; a problem answer fails the test with the service, status and body. */
    static <T> T call(String service, ClientCall<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new AssertionError(service + " answered " + status(e) + ": " + responseBody(e), e);
        }
    }

    /** Like {@link #call}, with a 404 as empty. */
    static <T> Optional<T> found(String service, ClientCall<T> call) {
        try {
            return Optional.of(call.run());
        } catch (Exception e) {
            if (status(e) == 404) {
                return Optional.empty();
            }
            throw new AssertionError(service + " answered " + status(e) + ": " + responseBody(e), e);
        }
    }

    /** The HTTP status of a generated client's ApiException (each client has its own class); 0 for anything else. */
    private static int status(Exception e) {
        if (e instanceof dk.kk.boligsocial.client.funding.ApiException funding) {
            return funding.getCode();
        }
        if (e instanceof dk.kk.boligsocial.client.evaluation.ApiException evaluation) {
            return evaluation.getCode();
        }
        if (e instanceof ApiException plans) {
            return plans.getCode();
        }
        return 0;
    }

    private static String responseBody(Exception e) {
        if (e instanceof dk.kk.boligsocial.client.funding.ApiException funding) {
            return funding.getResponseBody();
        }
        if (e instanceof dk.kk.boligsocial.client.evaluation.ApiException evaluation) {
            return evaluation.getResponseBody();
        }
        if (e instanceof ApiException plans) {
            return plans.getResponseBody();
        }
        return e.toString();
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

    private static BudgetLineValue line(BudgetSource source, BigDecimal amount) {
        return new BudgetLineValue().source(source).year(2012)
                .amount(new MoneyValue().amount(amount).currency(MoneyValue.CurrencyEnum.DKK));
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
        ApiClient client = apiClient(kommune);
        organisationId = call(() -> new HousingOrganisationsApi(client).createHousingOrganisation(
                new HousingOrganisationRequest().name("Systemtest Boligselskab").cvr(randomCvr()))).getId();
        areaId = call(() -> new HousingAreasApi(client).createHousingArea(new HousingAreaRequest()
                .name("Systemtestparken").housingOrganisationId(organisationId).district("Nørrebro")
                .dwellings(500).residents(1200))).getId();
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
