package dk.kk.boligsocial.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.client.evaluation.ApiClient;
import dk.kk.boligsocial.client.evaluation.ApiException;
import dk.kk.boligsocial.client.evaluation.api.EvaluationsApi;
import dk.kk.boligsocial.client.evaluation.api.FrameworksApi;
import dk.kk.boligsocial.client.evaluation.api.MeasurementsApi;
import dk.kk.boligsocial.client.evaluation.api.ReportsApi;
import dk.kk.boligsocial.client.evaluation.api.WorkApi;
import dk.kk.boligsocial.client.evaluation.model.AssessmentValue;
import dk.kk.boligsocial.client.evaluation.model.BaselineRequest;
import dk.kk.boligsocial.client.evaluation.model.BreakdownValue;
import dk.kk.boligsocial.client.evaluation.model.Dimension;
import dk.kk.boligsocial.client.evaluation.model.EvaluationKind;
import dk.kk.boligsocial.client.evaluation.model.EvaluationRequest;
import dk.kk.boligsocial.client.evaluation.model.EvaluationResponse;
import dk.kk.boligsocial.client.evaluation.model.FrameworkResponse;
import dk.kk.boligsocial.client.evaluation.model.IndicatorDirection;
import dk.kk.boligsocial.client.evaluation.model.IndicatorKind;
import dk.kk.boligsocial.client.evaluation.model.IndicatorRequest;
import dk.kk.boligsocial.client.evaluation.model.MeasurementRequest;
import dk.kk.boligsocial.client.evaluation.model.MeasurementResponse;
import dk.kk.boligsocial.client.evaluation.model.MeasurementUpdate;
import dk.kk.boligsocial.client.evaluation.model.Outcome;
import dk.kk.boligsocial.client.evaluation.model.PlanIndicatorRequest;
import dk.kk.boligsocial.client.evaluation.model.ReviewRequest;
import dk.kk.boligsocial.client.evaluation.model.SubmissionRequest;
import dk.kk.boligsocial.client.evaluation.model.TargetRequest;
import dk.kk.boligsocial.client.evaluation.model.ThemeReportResponse;
import dk.kk.boligsocial.demo.DemoData.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** The years an active plan has values for; a completed plan has them for all its years. */
    static final List<Integer> MEASURED_YEARS = List.of(2012, 2013);
    /** The year of the value that is returned and corrected, and of the periods left overdue. */
    private static final int CORRECTED_YEAR = 2014;
    private static final List<String> AGE_GROUPS = List.of("13-17", "18-24", "25+");

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

    /** The residents of each plan's housing areas: the demo's counts and amounts are scaled to them. */
    private final Map<UUID, Integer> residents = new HashMap<>();

    void residents(UUID planId, int count) {
        residents.put(planId, count);
    }

    private int residentsOf(UUID planId) {
        return residents.getOrDefault(planId, 1000);
    }

    /** Sets the missing baselines and targets; answers how many values were set. */
    int planTargets(UUID planId, int variant) {
        FrameworksApi api = new FrameworksApi(client(tokens.evaluator()));
        int set = 0;
        for (JsonNode indicator : awaitFramework(planId).get("indicators")) {
            if (qualitative(indicator)) {
                continue;
            }
            Scale scale = Scale.of(indicator, variant, residentsOf(planId));
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

    /**
     * Reports and approves the values of {@code years} the demo plan reached; with {@code broken down}, every count
     * and amount that has dimensions is reported per age group, gender and housing area too. Answers how many values
     * were approved.
     */
    int reportMeasurements(UUID planId, int variant, List<Integer> years, boolean brokenDown) {
        MeasurementsApi reading = new MeasurementsApi(client(tokens.reader()));
        MeasurementsApi reporting = new MeasurementsApi(client(tokens.evaluator()));
        MeasurementsApi reviewing = new MeasurementsApi(client(tokens.kommune()));
        int approved = 0;
        JsonNode framework = awaitFramework(planId);
        List<String> areas = new ArrayList<>();
        framework.path("housingAreaIds").forEach(area -> areas.add(area.asText()));
        for (JsonNode indicator : framework.get("indicators")) {
            if (qualitative(indicator)) {
                continue;
            }
            Scale scale = Scale.of(indicator, variant, residentsOf(planId));
            UUID indicatorId = UUID.fromString(indicator.get("indicatorId").asText());
            String path = "/v1/plans/" + planId + "/indicators/" + indicatorId + "/measurements";
            Map<Integer, MeasurementResponse> byYear = new LinkedHashMap<>();
            call("GET " + path, () -> reading.listMeasurements(indicatorId, planId, null, 200)).getItems()
                    .forEach(m -> byYear.putIfAbsent(m.getYear(), m));
            for (int year : years) {
                MeasurementResponse measurement = byYear.get(year);
                if (measurement == null) {
                    BigDecimal value = scale.actual(year);
                    List<BreakdownValue> parts = brokenDown ? breakdown(indicator, value, areas) : List.of();
                    measurement = call("POST " + path, () -> reporting.reportMeasurement(indicatorId, planId,
                            new MeasurementRequest().year(year).value(value).breakdown(parts.isEmpty() ? null : parts)
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

    /**
     * The plan's first count is reported for {@link #CORRECTED_YEAR}, returned by the municipality with a question,
     * corrected by the evaluator, reported again and approved: each step is taken from wherever the value stands, so
     * a second load changes nothing. Answers whether a step was taken.
     */
    boolean returnedAndCorrected(UUID planId, int variant) {
        JsonNode indicator = null;
        for (JsonNode candidate : awaitFramework(planId).get("indicators")) {
            if (indicator == null && "COUNT".equals(candidate.path("unit").asText())) {
                indicator = candidate;
            }
        }
        if (indicator == null) {
            return false;
        }
        UUID indicatorId = UUID.fromString(indicator.get("indicatorId").asText());
        String path = "/v1/plans/" + planId + "/indicators/" + indicatorId + "/measurements";
        MeasurementsApi reporting = new MeasurementsApi(client(tokens.evaluator()));
        MeasurementsApi reviewing = new MeasurementsApi(client(tokens.kommune()));
        Optional<MeasurementResponse> existing = call("GET " + path, () -> new MeasurementsApi(client(tokens.reader()))
                .listMeasurements(indicatorId, planId, null, 200)).getItems().stream()
                .filter(m -> m.getYear() == CORRECTED_YEAR).findFirst();
        BigDecimal first = Scale.of(indicator, variant, residentsOf(planId)).actual(CORRECTED_YEAR);
        MeasurementResponse m = existing.orElseGet(() -> call("POST " + path, () -> reporting.reportMeasurement(
                indicatorId, planId, new MeasurementRequest().year(CORRECTED_YEAR).value(first)
                        .note("Årsopgørelse " + CORRECTED_YEAR + " (demo)"))));
        boolean changed = existing.isEmpty();
        while (!"APPROVED".equals(m.getStatus())) {
            MeasurementResponse current = m;
            String at = path + "/" + current.getId();
            String etag = "\"" + current.getVersion() + "\"";
            m = switch (current.getStatus()) {
                // reported once, never reviewed: the municipality asks for all departments to be counted
                case "REPORTED" -> current.getReviewedBy() == null
                        ? call("POST " + at + "/review", () -> reviewing.reviewMeasurement(indicatorId, current.getId(),
                                planId, etag, new ReviewRequest().outcome(Outcome.RETURNED)
                                        .comment("Afdeling 3 mangler i optællingen (demo).")))
                        : call("POST " + at + "/review", () -> reviewing.reviewMeasurement(indicatorId, current.getId(),
                                planId, etag, new ReviewRequest().outcome(Outcome.APPROVED)));
                case "RETURNED" -> {
                    MeasurementResponse corrected = call("PUT " + at, () -> reporting.updateMeasurement(indicatorId,
                            current.getId(), planId, etag, new MeasurementUpdate().value(first.add(BigDecimal.valueOf(4)))
                                    .note("Rettet: alle afdelinger talt med (demo)")));
                    yield call("POST " + at + "/submission", () -> reporting.submitMeasurement(indicatorId,
                            corrected.getId(), planId, "\"" + corrected.getVersion() + "\""));
                }
                default -> call("POST " + at + "/submission", () -> reporting.submitMeasurement(indicatorId,
                        current.getId(), planId, etag));
            };
            changed = true;
        }
        return changed;
    }

    /**
     * Adds the plan's own qualitative indicator (how residents take part, told as a narrative) and its approved
     * narratives for {@link #MEASURED_YEARS}, each drafted and reported by the evaluator and approved by the
     * municipality. Answers how many narratives were approved.
     */
    int narratives(UUID planId, Plan plan) {
        String code = "RESIDENT_VOICE_" + planId.toString().substring(0, 8).toUpperCase();
        FrameworksApi frameworks = new FrameworksApi(client(tokens.kommune()));
        UUID indicatorId = null;
        for (JsonNode indicator : awaitFramework(planId).get("indicators")) {
            if (code.equals(indicator.get("code").asText())) {
                indicatorId = UUID.fromString(indicator.get("indicatorId").asText());
            }
        }
        if (indicatorId == null) {
            indicatorId = call("POST /v1/plans/" + planId + "/indicators", () -> frameworks.addPlanIndicator(planId,
                    new PlanIndicatorRequest().own(new IndicatorRequest().code(code).roundId(DemoData.ROUND)
                            .theme(plan.themes().get(0)).kind(IndicatorKind.QUALITATIVE)
                            .direction(IndicatorDirection.HIGHER_IS_BETTER)
                            .nameDa("Beboernes stemme (demo)").nameEn("Residents' voice (demo)")
                            .description("Hvordan beboerne tager del i og præger helhedsplanens aktiviteter, fortalt af"
                                    + " evaluator for hvert år.")))).getIndicatorId();
        }
        UUID id = indicatorId;
        String path = "/v1/plans/" + planId + "/indicators/" + id + "/measurements";
        MeasurementsApi reporting = new MeasurementsApi(client(tokens.evaluator()));
        MeasurementsApi reviewing = new MeasurementsApi(client(tokens.kommune()));
        Map<Integer, MeasurementResponse> byYear = new LinkedHashMap<>();
        call("GET " + path, () -> new MeasurementsApi(client(tokens.reader())).listMeasurements(id, planId, null, 200))
                .getItems().forEach(m -> byYear.putIfAbsent(m.getYear(), m));
        int approved = 0;
        for (int year : MEASURED_YEARS) {
            MeasurementResponse m = byYear.get(year);
            if (m == null) {
                m = call("POST " + path, () -> reporting.reportMeasurement(id, planId, new MeasurementRequest()
                        .year(year).draft(true).narrative(year == 2012
                                ? "Et beboerpanel er nedsat og har været med til at vælge årets aktiviteter (demo)."
                                : "Beboerpanelet mødes hver måned; nye beboere er kommet med i festudvalget (demo).")));
            }
            if ("DRAFT".equals(m.getStatus())) {
                MeasurementResponse draft = m;
                m = call("POST " + path + "/" + draft.getId() + "/submission", () -> reporting.submitMeasurement(id,
                        draft.getId(), planId, "\"" + draft.getVersion() + "\""));
            }
            if ("REPORTED".equals(m.getStatus())) {
                MeasurementResponse reported = m;
                call("POST " + path + "/" + reported.getId() + "/review", () -> reviewing.reviewMeasurement(id,
                        reported.getId(), planId, "\"" + reported.getVersion() + "\"",
                        new ReviewRequest().outcome(Outcome.APPROVED)));
                approved++;
            }
        }
        return approved;
    }

    /** The indicator-periods past their due date without a reported value, as the municipality's work queue has them. */
    int overdue() {
        return call("GET /v1/work", () -> new WorkApi(client(tokens.kommune())).getWork(200, null)).getOverdue()
                .getItems().size();
    }

    /** Submits the completed plan's FINAL evaluation once it is due; answers whether it did. */
    boolean submitFinalEvaluation(UUID planId, Plan plan) {
        awaitFinalEvaluationDue(planId);
        EvaluationResponse due = evaluations(planId, EvaluationKind.FINAL).get(0);
        if (!"DUE".equals(due.getStatus())) {
            return false;
        }
        List<AssessmentValue> assessments = new ArrayList<>();
        for (String theme : plan.themes()) {
            assessments.add(new AssessmentValue().theme(theme).rating(4)
                    .findings("Målene for planperioden er nået for de fleste indikatorer (demo)."));
        }
        String path = "/v1/plans/" + planId + "/evaluations/" + due.getId() + "/submission";
        call("POST " + path, () -> new EvaluationsApi(client(tokens.evaluator())).submitEvaluation(due.getId(), planId,
                "\"" + due.getVersion() + "\"", new SubmissionRequest().assessments(assessments)));
        return true;
    }

    private static boolean qualitative(JsonNode indicator) {
        return "QUALITATIVE".equals(indicator.path("kind").asText());
    }

    /**
     * A count's or amount's parts by each of its dimensions, adding up to it: age groups 30/30/40 %, genders half and
     * half, housing areas evenly; the last part takes what rounding leaves. Percentages and scores are not broken down.
     */
    private static List<BreakdownValue> breakdown(JsonNode indicator, BigDecimal value, List<String> areas) {
        String unit = indicator.path("unit").asText();
        if (!unit.equals("COUNT") && !unit.equals("DKK")) {
            return List.of();
        }
        int scale = unit.equals("COUNT") ? 0 : 2;
        List<BreakdownValue> parts = new ArrayList<>();
        for (JsonNode dimension : indicator.path("dimensions")) {
            Dimension d = Dimension.fromValue(dimension.asText());
            switch (d) {
                case AGE_GROUP -> parts.addAll(split(d, AGE_GROUPS, List.of("0.3", "0.3", "0.4"), value, scale));
                case GENDER -> parts.addAll(split(d, List.of("FEMALE", "MALE"), List.of("0.5", "0.5"), value, scale));
                case HOUSING_AREA -> {
                    if (!areas.isEmpty()) {
                        List<String> shares = areas.stream().map(a -> BigDecimal.ONE
                                .divide(BigDecimal.valueOf(areas.size()), 4, RoundingMode.DOWN).toPlainString()).toList();
                        parts.addAll(split(d, areas, shares, value, scale));
                    }
                }
                default -> {
                }
            }
        }
        return parts;
    }

    private static List<BreakdownValue> split(Dimension dimension, List<String> values, List<String> shares,
            BigDecimal total, int scale) {
        List<BreakdownValue> parts = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal amount = i == values.size() - 1 ? left
                    : total.multiply(new BigDecimal(shares.get(i))).setScale(scale, RoundingMode.DOWN);
            left = left.subtract(amount);
            parts.add(new BreakdownValue().dimension(dimension).value(values.get(i)).amount(amount));
        }
        return parts;
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
                () -> new ReportsApi(client(tokens.reader())).getThemeReport(DemoData.ROUND, null));
    }

    /** The plan's evaluations of one kind (a plan has at most one of each). */
    private List<EvaluationResponse> evaluations(UUID planId, EvaluationKind kind) {
        EvaluationsApi api = new EvaluationsApi(client(tokens.reader()));
        return call("GET /v1/plans/" + planId + "/evaluations",
                () -> api.listEvaluations(planId, null, kind, 200)).getItems();
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

        /**
         * What a year of each catalogue indicator looks like in a Copenhagen estate: a percentage's level and yearly
         * change in points; a count's per 1,000 residents; an amount's in kroner per resident. Counts and amounts are
         * scaled to the residents of the plan's areas, so a plan of 3,000 residents reports more young people in
         * leisure jobs than one of 700. Indicators not named here (a plan's own) take their unit's default.
         */
        private static final Map<String, String[]> PROFILES = Map.ofEntries(
                Map.entry("YOUTH_IN_CLUBS", new String[] {"38", "3"}),
                Map.entry("YOUTH_LEISURE_JOBS", new String[] {"6", "2"}),
                Map.entry("PARENTS_IN_ACTIVITIES", new String[] {"20", "5"}),
                Map.entry("RESIDENTS_FEELING_SAFE", new String[] {"62", "2"}),
                Map.entry("VANDALISM_COSTS", new String[] {"320", "30"}),
                Map.entry("ENVIRONMENT_AMBASSADORS", new String[] {"3", "2"}),
                Map.entry("VOLUNTEERS", new String[] {"15", "3"}),
                Map.entry("RESIDENTS_IN_UPSKILLING", new String[] {"8", "3"}),
                Map.entry("NEW_ENTREPRENEURS", new String[] {"1", "0.5"}),
                Map.entry("HEALTH_ACTIVITY_PARTICIPANTS", new String[] {"25", "6"}),
                Map.entry("NON_WESTERN_PARTICIPATION", new String[] {"30", "3"}),
                Map.entry("HARD_TO_REACH_BRIDGED", new String[] {"5", "2"}),
                Map.entry("REPORTED_CRIME", new String[] {"60", "4"}),
                Map.entry("UNREST_INCIDENTS", new String[] {"15", "2"}),
                Map.entry("MAINTENANCE_COSTS", new String[] {"1400", "60"}));

        static Scale of(JsonNode indicator, int variant, int residents) {
            boolean higher = "HIGHER_IS_BETTER".equals(indicator.get("direction").asText());
            BigDecimal sign = higher ? BigDecimal.ONE : BigDecimal.ONE.negate();
            BigDecimal offset = BigDecimal.valueOf(variant);
            String[] profile = PROFILES.get(indicator.path("code").asText());
            BigDecimal perThousand = BigDecimal.valueOf(residents).divide(new BigDecimal("1000"));
            BigDecimal perResident = BigDecimal.valueOf(residents);
            return switch (indicator.get("unit").asText()) {
                case "PERCENT" -> new Scale(level(profile, higher ? "38" : "32").add(offset),
                        sign.multiply(change(profile, "3")), BigDecimal.ZERO, new BigDecimal("100"), 2, variant);
                // a plan's counts differ a little beyond its size: 10 % more per variant
                case "COUNT" -> new Scale(level(profile, higher ? "10" : "40").multiply(perThousand).multiply(spread(variant)),
                        sign.multiply(change(profile, "3")).multiply(perThousand), BigDecimal.ZERO, null, 0, variant);
                case "DKK" -> new Scale(level(profile, higher ? "150" : "500").multiply(perResident).multiply(spread(variant)),
                        sign.multiply(change(profile, "40")).multiply(perResident), BigDecimal.ZERO, null, 2, variant);
                default -> {
                    BigDecimal min = indicator.get("scoreMin").decimalValue();
                    BigDecimal max = indicator.get("scoreMax").decimalValue();
                    BigDecimal range = max.subtract(min);
                    BigDecimal start = min.add(range.multiply(new BigDecimal(higher ? "0.4" : "0.6")));
                    yield new Scale(start, sign.multiply(range).multiply(new BigDecimal("0.1")), min, max, 2, variant);
                }
            };
        }

        private static BigDecimal level(String[] profile, String fallback) {
            return new BigDecimal(profile == null ? fallback : profile[0]);
        }

        private static BigDecimal change(String[] profile, String fallback) {
            return new BigDecimal(profile == null ? fallback : profile[1]);
        }

        private static BigDecimal spread(int variant) {
            return BigDecimal.ONE.add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(variant)));
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
