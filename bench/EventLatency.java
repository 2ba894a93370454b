import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event latency of a running Boligsocial system, for bench/side-by-side.sh (run with the JDK's source launcher:
 * {@code java bench/EventLatency.java}; no build, outside Maven). Measures, per plan, the time from the HTTP answer
 * of a decision on plans-service until its effect is readable in the other service:
 * <ul>
 *   <li>prequalification answered -> GET /v1/plans/{id}/funding on funding-service answers 200 with a state;</li>
 *   <li>grant answered -> GET /v1/plans/{id}/framework on evaluation-service answers 200.</li>
 * </ul>
 * Each is measured one plan at a time and with decisions paced at a fixed rate; with {@code warmup=N}, N plans go
 * through both decisions one at a time first, unmeasured, so that the three services' reaction paths are compiled
 * (the HTTP runs before it compile the endpoints, not the consumers). A plan is polled right after the
 * answer and then again {@code pollMs} (paced: {@code pacedPollMs}) after each poll's answer; the resolution is one
 * poll's round trip plus that pause. The polls are load too: each RESULT line says how many were sent per second. Tokens come from the environment (BENCH_KOMMUNE, BENCH_LBF, BENCH_READER); everything else from
 * {@code key=value} arguments. Prints one {@code RESULT} line per measurement:
 * {@code what|how|plans readable in time|p50 ms|p99 ms|max ms|plans not readable in time|decisions per s|states seen|polls per s|
 * decisions answered with an error}. A plan whose decision was answered with an error leaves the measurement (and the
 * later phases) and is counted in the last field; the percentiles are over the plans whose decision succeeded. Bounded: a fixed number of plans,
 * a time-out per request and per plan.
 */
public class EventLatency {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String plansUrl, fundingUrl, evaluationUrl, kommune, lbf, reader, org, area, runId, municipal;
    private final long pollNanos;
    private final long pacedPollNanos;
    private final Duration timeout;
    private final String plansFile;
    private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();

