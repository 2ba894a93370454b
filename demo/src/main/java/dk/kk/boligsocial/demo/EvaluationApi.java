package dk.kk.boligsocial.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.demo.DemoData.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * evaluation-service as the demo uses it: a granted plan's framework (created from plan.granted.v1) gets baselines
 * and yearly targets, active plans get approved measurements, and one plan a midterm evaluation. Every step first
 * looks at what is there, so a second load changes nothing.
 */
final class EvaluationApi {

    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    private static final List<Integer> MEASURED_YEARS = List.of(2012, 2013);

    private final HttpJson http;
    private final DemoTokens tokens;

    EvaluationApi(HttpJson http, DemoTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** Waits for the framework that plan.granted.v1 creates. */
    JsonNode awaitFramework(UUID planId) {
        return HttpJson.await("the evaluation framework of plan " + planId, EVENT_TIMEOUT, () -> {
            HttpJson.Reply reply = http.get(framework(planId), tokens.reader());
            return reply.found() ? reply.body() : null;
        });
    }

    /** Sets the missing baselines and targets; answers how many values were set. */
    int planTargets(UUID planId, int variant) {
        int set = 0;
        for (JsonNode indicator : awaitFramework(planId).get("indicators")) {
            Scale scale = Scale.of(indicator, variant);
            String path = "/v1/plans/" + planId + "/indicators/" + indicator.get("indicatorId").asText();
            String etag = "\"" + indicator.get("version").asLong() + "\"";
            if (indicator.path("baseline").isNull() || indicator.path("baseline").isMissingNode()) {
                Map<String, Object> baseline = new LinkedHashMap<>();
                baseline.put("value", scale.baseline());
                baseline.put("date", "2011-12-31");
                baseline.put("source", "Baselinemåling 2011 (demo)");
                etag = http.put(path + "/baseline", tokens.evaluator(), baseline, etag).etag();
                set++;
            }
            List<Integer> targeted = new ArrayList<>();
            indicator.path("targets").forEach(t -> targeted.add(t.get("year").asInt()));
            for (int year : DemoData.PLAN_YEARS) {
                if (!targeted.contains(year)) {
                    etag = http.put(path + "/targets/" + year, tokens.evaluator(), Map.of("value", scale.target(year)), etag).etag();
                    set++;
                }
            }
        }
        return set;
    }

    /** Reports and approves the 2012 and 2013 values the demo plan reached; answers how many were approved. */
    int reportMeasurements(UUID planId, int variant) {
        int approved = 0;
        for (JsonNode indicator : awaitFramework(planId).get("indicators")) {
            Scale scale = Scale.of(indicator, variant);
            String path = "/v1/plans/" + planId + "/indicators/" + indicator.get("indicatorId").asText() + "/measurements";
            Map<Integer, JsonNode> byYear = new LinkedHashMap<>();
            http.get(path + "?limit=200", tokens.reader()).body().path("items")
                    .forEach(m -> byYear.putIfAbsent(m.get("year").asInt(), m));
            for (int year : MEASURED_YEARS) {
                JsonNode measurement = byYear.get(year);
                if (measurement == null) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("year", year);
                    body.put("value", scale.actual(year));
                    body.put("note", "Årsopgørelse " + year + " (demo)");
                    HttpJson.Reply reported = http.post(path, tokens.evaluator(), body, null);
                    measurement = reported.body();
                }
                if ("REPORTED".equals(measurement.get("status").asText())) {
                    http.post(path + "/" + measurement.get("id").asText() + "/review", tokens.kommune(),
                            Map.of("outcome", "APPROVED"), "\"" + measurement.get("version").asLong() + "\"");
                    approved++;
                }
            }
        }
        return approved;
    }

    /** Adds a midterm evaluation unless the plan has one; answers whether it did. */
    boolean midtermEvaluation(UUID planId, Plan plan) {
        String path = "/v1/plans/" + planId + "/evaluations";
        for (JsonNode evaluation : http.get(path + "?limit=200", tokens.reader()).body().path("items")) {
            if ("MIDTERM".equals(evaluation.get("kind").asText())) {
                return false;
            }
        }
        List<Map<String, Object>> assessments = new ArrayList<>();
        int rating = 4;
        for (String theme : plan.themes()) {
            assessments.add(Map.of("theme", theme, "rating", rating,
                    "findings", rating >= 4 ? "Indsatsen er godt i gang og målene for 2013 er nået (demo)."
                            : "Indsatsen når færre beboere end planlagt (demo)."));
            rating = rating == 4 ? 3 : 4;
        }
        http.post(path, tokens.evaluator(), Map.of("kind", "MIDTERM", "assessments", assessments), null);
        return true;
    }

    /** Waits for the FINAL evaluation that plan.completed.v1 opens. */
    void awaitFinalEvaluationDue(UUID planId) {
        HttpJson.await("the final evaluation of plan " + planId, EVENT_TIMEOUT, () -> {
            for (JsonNode evaluation : http.get("/v1/plans/" + planId + "/evaluations?limit=200", tokens.reader()).body().path("items")) {
                if ("FINAL".equals(evaluation.get("kind").asText())) {
                    return evaluation;
                }
            }
            return null;
        });
    }

    JsonNode themeReport() {
        return http.get("/v1/reports/themes?roundId=" + DemoData.ROUND, tokens.reader()).body();
    }

    private static String framework(UUID planId) {
        return "/v1/plans/" + planId + "/framework";
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
