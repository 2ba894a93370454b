package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.funding.ApiClient;
import dk.kk.boligsocial.client.funding.ApiException;
import dk.kk.boligsocial.client.funding.api.PlanFundingApi;
import dk.kk.boligsocial.client.funding.api.ReportsApi;
import dk.kk.boligsocial.client.funding.model.AmendmentRequest;
import dk.kk.boligsocial.client.funding.model.ApprovalRequest;
import dk.kk.boligsocial.client.funding.model.BudgetSource;
import dk.kk.boligsocial.client.funding.model.CorrectionRequest;
import dk.kk.boligsocial.client.funding.model.DisbursementRequest;
import dk.kk.boligsocial.client.funding.model.DisbursementResponse;
import dk.kk.boligsocial.client.funding.model.DisbursementStatus;
import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.MoneyValue;
import dk.kk.boligsocial.client.funding.model.PaymentRequest;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import dk.kk.boligsocial.client.funding.model.RoundReport;
import dk.kk.boligsocial.client.funding.model.ScheduleLine;
import dk.kk.boligsocial.client.funding.model.Step;
import dk.kk.boligsocial.client.funding.model.YearAmount;
import dk.kk.boligsocial.demo.DemoData.Amendment;
import dk.kk.boligsocial.demo.DemoData.Payment;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Waits until funding-service has refused the plan's municipal co-financing (the demo's plan that comes after the
     * pool is full); answers the refusal's reasons.
     */
    String awaitRefusal(UUID planId) {
        PlanFundingApi api = new PlanFundingApi(client(tokens.reader()));
        PlanFundingResponse funding = HttpJson.await("funding of plan " + planId + " to be decided", EVENT_TIMEOUT, () -> {
            try {
                return api.getPlanFunding(planId);   // booked: reserved or refused
            } catch (ApiException e) {
                if (e.getCode() == 404) {
                    return null;
                }
                throw failure("GET /v1/plans/" + planId + "/funding", e);
            }
        });
        if (funding.getState() != FundingState.REFUSED) {
            throw new DemoException("funding-service " + funding.getState() + " plan " + planId
                    + ", but the demo's pool should be full when it is prequalified");
        }
        return funding.getRefusalReasons().stream().map(r -> r.getCode().getValue()).toList().toString();
    }

    /**
     * Moves one disbursement of the municipality's co-financing as far as the story says, once: a year whose schedule
     * already shows the amount that far (paid, or approved or paid, or on the schedule at all) is left alone. Creation
     * carries an Idempotency-Key, so an interrupted load that runs again within the key's lifetime finds the
     * disbursement it created and takes it on from its status. Answers whether anything was recorded.
     */
    boolean disburse(UUID planId, Payment payment) {
        PlanFundingApi kommune = new PlanFundingApi(client(tokens.kommune()));
        if (payment.correctedBecause() == null && reached(funding(planId), payment)) {
            return false;
        }
        if (payment.correctedBecause() != null && corrected(funding(planId), payment)) {
            return false;
        }
        String what = "POST /v1/plans/" + planId + "/disbursements (" + payment.reference() + ")";
        DisbursementResponse d = call(what, () -> kommune.recordDisbursement(planId, new DisbursementRequest()
                .source(BudgetSource.MUNICIPALITY).year(payment.year()).amount(money(payment.amount()))
                .reference(payment.reference()).status(Step.PLANNED),
                "demo-" + planId + "-" + payment.reference().replaceAll("[^A-Za-z0-9]", "-")));
        UUID id = d.getId();
        d = call("GET disbursement " + id, () -> kommune.getDisbursement(id, planId));
        if (d.getStatus() == DisbursementStatus.PLANNED && payment.until() != DemoData.Step.PLANNED) {
            d = call("POST .../disbursements/" + id + "/approval", () -> kommune.approveDisbursement(id, planId,
                    new ApprovalRequest().decidedOn(payment.on())));
        }
        if (d.getStatus() == DisbursementStatus.APPROVED && payment.until() == DemoData.Step.PAID) {
            d = call("POST .../disbursements/" + id + "/payment", () -> kommune.recordDisbursementPayment(id, planId,
                    "demo-pay-" + id, new PaymentRequest().valueDate(payment.on())));
        }
        if (d.getStatus() == DisbursementStatus.PAID && payment.correctedBecause() != null) {
            call("POST .../disbursements/" + id + "/correction", () -> kommune.recordDisbursementCorrection(id, planId,
                    new CorrectionRequest().reason(payment.correctedBecause()), "demo-correct-" + id));
        }
        return true;
    }

    /** Amends the plan's grant to the story's municipal amounts, unless its budget already has them. */
    boolean amend(UUID planId, Amendment amendment) {
        List<YearAmount> municipal = new ArrayList<>();
        for (int i = 0; i < DemoData.POOL_YEARS.size(); i++) {
            municipal.add(new YearAmount().year(DemoData.POOL_YEARS.get(i))
                    .amount(money(amendment.municipalByPoolYear().get(i))));
        }
        List<YearAmount> now = funding(planId).getBudget().stream()
                .filter(l -> l.getSource() == BudgetSource.MUNICIPALITY)
                .map(l -> new YearAmount().year(l.getYear()).amount(money(l.getAmount().getAmount()))).toList();
        if (same(now, municipal)) {
            return false;
        }
        call("POST /v1/plans/" + planId + "/amendments", () -> new PlanFundingApi(client(tokens.kommune()))
                .recordGrantAmendment(planId, new AmendmentRequest().reference(amendment.reference())
                        .decidedOn(amendment.decidedOn()).municipal(municipal), "demo-amend-" + planId));
        return true;
    }

    PlanFundingResponse funding(UUID planId) {
        return call("GET /v1/plans/" + planId + "/funding",
                () -> new PlanFundingApi(client(tokens.reader())).getPlanFunding(planId));
    }

    private static boolean same(List<YearAmount> a, List<YearAmount> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (YearAmount line : b) {
            if (a.stream().noneMatch(x -> x.getYear().equals(line.getYear())
                    && x.getAmount().getAmount().compareTo(line.getAmount().getAmount()) == 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the year's municipal schedule already holds the payment's amount as far as it goes. */
    private static boolean reached(PlanFundingResponse funding, Payment payment) {
        ScheduleLine line = line(funding, payment.year());
        if (line == null) {
            return false;
        }
        BigDecimal paid = line.getPaid().getAmount();
        BigDecimal approved = line.getApproved().getAmount().add(paid);
        BigDecimal any = line.getPlanned().getAmount().add(approved);
        BigDecimal held = switch (payment.until()) {
            case PAID -> paid;
            case APPROVED -> approved;
            case PLANNED -> any;
        };
        return held.compareTo(payment.amount()) >= 0;
    }

    /**
     * A payment the story corrects is done once the year holds anything on its schedule: corrected payments count
     * nowhere, and the story corrects before it pays the right amount.
     */
    private static boolean corrected(PlanFundingResponse funding, Payment payment) {
        ScheduleLine line = line(funding, payment.year());
        return line != null && line.getPlanned().getAmount().add(line.getApproved().getAmount())
                .add(line.getPaid().getAmount()).signum() > 0;
    }

    private static ScheduleLine line(PlanFundingResponse funding, int year) {
        return funding.getSchedule().stream()
                .filter(l -> l.getSource() == BudgetSource.MUNICIPALITY && l.getYear() == year)
                .findFirst().orElse(null);
    }

    private static MoneyValue money(BigDecimal amount) {
        return new MoneyValue().amount(amount).currency(MoneyValue.CurrencyEnum.DKK);
    }

    private interface Call<T> {
        T run() throws ApiException;
    }

    /** An unexpected answer stops the load with the service's problem detail. */
    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw failure(what, e);
        }
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
        // HTTP/1.1: a JDK client that upgrades to h2c was seen once to wait forever for a response body
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1));
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
