package dk.kk.boligsocial.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** funding-service as the demo uses it: wait until a plan event has been booked, and read the round report. */
final class FundingApi {

    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    private final HttpJson http;
    private final DemoTokens tokens;

    FundingApi(HttpJson http, DemoTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /**
     * Waits until the plan's funding is in one of the states (RESERVED, REFUSED, COMMITTED, RELEASED, CLOSED).
     * A refusal where the demo expects money is an error: the figures would not add up.
     */
    JsonNode awaitState(UUID planId, Set<String> states) {
        JsonNode funding = HttpJson.await("funding of plan " + planId + " to be " + String.join(" or ", states),
                EVENT_TIMEOUT, () -> {
                    HttpJson.Reply reply = http.get("/v1/plans/" + planId + "/funding", tokens.reader());
                    if (!reply.found()) {
                        return null;
                    }
                    String state = reply.body().get("state").asText();
                    return states.contains(state) || "REFUSED".equals(state) ? reply.body() : null;
                });
        if (!states.contains(funding.get("state").asText())) {
            throw new DemoException("funding-service refused plan " + planId + ": " + funding.path("refusalReasons")
                    + " (is the pool already used by other plans of round " + DemoData.ROUND + "?)");
        }
        return funding;
    }

    JsonNode roundReport() {
        return http.get("/v1/reports/rounds/" + DemoData.ROUND, tokens.reader()).body();
    }
}