    EventLatency(Map<String, String> args) {
        plansUrl = args.getOrDefault("plans", "http://127.0.0.1:8081");
        fundingUrl = args.getOrDefault("funding", "http://127.0.0.1:8082");
        evaluationUrl = args.getOrDefault("evaluation", "http://127.0.0.1:8083");
        org = required(args, "org");
        area = required(args, "area");
        runId = args.getOrDefault("run", Long.toString(System.currentTimeMillis() % 1_000_000));
        municipal = args.getOrDefault("municipal", "1000.00");
        pollNanos = (long) (Double.parseDouble(args.getOrDefault("pollMs", "1")) * 1_000_000);
        pacedPollNanos = (long) (Double.parseDouble(args.getOrDefault("pacedPollMs", "2")) * 1_000_000);
        timeout = Duration.ofSeconds(Long.parseLong(args.getOrDefault("timeoutSeconds", "30")));
        plansFile = args.get("plansFile");
        kommune = env("BENCH_KOMMUNE");
        lbf = env("BENCH_LBF");
        reader = env("BENCH_READER");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new ConcurrentHashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("arguments are key=value, got " + arg);
            }
            args.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int sequential = Integer.parseInt(args.getOrDefault("sequential", "40"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "0"));
        double rate = Double.parseDouble(args.getOrDefault("rate", "50"));
        int paced = (int) Math.round(rate * Double.parseDouble(args.getOrDefault("pacedSeconds", "10")));
        if (sequential < 0 || paced < 0 || warmup < 0 || warmup + sequential + paced > 2000 || rate <= 0 || rate > 500) {
            throw new IllegalArgumentException("keep it bounded: at most 2000 plans, a rate of at most 500/s");
        }
        new EventLatency(args).run(warmup, sequential, paced, rate);
    }

    void run(int warmup, int sequential, int paced, double rate) throws Exception {
        long started = System.nanoTime();
        if (warmup > 0) {
            List<Plan> warm = prepare(warmup);
            measureOneAtATime(warm, this::prequalify, this::fundingReadable);
            approve(warm);
            measureOneAtATime(warm.stream().filter(p -> !p.failed).toList(), this::grant, this::frameworkReadable);
            log("warmed the reactions with %d plans in %.1f s (not measured)", warmup, (System.nanoTime() - started) / 1e9);
        }
        List<Plan> plans = prepare(sequential + paced);
        log("prepared %d submitted plans in %.1f s", plans.size(), (System.nanoTime() - started) / 1e9);
        List<Plan> one = plans.subList(0, sequential);
        List<Plan> many = plans.subList(sequential, plans.size());

        String pacedRate = String.format(Locale.ROOT, "%.0f/s", rate);
        report("prequalification->funding", "one at a time", measureOneAtATime(one, this::prequalify, this::fundingReadable));
        record("prequalification->funding", "one at a time", one);
        report("prequalification->funding", pacedRate, measurePaced(many, rate, this::prequalify, this::fundingReadable));
        record("prequalification->funding", pacedRate, many);

        approve(plans);

        // the grant phases take the plans that got this far, one at a time and at the same rate
        List<Plan> oneLeft = one.stream().filter(p -> !p.failed).toList();
        List<Plan> manyLeft = many.stream().filter(p -> !p.failed).toList();
        report("grant->framework", "one at a time", measureOneAtATime(oneLeft, this::grant, this::frameworkReadable));
        record("grant->framework", "one at a time", oneLeft);
        report("grant->framework", pacedRate, measurePaced(manyLeft, rate, this::grant, this::frameworkReadable));
        record("grant->framework", pacedRate, manyLeft);
        log("event latency done in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    /** The political approval of every plan that got this far, four at a time (not measured). */
    void approve(List<Plan> plans) throws Exception {
        long approving = System.nanoTime();
        parallel(plans.stream().filter(p -> !p.failed).toList(), 4, plan -> {
            try {
                decide(plan, "approval", kommune,
                        "{\"committee\": \"Teknik- og Miljøudvalget\", \"meetingDate\": \"2011-10-24\", \"reference\": \"2011-22288\"}");
            } catch (IllegalStateException e) {
                plan.failed = true;
                log("%s", e.getMessage());
            }
        });
        log("approved %d plans in %.1f s (not measured)", plans.stream().filter(p -> !p.failed).count(),
                (System.nanoTime() - approving) / 1e9);
    }

    /**
     * With {@code plansFile=PATH}: appends {@code what|how|planId} for each plan of a measurement whose decision was
     * answered, so that bench/EventTimes.java can time the same plans from the events themselves, without polling.
     */
    void record(String what, String how, List<Plan> plans) throws java.io.IOException {
        if (plansFile == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        plans.stream().filter(p -> !p.failed).forEach(p -> lines.append(what).append('|').append(how).append('|')
                .append(p.id).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of(plansFile), lines, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    // ------------------------------------------------------------------ the flow

    static final class Plan {
        final String id;
        volatile String etag;
        volatile String state;
        /** A decision on it was answered with an error: it leaves the measurement (counted as a decision error). */
        volatile boolean failed;

        Plan(String id, String etag) {
            this.id = id;
            this.etag = etag;
        }
    }

    interface Step {
        void apply(Plan plan) throws Exception;
    }

    interface Probe {
        /** True once the effect is readable; may record what it saw on the plan. */
        boolean readable(Plan plan) throws Exception;
    }

    /** DRAFT plans over 2012-2015 asking the pool for {@code municipal} in 2012, matched 1:1, then submitted. */
    List<Plan> prepare(int count) throws Exception {
        List<Plan> plans = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(i);
        }
        parallel(numbers, 4, i -> {
            String body = """
                    {"title": "Latensplan %s-%d", "roundId": "2011-14", "housingOrganisationId": "%s",
                     "housingAreaIds": ["%s"], "themes": ["BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"],
                     "targetGroups": ["Børn og unge 6-17 år"], "periodStart": "2012-01-01", "periodEnd": "2015-12-31",
                     "budget": [{"source": "LBF", "year": 2012, "amount": {"amount": 1000000.00, "currency": "DKK"}},
                                {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": %s, "currency": "DKK"}},
                                {"source": "HOUSING_ORGANISATION", "year": 2012, "amount": {"amount": %s, "currency": "DKK"}}],
                     "activities": [{"theme": "BOERN_UNGE_FAMILIER", "title": "Fritidsjob", "description": "Unge hjælpes ud i fritidsjob."},
                                    {"theme": "BESKAEFTIGELSE_OG_UDDANNELSE", "title": "Jobcafé", "description": "Opkvalificering."}]}
                    """.formatted(runId, i, org, area, municipal, municipal);
            HttpResponse<String> created = send(post(plansUrl + "/v1/plans", kommune, null, body));
            expect(created, 201, "create plan");
            Matcher id = ID.matcher(created.body());
            if (!id.find()) {
                throw new IllegalStateException("no id in " + created.body());
            }
            Plan plan = new Plan(id.group(1), created.headers().firstValue("ETag").orElseThrow());
            decide(plan, "submission", kommune, "{\"recommendation\": \"Kommunen anbefaler planen.\"}");
            plans.add(plan);
            next.incrementAndGet();
        });
        if (plans.size() != count) {
            throw new IllegalStateException("prepared " + plans.size() + " of " + count + " plans");
        }
        return new ArrayList<>(plans);
    }

    void prequalify(Plan plan) throws Exception {
        decide(plan, "prequalification", lbf,
                "{\"outcome\": \"PREQUALIFIED\", \"reference\": \"LBF 2011-0001\", \"reason\": \"Opfylder kriterierne.\"}");
    }

    void grant(Plan plan) throws Exception {
        decide(plan, "grant", lbf,
                "{\"reference\": \"LBF-tilsagn 2011-0001\", \"grantedAmount\": {\"amount\": 1000000.00, \"currency\": \"DKK\"}}");
    }

    void decide(Plan plan, String decision, String token, String body) throws Exception {
        HttpResponse<String> response = send(post(plansUrl + "/v1/plans/" + plan.id + "/" + decision, token, plan.etag, body));
        expect(response, 200, decision + " of " + plan.id);
        plan.etag = response.headers().firstValue("ETag").orElseThrow();
    }

    boolean fundingReadable(Plan plan) throws Exception {
        HttpResponse<String> response = send(get(fundingUrl + "/v1/plans/" + plan.id + "/funding", reader));
        if (response.statusCode() != 200) {
            return false;
        }
        Matcher state = STATE.matcher(response.body());
        plan.state = state.find() ? state.group(1) : "?";
        return true;
    }

    boolean frameworkReadable(Plan plan) throws Exception {
        HttpResponse<String> response = send(get(evaluationUrl + "/v1/plans/" + plan.id + "/framework", reader));
        if (response.statusCode() != 200) {
            return false;
        }
        plan.state = "FRAMEWORK";
        return true;
    }

    // ------------------------------------------------------------------ measuring

    record Outcome(List<Long> nanos, int failures, double rate, Map<String, Integer> states, double pollsPerSecond,
            int decisionErrors) {
    }

    Outcome measureOneAtATime(List<Plan> plans, Step step, Probe probe) throws Exception {
        List<Long> nanos = new ArrayList<>();
        int failures = 0;
        plans.forEach(p -> p.state = null);
        long first = System.nanoTime();
        long polled = polls.get();
        int errors = 0;
        for (Plan plan : plans) {
            try {
                step.apply(plan);
            } catch (IllegalStateException e) {
                plan.failed = true;
                errors++;
                log("%s", e.getMessage());
                continue;
            }
            long answered = System.nanoTime();
            long took = await(plan, probe, answered, pollNanos);
            if (took < 0) {
                failures++;
            } else {
                nanos.add(took);
            }
        }
        double seconds = (System.nanoTime() - first) / 1e9;
        return new Outcome(nanos, failures, plans.size() / seconds, states(plans), (polls.get() - polled) / seconds, errors);
    }

    /**
     * Decision i is sent at start + i / rate, whatever happened to the earlier ones (one thread per plan, so a slow
     * effect never delays the next decision: the offered rate is the real one); each plan is then polled on its own.
     */
    Outcome measurePaced(List<Plan> plans, double rate, Step step, Probe probe) throws Exception {
        if (plans.isEmpty()) {
            return new Outcome(List.of(), 0, 0, Map.of(), 0, 0);
        }
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        plans.forEach(p -> p.state = null);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] sent = new long[plans.size()];
        ExecutorService workers = Executors.newFixedThreadPool(plans.size());
        long start = System.nanoTime() + 200_000_000;
        long polled = polls.get();
        long interval = (long) (1e9 / rate);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            Plan plan = plans.get(i);
            running.add(workers.submit(() -> {
                long due = start + index * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(wait, 5_000_000));
                }
                sent[index] = System.nanoTime();
                try {
                    step.apply(plan);
                } catch (IllegalStateException e) {
                    plan.failed = true;
                    errors.incrementAndGet();
                    log("%s", e.getMessage());
                    return null;
                }
                long answered = System.nanoTime();
                long took = await(plan, probe, answered, pacedPollNanos);
                if (took < 0) {
                    failures.incrementAndGet();
                } else {
                    nanos.add(took);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get(timeout.toSeconds() * 4 + plans.size() / Math.max(1, (long) rate) + 60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
                log("a paced plan failed: %s", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        workers.shutdownNow();
        long firstSent = Long.MAX_VALUE, lastSent = Long.MIN_VALUE;
        for (long s : sent) {
            if (s != 0) {
                firstSent = Math.min(firstSent, s);
                lastSent = Math.max(lastSent, s);
            }
        }
        double achieved = lastSent > firstSent ? (plans.size() - 1) / ((lastSent - firstSent) / 1e9) : 0;
        return new Outcome(new ArrayList<>(nanos), failures.get(), achieved, states(plans), (polls.get() - polled) / seconds,
                errors.get());
    }

    /** Polls until readable; answers the nanoseconds since {@code answered}, or -1 after the time-out. */
    long await(Plan plan, Probe probe, long answered, long pause) throws Exception {
        long deadline = answered + timeout.toNanos();
        while (true) {
            polls.incrementAndGet();
            if (probe.readable(plan)) {
                return System.nanoTime() - answered;
            }
            if (System.nanoTime() > deadline) {
                log("plan %s: effect not readable within %d s", plan.id, timeout.toSeconds());
                return -1;
            }
            TimeUnit.NANOSECONDS.sleep(pause);
        }
    }

    static Map<String, Integer> states(List<Plan> plans) {
        Map<String, Integer> states = new java.util.TreeMap<>();
        plans.forEach(p -> states.merge(p.failed ? "DECISION_ERROR" : p.state == null ? "NOT_READABLE" : p.state, 1, Integer::sum));
        return states;
    }

    /**
     * A plan whose effect did not become readable within the time-out counts as slower than every other (censored):
     * when it falls on a percentile's rank, that percentile is printed as {@code >timeout}.
     */
    void report(String what, String how, Outcome outcome) {
        List<Long> sorted = new ArrayList<>(outcome.nanos());
        Collections.sort(sorted);
        for (int i = 0; i < outcome.failures(); i++) {
            sorted.add(Long.MAX_VALUE);
        }
        String states = outcome.states().toString().replace(" ", "");
        System.out.printf(Locale.ROOT, "RESULT %s|%s|%d|%s|%s|%s|%d|%.1f|%s|%.0f|%d%n", what, how, outcome.nanos().size(),
                millis(sorted, 50), millis(sorted, 99), millis(sorted, 100), outcome.failures(), outcome.rate(), states,
                outcome.pollsPerSecond(), outcome.decisionErrors());
    }

    private String millis(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        long nanos = percentile(sorted, p);
        return nanos == Long.MAX_VALUE ? ">" + timeout.toMillis() : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /** Nearest-rank percentile, as in system-tests' EventLatencyIT. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    // ------------------------------------------------------------------ HTTP

    HttpRequest post(String url, String token, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    interface Task<T> {
        void run(T item) throws Exception;
    }

    static <T> void parallel(List<T> items, int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    task.run(item);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String required(Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing argument " + key + "=...");
        }
        return value;
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing environment variable " + name);
        }
        return value;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "event-latency: " + format + "%n", args);
    }
}
