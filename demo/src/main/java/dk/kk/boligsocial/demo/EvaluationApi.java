package dk.kk.boligsocial.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.client.evaluation.ApiClient;
import dk.kk.boligsocial.client.evaluation.ApiException;
import dk.kk.boligsocial.client.evaluation.api.EvaluationsApi;
import dk.kk.boligsocial.client.evaluation.api.FrameworksApi;
import dk.kk.boligsocial.client.evaluation.api.MeasurementsApi;
import dk.kk.boligsocial.client.evaluation.api.ReportsApi;
import dk.kk.boligsocial.client.evaluation.model.AssessmentValue;
import dk.kk.boligsocial.client.evaluation.model.BaselineRequest;
import dk.kk.boligsocial.client.evaluation.model.EvaluationKind;
import dk.kk.boligsocial.client.evaluation.model.EvaluationRequest;
import dk.kk.boligsocial.client.evaluation.model.EvaluationResponse;
import dk.kk.boligsocial.client.evaluation.model.FrameworkResponse;
import dk.kk.boligsocial.client.evaluation.model.MeasurementRequest;
import dk.kk.boligsocial.client.evaluation.model.MeasurementResponse;
import dk.kk.boligsocial.client.evaluation.model.Outcome;
import dk.kk.boligsocial.client.evaluation.model.ReviewRequest;
import dk.kk.boligsocial.client.evaluation.model.TargetRequest;
import dk.kk.boligsocial.client.evaluation.model.ThemeReportResponse;
import dk.kk.boligsocial.demo.DemoData.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * evaluation-service as the demo uses it: a granted plan's framework (created from plan.granted.v1) gets baselines
 * and yearly targets, active plans get approved measurements, and one plan a midterm evaluation. Every step first
 * looks at what is there, so a second load changes nothing. Through the Java client generated from
 * evaluation-service's committed OpenAPI document (module clients/java).
 */
final class EvaluationApi {

    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    private static final List<Integer> MEASURED_YEARS = List.of(2012, 2013);

    private final HttpJson http;
    private final String base;
    private final DemoTokens tokens;

    EvaluationApi(HttpJson http, DemoTokens tokens) {
        this.http = http;
        this.base = http.base().toString().replaceAll("/$", "");
        this.tokens = tokens;
    }

    /**
     * Waits for the framework that plan.granted.v1 creates. Read through the generated client and handed on as JSON
     * (the same members as the service's answer), which is how the measurement step reads its indicators.
     */
    JsonNode awaitFramework(UUID planId) {
        FrameworksApi api = new FrameworksApi(client(tokens.reader()));
        return HttpJson.await("the evaluation framework of plan " + planId, EVENT_TIMEOUT, () -> {
            Optional<FrameworkResponse> framework = found("GET /v1/plans/" + planId + "/framework",
                    () -> api.getFramework(planId));
            return framework.<JsonNode>map(HttpJson.JSON::valueToTree).orElse(null);
        });
    }

    /** Sets the missing baselines and targets; answers how many values were set. */
    int planTargets(UUID planId, int variant) {
        FrameworksApi api = new FrameworksApi(client(tokens.evaluator()));
        int set = 0;
        for (JsonNode indicator : awaitFramework(planId).get("indicators")) {
            Scale scale = Scale.of(indicator, variant);
            UUID indicatorId = UUID.fromString(indicator.get("indicatorId").asText());
            String path = "/v1/plans/" + planId + "/indicators/" + indicatorId;
            String etag = "\"" + indicator.get("version").asLong() + "\"";
            if (indicator.path("baseline").isNull() || indicator.path("baseline").isMissingNode()) {
                String ifMatch = etag;
                long version = call("PUT " + path + "/baseline", () -> api.setBaseline(indicatorId, planId, ifMatch,
                        new BaselineRequest().value(scale.baseline()).date(LocalDate.of(2011, 12, 31))
                                .source("Baselinemåling 2011 (demo)"))).getVersion();
                etag = "\"" + version + "\"";
                set++;
            }
            List<Integer> targeted = new ArrayList<>();
            indicator.path("targets").forEach(t -> targeted.add(t.get("year").asInt()));
            for (int year : DemoData.PLAN_YEARS) {
                if (!targeted.contains(year)) {
                    String ifMatch = etag;
                    long version = call("PUT " + path + "/targets/" + year, () -> api.setTarget(indicatorId, planId,
                            String.valueOf(year), ifMatch, new TargetRequest().value(scale.target(year)))).getVersion();
                    etag = "\"" + version + "\"";
                    set++;
                }
            }
        }
        return set;
    }

    /** Reports and approves the 2012 and 2013 values the demo plan reached; answers how many were approved. */
    int reportMeasurements(UUID planId, int variant) {
        MeasurementsApi reading = new MeasurementsApi(client(tokens.reader()));
        MeasurementsApi reporting = new MeasurementsApi(client(tokens.evaluator()));
        MeasurementsApi reviewing = new MeasurementsApi(client(tokens.kommune()));
        int approved = 0;
        for (JsonNode indicator : awaitFramework(planId).get("indicators")) {
            Scale scale = Scale.of(indicator, variant);
            UUID indicatorId = UUID.fromString(indicator.get("indicatorId").asText());
            String path = "/v1/plans/" + planId + "/indicators/" + indicatorId + "/measurements";
            Map<Integer, MeasurementResponse> byYear = new LinkedHashMap<>();
            call("GET " + path, () -> reading.listMeasurements(indicatorId, planId, null, 200)).getItems()
                    .forEach(m -> byYear.putIfAbsent(m.getYear(), m));
            for (int year : MEASURED_YEARS) {
                MeasurementResponse measurement = byYear.get(year);
                if (measurement == null) {
                    measurement = call("POST " + path, () -> reporting.reportMeasurement(indicatorId, planId,
                            new MeasurementRequest().year(year).value(scale.actual(year))
                                    .note("Årsopgørelse " + year + " (demo)")));
                }
                if ("REPORTED".equals(measurement.getStatus())) {
                    MeasurementResponse reported = measurement;
                    call("POST " + path + "/" + reported.getId() + "/review", () -> reviewing.reviewMeasurement(
                            indicatorId, reported.getId(), planId, "\"" + reported.getVersion() + "\"",
                            new ReviewRequest().outcome(Outcome.APPROVED)));
                    approved++;
                }
            }
        }
        return approved;
    }

