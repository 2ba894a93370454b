package dk.kk.boligsocial.messaging;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Polls a condition until it holds or a deadline passes. */
final class Await {

    private Await() {
    }

    static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + timeout.toSeconds() + " s: " + what);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    static <T> T until(Duration timeout, String what, Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T current = value.get();
            if (done.test(current)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                fail("Not within " + timeout.toSeconds() + " s: " + what + " (last: " + current + ")");
            }
            sleep(Duration.ofMillis(50));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
