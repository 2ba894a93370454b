package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;

import dk.kk.boligsocial.testkit.SentStatements;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a test (the name keeps it out of the build): how long a what-if simulation of 20 changes takes on a pool with
 * 1,000 plans (issue 15 asks for at most 50 ms). Run on its own, as bench/README.md says:
 * {@code ./mvnw -o -B verify -pl funding-service -Dtest=SimulationBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the median and the 90th percentile of 60 timed runs after 1,000 warm-up runs, client side over loopback
 * (HTTP, JSON and the rolled-back transaction included), with the JDK's HTTP client and the body serialised once, and
 * where the CPU went. The warm-ups leave about a hundred thousand dead ledger rows (every simulation's entries, rolled
 * back) that autovacuum would have removed over the minute they took; the bench vacuums once after them, as
 * autovacuum would ({@code -Dbench.noVacuum=true} leaves them). {@code -Dbench.warmups=} and {@code -Dbench.runs=}
 * change the counts.
 */
@QuarkusTest
class SimulationBench {

    private static final int PLANS = 1000;

    private static Map<String, Object> line(String source, int year, String amount) {
        return Map.of("source", source, "year", year, "amount", Fixtures.money(amount));
    }

    @Test
    void twentyChangesOnAPoolWithAThousandPlans() throws Exception {
        String round = Fixtures.newRound("1000000000.00", 2012, "500000000.00", 2013, "500000000.00");
        String pool = as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().extract().path("items[0].id");
        List<UUID> plans = new ArrayList<>();
        String last = null;
        long setUp = System.nanoTime();
        for (int i = 0; i < PLANS; i++) {
            UUID plan = UUID.randomUUID();
            plans.add(plan);
            var budget = Fixtures.budget("100000.00");
            last = Fixtures.publish(Fixtures.prequalified(plan, round, UUID.randomUUID(), budget));
        }
        Fixtures.awaitProcessed(last);
        System.out.printf("set-up: %d plans reserved in %d s (%d in the round)%n", PLANS,
                (System.nanoTime() - setUp) / 1_000_000_000,
                Sql.count("select count(*) from plan_funding where round_id = ? and state = 'RESERVED'", round));

        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            changes.add(Map.of("type", "GRANT", "planId", plans.get(i * 97)));
        }
        for (int i = 0; i < 5; i++) {
            changes.add(Map.of("type", "ADD_PLAN", "budget", List.of(line("LBF", 2013, "3000000.00"),
                    line("MUNICIPALITY", 2013, "1000000.00"), line("HOUSING_ORGANISATION", 2013, "1000000.00"))));
        }
        changes.add(move(plans.get(11)));
        changes.add(move(plans.get(12)));
        changes.add(Map.of("type", "WITHDRAW", "planId", plans.get(13)));
        changes.add(Map.of("type", "SET_RULES", "housingOrganisationMatchRatio", 0.5));
        changes.add(Map.of("type", "SET_YEAR_CAPACITY", "year", 2014, "capacity", Fixtures.money("1000000.00")));
        Map<String, Object> body = Map.of("changes", changes);

        // timed with the JDK's client and the body serialised once: what a committee member's browser waits for
        // (HTTP over loopback, JSON both ways, the real decision code, the rolled-back transaction), not RestAssured's
        // own Groovy-side cost of building the request and parsing the answer, which was 40-60 ms of the figure
        String json = new ObjectMapper().writeValueAsString(body);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/v1/pools/"
                        + pool + "/simulations")).header("Authorization", Tokens.bearer(Tokens.kommune()))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        int warmUps = Integer.getInteger("bench.warmups", WARM_UPS);
        long[] millis = new long[Integer.getInteger("bench.runs", RUNS)];
        for (int run = 0; run < warmUps; run++) {
            simulate(client, request);
        }
        long dead = Sql.count("select n_dead_tup from pg_stat_user_tables where relname = 'ledger_entry'");
        if (!Boolean.getBoolean("bench.noVacuum")) {
            Sql.update("vacuum analyze");
        }
        CpuUse before = CpuUse.now();
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            simulate(client, request);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        CpuUse used = CpuUse.now().minus(before);
        System.out.println("simulation times in order (ms): " + Arrays.toString(millis));
        Arrays.sort(millis);
        long statements = SentStatements.of(() -> as(Tokens.kommune()).body(body)
                .post("/v1/pools/" + pool + "/simulations").then().statusCode(200));
        System.out.printf("simulation of %d changes on a pool with %d plans: median %d ms, p90 %d ms, max %d ms"
                        + " (%d timed runs after %d warm-ups, %s); %d SQL statements sent%n", changes.size(), PLANS,
                millis[millis.length / 2], millis[millis.length * 9 / 10], millis[millis.length - 1], millis.length,
                warmUps, Boolean.getBoolean("bench.noVacuum") ? "not vacuumed after them"
                        : "vacuumed after them (" + dead + " dead ledger rows)", statements);
        System.out.printf("CPU per simulation: PostgreSQL %.1f ms, the service's JVM %.1f ms (request threads %.1f ms,"
                        + " JIT compilation %.1f ms, GC %.1f ms); %.1f MB allocated%n",
                used.postgresMillis() / millis.length, used.processMillis() / millis.length,
                used.requestThreadMillis() / millis.length, used.jitMillis() / millis.length,
                used.gcMillis() / millis.length, used.allocatedBytes() / 1e6 / millis.length);
    }

    // 1,000 warm-ups: on two cores the JIT was still compiling Hibernate's paths after 300 (22 ms of C2 time per
    // simulation, beside the request); after 1,000 it compiles 3-4 ms per simulation
    private static final int WARM_UPS = 1000;
    private static final int RUNS = 60;

    private static void simulate(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("simulation answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Where the CPU went: PostgreSQL's processes (all of them, from /proc, in clock ticks of 10 ms), this JVM (which
     * is the service under test), its request threads, its JIT compilers and its GC.
     */
    private record CpuUse(double postgresMillis, double processMillis, double requestThreadMillis, double jitMillis,
            double gcMillis, long allocatedBytes) {

        static CpuUse now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            double requestThreads = 0;
            long allocated = 0;
            for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (thread == null) {
                    continue;
                }
                allocated += Math.max(0, threads.getThreadAllocatedBytes(thread.getThreadId()));
                // the requests' virtual threads run on the JDK's carrier threads (ForkJoinPool-1-worker-n)
                if (thread.getThreadName().startsWith("executor-thread-")
                        || thread.getThreadName().startsWith("ForkJoinPool-")) {
                    requestThreads += Math.max(0, threads.getThreadCpuTime(thread.getThreadId())) / 1e6;
                }
            }
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return new CpuUse(postgresTicks() * 10.0, os.getProcessCpuTime() / 1e6, requestThreads,
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc, allocated);
        }

        CpuUse minus(CpuUse before) {
            return new CpuUse(postgresMillis - before.postgresMillis, processMillis - before.processMillis,
                    requestThreadMillis - before.requestThreadMillis, jitMillis - before.jitMillis,
                    gcMillis - before.gcMillis, allocatedBytes - before.allocatedBytes);
        }

        private static long postgresTicks() {
            long ticks = 0;
            File[] processes = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
            for (File process : processes == null ? new File[0] : processes) {
                try {
                    String stat = Files.readString(process.toPath().resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime + stime
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
            return ticks;
        }
    }

    private static Map<String, Object> move(UUID plan) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("type", "MOVE_MUNICIPAL");
        change.put("planId", plan);
        change.put("fromYear", 2012);
        change.put("toYear", 2013);
        change.put("amount", Fixtures.money("50000.00"));
        return change;
    }
}
