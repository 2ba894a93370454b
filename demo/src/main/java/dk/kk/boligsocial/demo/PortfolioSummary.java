package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.evaluation.ApiClient;
import dk.kk.boligsocial.client.evaluation.ApiException;
import dk.kk.boligsocial.client.evaluation.api.PortfolioApi;
import dk.kk.boligsocial.client.evaluation.model.PlanOutcome;
import dk.kk.boligsocial.client.evaluation.model.PortfolioResponse;
import dk.kk.boligsocial.client.evaluation.model.ThemeMoney;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Kroner per outcome of the demo round, as evaluation-service sets funding's events beside its results: printed at
 * the end of the load, once evaluation-service has booked every payment the round report shows. Through the Java
 * client generated from evaluation-service's committed OpenAPI document.
 */
final class PortfolioSummary {

    private static final int SHOWN = 4;

    private final String name;
    private final String base;
    private final DemoTokens tokens;

    PortfolioSummary(HttpJson http, DemoTokens tokens) {
        this.name = http.name();
        this.base = http.base().toString().replaceAll("/$", "");
        this.tokens = tokens;
    }

    /** Waits until the portfolio's payments add up to {@code paid} (all sources, as funding reports them). */
    PortfolioResponse await(BigDecimal paid) {
        PortfolioApi api = new PortfolioApi(client(tokens.reader()));
        return HttpJson.await("evaluation-service to book " + paid.toPlainString() + " kr. of payments",
                FundingApi.EVENT_TIMEOUT, () -> {
                    PortfolioResponse portfolio;
                    try {
                        portfolio = api.getPortfolio(DemoData.ROUND);
                    } catch (ApiException e) {
                        throw new DemoException(name + ": GET /v1/portfolio/rounds/" + DemoData.ROUND + " answered "
                                + e.getCode() + ": " + e.getResponseBody());
                    }
                    BigDecimal booked = portfolio.getPlans().stream().map(p -> p.getPaid().getAmount())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    return booked.compareTo(paid) == 0 ? portfolio : null;
                });
    }

    void print(PortfolioResponse portfolio, PrintStream out) {
        long withMoney = portfolio.getPlans().stream().filter(PlanOutcome::getMoneyKnown).count();
        out.printf("kroner per outcome: %d granted plans with their money known%n", withMoney);
        for (ThemeMoney theme : portfolio.getThemes()) {
            out.printf("  %s: %d plan%s, committed %s, paid %s%n", theme.getTheme(), theme.getPlans(),
                    theme.getPlans() == 1 ? "" : "s",
                    kr(theme.getCommitted().getAmount()), kr(theme.getPaid().getAmount()));
        }
        portfolio.getIndicators().stream().filter(i -> i.getPaidPerUnit() != null).limit(SHOWN)
                .forEach(i -> out.printf("  %s (%s): %s per unit of improvement, over %d of %d plans%n",
                        i.getIndicatorCode(), i.getUnit().getValue(), kr(i.getPaidPerUnit().getAmount()),
                        i.getPlansWithData(), i.getPlans()));
        long without = portfolio.getIndicators().stream().filter(i -> i.getPaidPerUnit() == null).count();
        out.printf("  %d indicators without a round figure (a percentage or score, or a part missing: see each plan)%n",
                without);
    }

    /**
     * The plan's IATI 2.03 activity file as national reporting would fetch it; prints what it holds. Plain HTTP: the
     * answer is XML, which the generated client does not parse.
     */
    void printIati(UUID planId, String title, PrintStream out) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/plans/" + planId + "/iati"))
                .header("Authorization", "Bearer " + tokens.reader()).header("Accept", "application/xml")
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new DemoException(name + ": GET /v1/plans/" + planId + "/iati answered " + answer.statusCode()
                        + ": " + answer.body());
            }
            String xml = answer.body();
            out.printf("IATI 2.03 activity of '%s' (GET :8083/v1/plans/%s/iati): %d budgets, %d transactions,"
                    + " %d results with %d indicators%n", title, planId, count(xml, "<budget "), count(xml, "<transaction>"),
                    count(xml, "<result "), count(xml, "<indicator "));
        } catch (IOException e) {
            throw new DemoException(name + ": GET /v1/plans/" + planId + "/iati failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static String kr(BigDecimal amount) {
        return String.format("%,.2f kr.", amount);
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
}
