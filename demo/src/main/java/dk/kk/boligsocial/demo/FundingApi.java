package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.funding.ApiClient;
import dk.kk.boligsocial.client.funding.ApiException;
import dk.kk.boligsocial.client.funding.api.PlanFundingApi;
import dk.kk.boligsocial.client.funding.api.ReportsApi;
import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import dk.kk.boligsocial.client.funding.model.RoundReport;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * funding-service as the demo uses it: wait until a plan event has been booked, and read the round report. Through
 * the Java client generated from funding-service's committed OpenAPI document (module clients/java).
 */
final class FundingApi {

    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final String base;
    private final DemoTokens tokens;

    FundingApi(HttpJson http, DemoTokens tokens) {
        this.name = http.name();
        this.base = http.base().toString().replaceAll("/$", "");
        this.tokens = tokens;
    }

    /**
     * Waits until the plan's funding is in one of the states (RESERVED, REFUSED, COMMITTED, RELEASED, CLOSED).
     * A refusal where the demo expects money is an error: the figures would not add up.
     */
    PlanFundingResponse awaitState(UUID planId, Set<FundingState> states) {
        PlanFundingApi api = new PlanFundingApi(client(tokens.reader()));
        PlanFundingResponse funding = HttpJson.await("funding of plan " + planId + " to be " + states,
                EVENT_TIMEOUT, () -> {
                    PlanFundingResponse current;
                    try {
                        current = api.getPlanFunding(planId);
                    } catch (ApiException e) {
                        if (e.getCode() == 404) {
                            return null;   // the event is not booked yet
                        }
                        throw failure("GET /v1/plans/" + planId + "/funding", e);
                    }
                    return states.contains(current.getState()) || current.getState() == FundingState.REFUSED
                            ? current : null;
                });
        if (!states.contains(funding.getState())) {
            throw new DemoException("funding-service refused plan " + planId + ": " + funding.getRefusalReasons()
                    + " (is the pool already used by other plans of round " + DemoData.ROUND + "?)");
        }
        return funding;
    }

    RoundReport roundReport() {
        try {
            return new ReportsApi(client(tokens.reader())).getRoundReport(DemoData.ROUND, null);
        } catch (ApiException e) {
            throw failure("GET /v1/reports/rounds/" + DemoData.ROUND, e);
        }
    }

    /** A client with the municipality's token: the pool's simulation and proof (PoolProofDemo) are the kommune's. */
    ApiClient asKommune() {
        return client(tokens.kommune());
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** An unexpected answer stops the load with the service's problem detail. */
    private DemoException failure(String what, ApiException e) {
        if (e.getCode() == 0) {
            return new DemoException(name + ": " + what + " failed: " + e.getMessage(), e);
        }
        return new DemoException(name + ": " + what + " answered " + e.getCode() + ": " + e.getResponseBody());
    }
}