    /** Adds a midterm evaluation unless the plan has one; answers whether it did. */
    boolean midtermEvaluation(UUID planId, Plan plan) {
        String path = "/v1/plans/" + planId + "/evaluations";
        if (!evaluations(planId, EvaluationKind.MIDTERM).isEmpty()) {
            return false;
        }
        List<AssessmentValue> assessments = new ArrayList<>();
        int rating = 4;
        for (String theme : plan.themes()) {
            assessments.add(new AssessmentValue().theme(theme).rating(rating)
                    .findings(rating >= 4 ? "Indsatsen er godt i gang og målene for 2013 er nået (demo)."
                            : "Indsatsen når færre beboere end planlagt (demo)."));
            rating = rating == 4 ? 3 : 4;
        }
        EvaluationsApi api = new EvaluationsApi(client(tokens.evaluator()));
        call("POST " + path, () -> api.createEvaluation(planId,
                new EvaluationRequest().kind(EvaluationKind.MIDTERM).assessments(assessments)));
        return true;
    }

    /** Waits for the FINAL evaluation that plan.completed.v1 opens. */
    void awaitFinalEvaluationDue(UUID planId) {
        HttpJson.await("the final evaluation of plan " + planId, EVENT_TIMEOUT,
                () -> evaluations(planId, EvaluationKind.FINAL).stream().findFirst().orElse(null));
    }

    ThemeReportResponse themeReport() {
        return call("GET /v1/reports/themes?roundId=" + DemoData.ROUND,
                () -> new ReportsApi(client(tokens.reader())).getThemeReport(DemoData.ROUND));
    }

    /** The plan's evaluations of one kind (a plan has at most one of each). */
    private List<EvaluationResponse> evaluations(UUID planId, EvaluationKind kind) {
        EvaluationsApi api = new EvaluationsApi(client(tokens.reader()));
        return call("GET /v1/plans/" + planId + "/evaluations",
                () -> api.listEvaluations(planId, null, kind, 200)).getItems();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
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

    /** Like {@link #call}, with a 404 as empty. */
    private <T> Optional<T> found(String what, Call<T> call) {
        try {
            return Optional.of(call.run());
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw failure(what, e);
        }
    }

    private DemoException failure(String what, ApiException e) {
        if (e.getCode() == 0) {
            return new DemoException(http.name() + ": " + what + " failed: " + e.getMessage(), e);
        }
        return new DemoException(http.name() + ": " + what + " answered " + e.getCode() + ": " + e.getResponseBody());
    }

    /**
     * Demo values in an indicator's unit: a baseline, a target that improves by a step a year in the indicator's
     * direction, and actuals that reach most of the way (some plans do better than others).
     */
    record Scale(BigDecimal start, BigDecimal step, BigDecimal min, BigDecimal max, int scale, int variant) {

        static Scale of(JsonNode indicator, int variant) {
            boolean higher = "HIGHER_IS_BETTER".equals(indicator.get("direction").asText());
            BigDecimal sign = higher ? BigDecimal.ONE : BigDecimal.ONE.negate();
            BigDecimal offset = BigDecimal.valueOf(variant);
            return switch (indicator.get("unit").asText()) {
                case "PERCENT" -> new Scale(new BigDecimal(higher ? "38" : "32").add(offset), sign.multiply(new BigDecimal("3")),
                        BigDecimal.ZERO, new BigDecimal("100"), 2, variant);
                case "COUNT" -> new Scale(new BigDecimal(higher ? 20 : 60).add(offset.multiply(BigDecimal.TEN)),
                        sign.multiply(new BigDecimal("6")), BigDecimal.ZERO, null, 0, variant);
                case "DKK" -> new Scale(new BigDecimal(higher ? "150000" : "520000").add(offset.multiply(new BigDecimal("20000"))),
                        sign.multiply(new BigDecimal("40000")), BigDecimal.ZERO, null, 2, variant);
                default -> {
                    BigDecimal min = indicator.get("scoreMin").decimalValue();
                    BigDecimal max = indicator.get("scoreMax").decimalValue();
                    BigDecimal range = max.subtract(min);
                    BigDecimal start = min.add(range.multiply(new BigDecimal(higher ? "0.4" : "0.6")));
                    yield new Scale(start, sign.multiply(range).multiply(new BigDecimal("0.1")), min, max, 2, variant);
                }
            };
        }

        BigDecimal baseline() {
            return clamp(start);
        }

        BigDecimal target(int year) {
            return clamp(start.add(step.multiply(BigDecimal.valueOf(year - 2011))));
        }

        /** Every third plan falls behind; the others reach their target or a little more. */
        BigDecimal actual(int year) {
            BigDecimal reached = variant % 3 == 2 ? new BigDecimal("0.5") : new BigDecimal("1.1");
            return clamp(start.add(step.multiply(BigDecimal.valueOf(year - 2011)).multiply(reached)));
        }

        private BigDecimal clamp(BigDecimal value) {
            BigDecimal v = value.max(min);
            if (max != null) {
                v = v.min(max);
            }
            return v.setScale(scale, RoundingMode.HALF_UP);
        }
    }
}
