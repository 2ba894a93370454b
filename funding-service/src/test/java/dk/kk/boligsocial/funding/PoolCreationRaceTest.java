package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** Two caseworkers creating the same round's pool at once: one pool, the others a clear 409, never a 500. */
@QuarkusTest
class PoolCreationRaceTest {

    private static final int CALLERS = 6;

    @RepeatedTest(3)
    void concurrentCreationsOfOneRoundsPoolGiveOnePoolAndConflicts() throws Exception {
        String round = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("roundId", round, "name", "Pulje " + round,
                "capacity", Fixtures.money("1000000.00"), "years", List.of());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(callers.submit(() -> {
                start.await();
                return as(Tokens.kommune()).body(body).post("/v1/pools").statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            codes.add(answer.get(30, TimeUnit.SECONDS));
        }
        callers.shutdown();
        Collections.sort(codes);
        List<Integer> expected = new ArrayList<>(List.of(201));
        expected.addAll(Collections.nCopies(CALLERS - 1, 409));
        assertEquals(expected, codes);
        assertEquals(1, Sql.count("select count(*) from pool where round_id = ?", round));
    }
}
